# shellcheck shell=bash
# Settings of ./mall: paths, the environment variables it reads (with their defaults) and the overall usage.
# Sourced first: the other parts only read these.

# Demo logins printed by `up` (the seed data makes them true). Keep them here, in one place.
DEMO_MEMBER="member: test / 123456"
DEMO_ADMIN="admin: admin / macro123 (super admin), clerk / macro123 (order clerk)"
DEMO_ADMIN_USER=admin DEMO_ADMIN_PASSWORD=macro123 # used by `up` to build the search index through the gateway

# MALL_RUN_DIR: another state directory (the exercise tests use one of their own, never the lab's)
RUN="${MALL_RUN_DIR:-$ROOT/.run}"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
JARS="$RUN/jars"
# Machine-wide home for what should survive a fresh clone (Elasticsearch and its data).
MALL_HOME="${MALL_HOME:-/var/lib/perflab-mall}"
PATH="$PATH:/usr/sbin:/sbin" # service binaries (mariadbd, rabbitmqctl, runuser) live there

# ---- settings: every value can be overridden from the environment; exported for Java and Maven ----
export MALL_DB_HOST="${MALL_DB_HOST:-127.0.0.1}" MALL_DB_PORT="${MALL_DB_PORT:-3306}"
export MALL_DB_NAME="${MALL_DB_NAME:-mall}" MALL_TEST_DB_NAME="${MALL_TEST_DB_NAME:-mall_test}"
export MALL_DB_USERNAME="${MALL_DB_USERNAME:-mall}" MALL_DB_PASSWORD="${MALL_DB_PASSWORD:-mall}"
MALL_DB_MAX_CONNECTIONS="${MALL_DB_MAX_CONNECTIONS:-1000}" # a local MariaDB's max_connections is raised to this
export MALL_REDIS_HOST="${MALL_REDIS_HOST:-127.0.0.1}" MALL_REDIS_PORT="${MALL_REDIS_PORT:-6379}"
export MALL_RABBITMQ_HOST="${MALL_RABBITMQ_HOST:-127.0.0.1}" MALL_RABBITMQ_PORT="${MALL_RABBITMQ_PORT:-5672}"
export MALL_RABBITMQ_USERNAME="${MALL_RABBITMQ_USERNAME:-mall}" MALL_RABBITMQ_PASSWORD="${MALL_RABBITMQ_PASSWORD:-mall}"
export MALL_RABBITMQ_VHOST="${MALL_RABBITMQ_VHOST:-/mall}"
export MALL_ES_PORT="${MALL_ES_PORT:-9200}"
export MALL_ES_URIS="${MALL_ES_URIS:-http://127.0.0.1:$MALL_ES_PORT}"
MONGO_EXTERNAL="${MALL_MONGODB_URI:+yes}" # a configured URI means a real mongod we do not manage
export MALL_MONGO_PORT="${MALL_MONGO_PORT:-27017}"
export MALL_MONGODB_URI="${MALL_MONGODB_URI:-mongodb://127.0.0.1:$MALL_MONGO_PORT/mall}"
export MALL_MONGODB_KIND="${MONGO_EXTERNAL:+external}"
MALL_MONGODB_KIND="${MALL_MONGODB_KIND:-embedded}" # tests state which MongoDB they ran against
MALL_PROFILE="${MALL_PROFILE:-local}"
MALL_JAVA_OPTS="${MALL_JAVA_OPTS:--Xms128m -Xmx256m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
MALL_MONGO_JAVA_OPTS="${MALL_MONGO_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}"
MALL_ES_HEAP="${MALL_ES_HEAP:-512m}"
MALL_ES_TIMEOUT="${MALL_ES_TIMEOUT:-120}"       # seconds for Elasticsearch to answer
MALL_START_TIMEOUT="${MALL_START_TIMEOUT:-240}" # seconds for all services to report UP
MALL_STOP_TIMEOUT="${MALL_STOP_TIMEOUT:-30}"    # seconds between TERM and KILL
MALL_PROMETHEUS="${MALL_PROMETHEUS:-}"          # 1: `up` also starts a local Prometheus (same as up --prometheus)
MALL_PROMETHEUS_PORT="${MALL_PROMETHEUS_PORT:-9090}"
MALL_TRACING="${MALL_TRACING:-1}"                # 0: `up` starts no Zipkin and the services report no spans (up --no-tracing)
MALL_TRACING_SAMPLING="${MALL_TRACING_SAMPLING:-0.1}" # share of requests traced when tracing is on (tracing_env hands it on)
MALL_ZIPKIN_PORT="${MALL_ZIPKIN_PORT:-9411}"
MALL_ZIPKIN_MAX_SPANS="${MALL_ZIPKIN_MAX_SPANS:-200000}" # in-memory storage keeps the newest spans
MALL_ZIPKIN_HEAP="${MALL_ZIPKIN_HEAP:-512m}"
PROM_CONFIG="$ROOT/monitoring/prometheus/prometheus-local.yml"
PROM_DATA="$RUN/prometheus" # TSDB of the local Prometheus

ES_VERSION=8.19.2
ASYNC_PROFILER_VERSION=4.2 # tools.profiler:async-profiler on Maven Central (./mall profile)
ZIPKIN_VERSION=3.5.1        # io.zipkin:zipkin-server:exec on Maven Central (up starts it unless --no-tracing)
ES_DIR="$MALL_HOME/elasticsearch-$ES_VERSION"
ES_STATE="$MALL_HOME/es" # data, logs and pid outside the versioned dir, so an upgrade keeps the index
ES_PIDFILE="$ES_STATE/elasticsearch.pid"
ES_LOG="$ES_STATE/logs/perflab-mall.log" # ES names its log after cluster.name
ES_SYSTEM_USER=mall-es                   # ES refuses to run as root
MONGO_JAR="$ROOT/mall-mongo-embedded/target/mall-mongo-embedded.jar"
SCHEMA_JAR="$ROOT/mall-schema/target/mall-schema-exec.jar"
read_service_list || exit 1 # SERVICES=(name:port ...), from mall-services.properties (service-list.sh)
GATEWAY_PORT=$(svc_port mall-gateway) || die "$MALL_SERVICES_FILE has no mall-gateway" "restore it from git"
PORTAL_PORT=$(svc_port mall-portal) || die "$MALL_SERVICES_FILE has no mall-portal" "restore it from git"
SEARCH_PORT=$(svc_port mall-search) || die "$MALL_SERVICES_FILE has no mall-search" "restore it from git"

usage() {
  cat <<EOF
Usage: ./mall <command> [args]

  up [--no-build] [--prometheus] [--no-tracing]
                       install/start middleware, build, migrate + seed, start all services, print URLs;
                       --prometheus (or MALL_PROMETHEUS=1) also starts a local Prometheus scraping them;
                       a Zipkin server receives the services' spans unless --no-tracing (or MALL_TRACING=0)
  down                 stop the services, the local Prometheus, the embedded MongoDB and our Elasticsearch
                       (MariaDB, Redis and RabbitMQ are system services and keep running)
  status               state of every middleware and service
  logs <name> [-f]     show (or follow) a log: member cart portal search admin gateway es mongo prometheus
  restart <name>|all   restart one service (or es, mongo, prometheus), or all six services
  infra                only prepare the middleware (what 'test' does before Maven)
  data --members N --products N --orders N [...]  bulk test data into \$MALL_DB_NAME + jmeter/data CSVs (data --help)
  test [maven args]    infra, shellcheck of every shell file, then ./mvnw -B verify [maven args]; exits with Maven's code
  lint                 only the shellcheck of every shell file (what 'test' runs before Maven)
  bench <plan>|baseline [--threads N --duration S --ramp-up S --throughput PER_MIN --host H --port P --data DIR] run a JMeter plan of jmeter/ (jmeter/README.md), or write document/baseline.md
  profile <service> [--seconds N --event cpu|alloc|lock|wall] a flame graph of a running service (async-profiler, else JFR)
  images [--services --third-party --engine] build the cluster's container images here (Docker, else podman)
  exercise --list | status | <name> on|off   bottleneck exercises of the course (exercises/, document/exercises/)
  --help               this text; './mall <command> --help' (or './mall help <command>') explains one command

Settings come from the environment (defaults in brackets):
  MALL_DB_HOST/PORT/NAME/USERNAME/PASSWORD  [127.0.0.1 3306 mall mall mall], test DB [mall_test]
  MALL_DB_MAX_CONNECTIONS [1000; a local MariaDB's max_connections is raised to it]
  MALL_REDIS_HOST/PORT [127.0.0.1 6379]      MALL_RABBITMQ_HOST/PORT/USERNAME/PASSWORD/VHOST [.. 5672 mall mall /mall]
  MALL_ES_PORT [9200] MALL_ES_URIS [http://127.0.0.1:9200] MALL_ES_HEAP [512m]
  MALL_MONGODB_URI (a real mongod; unset = embedded server on MALL_MONGO_PORT [27017])
  MALL_HOME [/var/lib/perflab-mall] (Elasticsearch install)  MALL_JAVA_OPTS  MALL_PROFILE [local]
  MALL_JWT_SECRET, MALL_IDENTITY_SECRET [generated once into .run/secrets.env]
  MALL_BIND_ADDRESS [127.0.0.1; services]  MALL_GATEWAY_BIND_ADDRESS [0.0.0.0]
  MALL_PROMETHEUS [unset; 1 = up starts Prometheus]  MALL_PROMETHEUS_PORT [9090]
  MALL_TRACING [1; 0 = no Zipkin, no spans]  MALL_TRACING_SAMPLING [0.1]  MALL_ZIPKIN_PORT [9411]
  MALL_ZIPKIN_MAX_SPANS [200000]  MALL_ZIPKIN_HEAP [512m]
Runtime files: .run/logs/<name>.log, .run/pids/<name>.pid; Elasticsearch log: \$MALL_HOME/es/logs.
Services and ports: mall-common/src/main/resources/mall-services.properties.
EOF
}
