# shellcheck shell=bash
# The six services: start, stop, health; the commands up, down, status, logs and restart.

svc_name() { # "portal" or "mall-portal" -> mall-portal
  local n=${1#mall-}
  svc_port "mall-$n" >/dev/null || return 1
  echo "mall-$n"
}
svc_jar() { echo "$ROOT/$1/target/$1.jar"; }
svc_pid() { pid_from "$PIDS/$1.pid" "$1.jar"; }
svc_env() { # svc_env SERVICE NAME: the value of NAME in the running service's environment (nothing if unset)
  local pid
  pid=$(svc_pid "$1") || return 0
  tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | sed -n "s/^$2=//p" | head -n 1
}
svc_health() { # UP / DOWN / ... from /actuator/health, "-" when nothing answers
  local body
  body=$(curl -sS --max-time 3 "http://127.0.0.1:$1/actuator/health" 2>/dev/null) || { echo -; return; }
  # the overall status is the last "status" of the reply; the earlier ones belong to components
  local overall
  overall=$(grep -o '"status":"[A-Z_]*"' <<<"$body" | tail -n 1 | cut -d'"' -f4)
  echo "${overall:-?}"
}

require_jars() { # all at once, before anything is stopped or started
  local svc missing=()
  for svc in "$@"; do
    [ -f "$(svc_jar "$svc")" ] || missing+=("$svc/target/$svc.jar")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    die "service jar(s) missing: ${missing[*]}" "build them: './mall up' (without --no-build) or './mvnw -B -DskipTests package'"
  fi
}
start_services() { # start_services NAME...: start what is not up, then wait for all to be UP
  local svc port pid pending=() failed=()
  require_jars "$@"
  ensure_secrets
  for svc in "$@"; do
    port=$(svc_port "$svc")
    step "Starting $svc on port $port"
    if [ "$(svc_health "$port")" = UP ]; then
      if [ -f "$JARS/$svc.jar" ] && [ "$(svc_jar "$svc")" -nt "$JARS/$svc.jar" ]; then
        info "already up (an older build: './mall restart ${svc#mall-}' runs the new jar)"
      else info "already up"; fi
      continue
    fi
    if pid=$(svc_pid "$svc"); then
      info "already starting (pid $pid)"
    elif port_open 127.0.0.1 "$port"; then
      die "port $port for $svc is taken by $(port_owner "$port")" "stop that process (or './mall down'), then rerun"
    else
      launch_java "$svc" "$(svc_jar "$svc")" "$MALL_JAVA_OPTS"
    fi
    pending+=("$svc")
  done
  [ ${#pending[@]} -gt 0 ] || return 0
  step "Waiting for ${pending[*]} to report UP (up to $MALL_START_TIMEOUT s)"
  local t0=$SECONDS left
  while [ ${#pending[@]} -gt 0 ]; do
    left=()
    for svc in "${pending[@]}"; do
      port=$(svc_port "$svc")
      if [ "$(svc_health "$port")" = UP ]; then
        info "$svc UP after $((SECONDS - t0)) s"
      elif ! svc_pid "$svc" >/dev/null; then
        failed+=("$svc (exited)")
        show_tail "$LOGS/$svc.log"
      elif [ $((SECONDS - t0)) -ge "$MALL_START_TIMEOUT" ]; then
        failed+=("$svc (not UP after $MALL_START_TIMEOUT s: $(svc_health "$port"))")
        show_tail "$LOGS/$svc.log"
      else
        left+=("$svc")
      fi
    done
    pending=(${left[@]+"${left[@]}"})
    [ ${#pending[@]} -eq 0 ] || sleep 2
  done
  if [ ${#failed[@]} -gt 0 ]; then
    die "service(s) did not come up: ${failed[*]} (log tails above)" "read .run/logs/<service>.log ('./mall logs <service>'), fix, then './mall restart <service>'"
  fi
}
stop_service() { stop_pid "$1" "$PIDS/$1.pid" "$1.jar"; }

# ---- up ----
up_usage() {
  cat <<EOF
Usage: ./mall up [--no-build] [--prometheus] [--no-tracing]

Installs what is missing (apt), starts MariaDB, Redis, RabbitMQ, Elasticsearch and MongoDB, builds every
module, migrates and seeds database \$MALL_DB_NAME ($MALL_DB_NAME), starts the services that are not up
yet ($(all_services | paste -sd' ' -)),
indexes the catalog once and prints the URLs and demo logins.
Idempotent: what is already running stays as it is.

  --no-build     start the jars last built instead of building
  --prometheus   also start a local Prometheus scraping the services (same as MALL_PROMETHEUS=1)
  --no-tracing   start no Zipkin server, so the services started now report no spans (same as MALL_TRACING=0);
                 by default a Zipkin server ($ZIPKIN_VERSION, from Maven Central, spans in memory) receives
                 the spans of MALL_TRACING_SAMPLING ($MALL_TRACING_SAMPLING) of the requests: UI on port $MALL_ZIPKIN_PORT
EOF
}
cmd_up() {
  local build=yes prom="" tracing=yes a svcs=()
  case "$MALL_PROMETHEUS" in 1 | yes | true | on) prom=yes ;; esac
  case "$MALL_TRACING" in 0 | no | false | off) tracing="" ;; esac
  for a in "$@"; do
    case "$a" in
      --no-build) build="" ;;
      --prometheus) prom=yes ;;
      --no-tracing) tracing="" ;;
      *) usage_error "unknown option for up: $a" up ;;
    esac
  done
  mkdir -p "$LOGS" "$PIDS" "$JARS"
  ensure_packages
  if [ -n "$build" ]; then
    step "Building all modules (./mvnw -B -q -DskipTests package; a few minutes on a fresh machine)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) ||
      die "the build failed (Maven output above)" "fix the error, or start the last built jars with './mall up --no-build'"
  fi
  ensure_middleware
  ensure_es
  ensure_mongo
  step "Migrating and seeding database $MALL_DB_NAME"
  [ -f "$SCHEMA_JAR" ] || die "missing $SCHEMA_JAR" "build it: './mall up' (without --no-build) or './mvnw -B -DskipTests package'"
  java -jar "$SCHEMA_JAR" migrate seed || die "migrate/seed failed (output above)" "check the error; the database settings are MALL_DB_* (user $MALL_DB_USERNAME on $MALL_DB_HOST:$MALL_DB_PORT)"
  if [ -n "$tracing" ]; then
    ensure_zipkin
  elif zipkin_pid >/dev/null; then
    stop_zipkin # services started from now on report nothing; those already running keep reporting until restarted
  fi
  mapfile -t svcs < <(all_services)
  start_services "${svcs[@]}"
  ensure_search_index
  if [ -n "$prom" ]; then ensure_prometheus; fi
  print_urls
}

# A fresh lab has no product index yet: build it once, so shoppers can search right away.
ensure_search_index() {
  local alias="${MALL_SEARCH_INDEX_ALIAS:-pms}" count
  count=$(curl -s --max-time 5 "http://127.0.0.1:$MALL_ES_PORT/$alias/_count" | grep -o '"count":[0-9]*' | cut -d: -f2) || true
  if [ -n "$count" ] && [ "$count" -gt 0 ]; then
    return
  fi
  import_search_index
}

# A fresh index from the database (the search service's settings of a new index apply), swapped in by alias.
import_search_index() {
  step "Indexing the catalog into Elasticsearch (POST /mall-search/esProduct/importAll as the demo admin)"
  local reply token g="http://127.0.0.1:$GATEWAY_PORT"
  token=$(curl -s --max-time 30 -X POST "$g/mall-admin/admin/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$DEMO_ADMIN_USER\",\"password\":\"$DEMO_ADMIN_PASSWORD\"}" |
    sed -n 's/.*"token":"\([^"]*\)".*/\1/p') || true
  reply=$(curl -s --max-time 120 -X POST "$g/mall-search/esProduct/importAll" -H "Authorization: Bearer ${token:-none}") || true
  if [[ $reply == *'"code":200'* ]]; then
    info "indexed $(grep -o '"data":[0-9]*' <<<"$reply" | cut -d: -f2 || true) products"
  else
    info "WARNING: the import failed (${reply:-no answer}); search stays empty until an admin runs it:"
    info "  POST $g/mall-search/esProduct/importAll with an admin token (README: Try it as an admin)"
  fi
}

print_urls() {
  local g="http://localhost:$GATEWAY_PORT" svc
  step "PerfLab Mall is up"
  info "Gateway          $g"
  info "API docs         $g/swagger-ui.html"
  info "Gateway health   $g/actuator/health"
  for svc in $(all_services); do
    [ "$svc" = mall-gateway ] || info "$(printf '%-16s %s' "$svc" "$g/$svc/actuator/health")"
  done
  info "Elasticsearch    $(es_url)"
  info "RabbitMQ UI      http://localhost:15672 ($MALL_RABBITMQ_USERNAME / $MALL_RABBITMQ_PASSWORD)"
  info "MongoDB          $MALL_MONGODB_URI"
  info "Demo logins      $DEMO_MEMBER;  $DEMO_ADMIN"
  if prom_pid >/dev/null; then
    info "Prometheus       $(prom_url)  (targets: $(prom_url)/targets, alerts: $(prom_url)/alerts)"
  else
    info "Prometheus       not started ('./mall up --no-build --prometheus' starts it)"
  fi
  if zipkin_pid >/dev/null; then
    info "Zipkin (traces)  $(zipkin_url)/zipkin/  (sampling $MALL_TRACING_SAMPLING of the requests; MALL_TRACING_SAMPLING=1.0 traces all)"
  else
    info "Zipkin (traces)  not started (./mall up without --no-tracing starts it)"
  fi
  info "Profiles         ./mall profile <service>  (flame graphs in .run/profiles)"
  info "Logs             ./mall logs <service> [-f]  (files in .run/logs)"
  exercises_banner
}

# ---- down, status, logs, restart ----
down_usage() {
  cat <<EOF
Usage: ./mall down

Stops the services (the gateway first), the local Prometheus, the embedded MongoDB and the Elasticsearch
that ./mall started. MariaDB, Redis and RabbitMQ are system services and keep running.
EOF
}
cmd_down() {
  local svc
  stop_prometheus # first: no scrape errors from the services stopping
  for svc in $(all_services | tac); do stop_service "$svc"; done # gateway first: no traffic to stopping services
  stop_zipkin
  stop_pid "embedded MongoDB" "$PIDS/mall-mongo-embedded.pid" mall-mongo-embedded.jar
  stop_es
  step "MariaDB, Redis and RabbitMQ are system services: left running"
}

status_usage() {
  cat <<EOF
Usage: ./mall status

Prints the state of every middleware (where it listens, who owns the port) and of every service (pid,
port, health from /actuator/health). Changes nothing.
EOF
}
updown() { if "$@"; then echo up; else echo down; fi; }
local_owner() { if is_local "$1" && port_open 127.0.0.1 "$2"; then port_owner "$2"; fi; }
cmd_status() {
  local pid svc port h host
  row() { printf '%-14s %-6s %-24s %s\n' "$@"; }
  row COMPONENT STATE WHERE DETAIL
  row mariadb "$(updown db_up)" "$MALL_DB_HOST:$MALL_DB_PORT" "$(local_owner "$MALL_DB_HOST" "$MALL_DB_PORT")"
  row redis "$(updown redis_up)" "$MALL_REDIS_HOST:$MALL_REDIS_PORT" "$(local_owner "$MALL_REDIS_HOST" "$MALL_REDIS_PORT")"
  row rabbitmq "$(updown rabbit_up)" "$MALL_RABBITMQ_HOST:$MALL_RABBITMQ_PORT" "vhost $MALL_RABBITMQ_VHOST, UI http://localhost:15672"
  h=$(curl -sS --max-time 3 "$(es_url)/_cluster/health" 2>/dev/null || true)
  if [[ $h =~ \"status\":\"([a-z]+)\" ]]; then h="health ${BASH_REMATCH[1]}"; else h=""; fi
  pid=$(es_pid || true)
  row elasticsearch "$(updown es_up)" "$(es_url)" "$h${pid:+, pid $pid, in $ES_DIR}"
  if [ -n "$MONGO_EXTERNAL" ]; then
    read -r host port < <(uri_hostport "$MALL_MONGODB_URI" 27017)
    row mongodb "$(updown port_open "$host" "$port")" "$host:$port" "external (MALL_MONGODB_URI)"
  else
    pid=$(mongo_pid || true)
    row mongodb "$(updown port_open 127.0.0.1 "$MALL_MONGO_PORT")" "127.0.0.1:$MALL_MONGO_PORT" \
      "$(if [ -n "$pid" ]; then echo "embedded, pid $pid"; else local_owner 127.0.0.1 "$MALL_MONGO_PORT"; fi)"
  fi
  pid=$(prom_pid || true)
  if [ -n "$pid" ]; then
    row prometheus "$(updown prom_ready)" "$(prom_url)" "pid $pid, data $PROM_DATA"
  else
    row prometheus off "$(prom_url)" "$(if port_open 127.0.0.1 "$MALL_PROMETHEUS_PORT"; then echo "port taken by $(port_owner "$MALL_PROMETHEUS_PORT")"; else echo "not started (./mall up --prometheus)"; fi)"
  fi
  pid=$(zipkin_pid || true)
  if [ -n "$pid" ]; then
    row zipkin "$(updown zipkin_ready)" "$(zipkin_url)" "pid $pid, UI $(zipkin_url)/zipkin/, spans in memory"
  else
    row zipkin off "$(zipkin_url)" "not started (./mall up without --no-tracing)"
  fi
  echo
  printf '%-14s %-8s %-6s %s\n' SERVICE PID PORT HEALTH
  for svc in $(all_services); do
    port=$(svc_port "$svc")
    pid=$(svc_pid "$svc" || true)
    h=$(svc_health "$port")
    if [ -z "$pid" ] && [ "$h" != - ]; then h="$h (not started by ./mall: $(port_owner "$port"))"; fi
    printf '%-14s %-8s %-6s %s\n' "$svc" "${pid:--}" "$port" "$h"
  done
  exercises_banner
}

logs_usage() {
  cat <<EOF
Usage: ./mall logs <name> [-f]

Shows the last 200 lines of a log, or follows it with -f (--follow). Names: member cart portal search admin
gateway (or mall-<name>), es, mongo, prometheus, zipkin. Files: .run/logs/<name>.log; Elasticsearch: \$MALL_HOME/es/logs.
EOF
}
cmd_logs() {
  local name="" follow="" file svc a
  for a in "$@"; do
    case "$a" in
      -f | --follow) follow=yes ;;
      -*) usage_error "unknown option for logs: $a" logs ;;
      *) [ -z "$name" ] || usage_error "one log at a time (got '$name' and '$a')" logs
        name=$a ;;
    esac
  done
  case "$name" in
    "") die "which log?" "./mall logs <member|cart|portal|search|admin|gateway|es|mongo|prometheus|zipkin> [-f]" ;;
    es | elasticsearch) file=$ES_LOG ;;
    mongo | mongodb | mall-mongo-embedded) file="$LOGS/mall-mongo-embedded.log" ;;
    prometheus | prom) file="$LOGS/prometheus.log" ;;
    zipkin) file="$LOGS/zipkin.log" ;;
    *)
      svc=$(svc_name "$name") || die "unknown log '$name'" "use one of: member cart portal search admin gateway es mongo prometheus zipkin"
      file="$LOGS/$svc.log"
      ;;
  esac
  [ -f "$file" ] || die "no log yet at $file" "start it first ('./mall up')"
  if [ -n "$follow" ]; then exec tail -n 100 -F "$file"; else tail -n 200 "$file"; fi
}

restart_usage() {
  cat <<EOF
Usage: ./mall restart <name>|all

Stops and starts one service (member cart portal search admin gateway, or mall-<name>), all six (all), or
es, mongo, prometheus, zipkin; it runs the jar last built (build first: ./mvnw -B -q -DskipTests package -pl <module> -am).
MALL_PROFILE (default local) chooses the services' Spring profiles, e.g. MALL_PROFILE=local,chaos.
EOF
}
cmd_restart() {
  local target=${1:-} svc svcs=()
  case "$target" in -*) usage_error "unknown option for restart: $target" restart ;; esac
  [ $# -le 1 ] || usage_error "restart takes one name (got: $*)" restart
  [ -n "$target" ] || die "restart what?" "./mall restart <member|cart|portal|search|admin|gateway|es|mongo|all>"
  mkdir -p "$LOGS" "$PIDS" "$JARS"
  find_jdk || die "no JDK >= 17 found" "run './mall up' once (it installs one), or set JAVA_HOME"
  case "$target" in
    es | elasticsearch) stop_es && ensure_es && return ;;
    mongo | mongodb) stop_pid "embedded MongoDB" "$PIDS/mall-mongo-embedded.pid" mall-mongo-embedded.jar && ensure_mongo && return ;;
    prometheus | prom) stop_prometheus && ensure_prometheus && return ;;
    zipkin) stop_zipkin && ensure_zipkin && return ;;
    all) mapfile -t svcs < <(all_services) ;;
    *) svc=$(svc_name "$target") || die "unknown service '$target'" "use one of: member cart portal search admin gateway es mongo all"
      svcs=("$svc") ;;
  esac
  require_jars "${svcs[@]}"
  for svc in "${svcs[@]}"; do stop_service "$svc"; done
  start_services "${svcs[@]}"
}
