#!/usr/bin/env bash
# A second copy of the shopper-facing services on other ports (default: the standard port + 10000), on
# its own database, search index alias and MongoDB database, so plans can be tried or a baseline taken
# while the standard lab (mall-services.properties' ports) is in use. The middleware (MariaDB, Redis, RabbitMQ,
# Elasticsearch, MongoDB) is shared.
#
#   jmeter/side-lab.sh start|stop|status|--help
#
# Settings: SIDE_OFFSET [10000], SIDE_DB [mall_bench] (migrated and seeded on start; the MariaDB user
# must be allowed to create it), SIDE_JAVA_OPTS, SIDE_MONGO [127.0.0.1:27017] (host:port of the MongoDB;
# Elasticsearch follows MALL_ES_URIS as the services do). Build the jars first:
#   ./mvnw -B -q package -DskipTests -pl mall-schema,mall-member,mall-cart,mall-portal,mall-search,mall-admin,mall-gateway -am
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OFFSET="${SIDE_OFFSET:-10000}"
DB="${SIDE_DB:-mall_bench}"
MONGO="${SIDE_MONGO:-127.0.0.1:27017}"
JAVA_OPTS="${SIDE_JAVA_OPTS:--Xms128m -Xmx256m -XX:+UseSerialGC}"
RUN="$ROOT/.run/side-lab" # outside target/: a clean of the module must not lose the pids
# the services and their standard ports: the one list, mall-common/src/main/resources/mall-services.properties
# shellcheck source=launcher/service-list.sh
. "$ROOT/launcher/service-list.sh"
read_service_list || exit 1
GATEWAY=$(($(svc_port mall-gateway) + OFFSET))

port_of() { echo $(($1 + OFFSET)); }
healthy() { curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }

# Simple discovery names the standard ports; every service (the gateway and cart -> portal) must find
# the side copies instead.
discovery_args() {
  local s name port
  for s in "${SERVICES[@]}"; do
    name=${s%%:*} port=$(port_of "${s##*:}")
    printf -- '--spring.cloud.discovery.client.simple.instances.%s[0].uri=http://127.0.0.1:%s\n' "$name" "$port"
  done
}

start() {
  local s name port jar java_opts
  read -ra java_opts <<<"$JAVA_OPTS" # a list of JVM options
  mkdir -p "$RUN"
  echo "==> Migrating and seeding database $DB"
  MALL_DB_NAME="$DB" java -jar "$ROOT/mall-schema/target/mall-schema-exec.jar" migrate seed
  mapfile -t disc < <(discovery_args)
  for s in "${SERVICES[@]}"; do
    name=${s%%:*} port=$(port_of "${s##*:}") jar="$ROOT/$name/target/$name.jar"
    [ -f "$jar" ] || { echo "ERROR: $jar missing; fix: build it (see the header of $0)" >&2; exit 1; }
    if healthy "$port"; then echo "    $name already up on $port"; continue; fi
    echo "==> Starting $name on $port (log $RUN/$name.log)"
    MALL_DB_NAME="$DB" MALL_SEARCH_INDEX_ALIAS="pms-$DB" MALL_MONGODB_URI="mongodb://$MONGO/$DB" \
      nohup java "${java_opts[@]}" -jar "$jar" --server.port="$port" "${disc[@]}" >"$RUN/$name.log" 2>&1 9>&- &
    echo $! >"$RUN/$name.pid"
  done
  for s in "${SERVICES[@]}"; do
    name=${s%%:*} port=$(port_of "${s##*:}")
    for _ in $(seq 1 240); do healthy "$port" && break; sleep 1; done
    healthy "$port" || { echo "ERROR: $name not healthy on $port; fix: read $RUN/$name.log" >&2; exit 1; }
    echo "    $name UP on $port"
  done
  echo "==> Indexing the products of $DB into alias pms-$DB"
  # an admin call (gateway and mall-search check it): the seeded demo admin of this database
  local token
  token=$(curl -fsS -X POST "http://127.0.0.1:$GATEWAY/mall-admin/admin/login" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"macro123"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
  curl -fsS -X POST "http://127.0.0.1:$GATEWAY/mall-search/esProduct/importAll" -H "Authorization: Bearer $token"; echo
  echo "Gateway: http://127.0.0.1:$GATEWAY  (./mall bench home --port $GATEWAY)"
}

stop() {
  local s name pid
  for s in "${SERVICES[@]}"; do
    name=${s%%:*}
    [ -f "$RUN/$name.pid" ] || continue
    pid=$(<"$RUN/$name.pid")
    # only our own process: the pid must still run this worktree's jar
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$ROOT/$name/target/$name.jar"; then
      echo "==> Stopping $name (pid $pid)"
      kill "$pid"
    fi
    rm -f "$RUN/$name.pid"
  done
}

status() {
  local s name port
  for s in "${SERVICES[@]}"; do
    name=${s%%:*} port=$(port_of "${s##*:}")
    printf '%-14s %-6s %s\n' "$name" "$port" "$(healthy "$port" && echo UP || echo down)"
  done
}

usage() { sed -n '2,/^set -Eeuo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  -h | --help | help) usage ;;
  *) echo "usage: $0 start|stop|status (--help explains)" >&2; exit 2 ;;
esac
