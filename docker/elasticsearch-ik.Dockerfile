# Elasticsearch with the IK analyser (ik_max_word / ik_smart, config/nacos/MALL_GROUP/mall-search.yaml) baked in,
# so that no pod downloads the plugin at start. The plugin's version must equal Elasticsearch's.
# Built on the lab's admin node, which reaches docker.elastic.co and the plugin's site (./mall images builds it
# too where both are reachable), and pushed to the lab registry (document/lab-guide.md, 5.x):
#   docker build -t perflab/elasticsearch-ik:8.19.2 -f docker/elasticsearch-ik.Dockerfile docker
FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.2
ARG IK_PLUGIN_URL=https://get.infini.cloud/elasticsearch/analysis-ik/8.19.2
RUN bin/elasticsearch-plugin install --batch "$IK_PLUGIN_URL"
