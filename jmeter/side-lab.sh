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
# shellcheck source=launcher/lab-copy.sh
. "$ROOT/launcher/lab-copy.sh"
GATEWAY=$(($(svc_port mall-gateway) + OFFSET))

start() {
  mkdir -p "$RUN"
  echo "==> Migrating and seeding database $DB"
  MALL_DB_NAME="$DB" java -jar "$ROOT/mall-schema/target/mall-schema-exec.jar" migrate seed
  # the lab's keys (./mall up wrote them), unless the environment has its own
  if [ -z "${MALL_JWT_SECRET:-}" ] && [ -r "$ROOT/.run/secrets.env" ]; then
    set -a
    # shellcheck source=/dev/null # written by ./mall up, not in git
    . "$ROOT/.run/secrets.env"
    set +a
  fi
  MALL_DB_NAME="$DB" MALL_SEARCH_INDEX_ALIAS="pms-$DB" MALL_MONGODB_URI="mongodb://$MONGO/$DB" \
    copy_start "$ROOT" "$OFFSET" "$RUN" "$JAVA_OPTS"
  echo "==> Indexing the products of $DB into alias pms-$DB"
  # an admin call (gateway and mall-search check it): the seeded demo admin of this database
  local token
  token=$(curl -fsS -X POST "http://127.0.0.1:$GATEWAY/mall-admin/admin/login" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"macro123"}' | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
  curl -fsS -X POST "http://127.0.0.1:$GATEWAY/mall-search/esProduct/importAll" -H "Authorization: Bearer $token"; echo
  echo "Gateway: http://127.0.0.1:$GATEWAY  (./mall bench home --port $GATEWAY)"
}

stop() { copy_stop "$ROOT" "$RUN"; }
status() { copy_status "$OFFSET"; }

usage() { sed -n '2,/^set -Eeuo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  -h | --help | help) usage ;;
  *) echo "usage: $0 start|stop|status (--help explains)" >&2; exit 2 ;;
esac
