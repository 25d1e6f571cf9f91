# The Sentinel dashboard 1.8.9 on the services' JRE, run as a non-root user. There is no official image and the
# jar is not on Maven Central: the build downloads it from the project's GitHub release once, so that no pod
# downloads it at start. Built on the lab's admin node and pushed to the lab registry (document/lab-guide.md):
#   docker build -t perflab/sentinel-dashboard:1.8.9 -f docker/sentinel-dashboard.Dockerfile docker
# Login sentinel / sentinel is the dashboard's own default (the Deployment's arguments): change it in the lab.
FROM eclipse-temurin:21.0.5_11-jre-noble
ARG SENTINEL_DASHBOARD_URL=https://github.com/alibaba/Sentinel/releases/download/1.8.9/sentinel-dashboard-1.8.9.jar
ADD ${SENTINEL_DASHBOARD_URL} /app/sentinel-dashboard.jar
# a file ADDed from a URL is readable by root only
RUN chmod 644 /app/sentinel-dashboard.jar \
    && groupadd --system --gid 10001 sentinel \
    && useradd --uid 10001 --gid sentinel --no-create-home --shell /usr/sbin/nologin sentinel
USER 10001:10001
EXPOSE 8858
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/sentinel-dashboard.jar"]
