# Nacos 3.1 as a non-root user. The official image runs as root and its start script writes conf/cluster.conf
# (from NACOS_SERVERS), logs/ and data/ under /home/nacos, all root's: this gives that tree to UID 10001 (group 0,
# as OpenShift-style images do) so the pod runs without root or capabilities. Built on the lab's admin node and
# pushed to the lab registry (document/lab-guide.md 6.1):
#   docker build -t perflab/nacos-server:v3.1.0 -f docker/nacos.Dockerfile docker
FROM nacos/nacos-server:v3.1.0
USER root
RUN chown -R 10001:0 /home/nacos && chmod -R g=u /home/nacos
USER 10001:0
