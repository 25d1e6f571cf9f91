# shellcheck shell=bash
# MongoDB: a configured MALL_MONGODB_URI is only checked; otherwise the embedded server (mall-mongo-embedded).
mongo_pid() { pid_from "$PIDS/mall-mongo-embedded.pid" mall-mongo-embedded.jar; }

ensure_mongo() {
  local host port
  if [ -n "$MONGO_EXTERNAL" ]; then
    read -r host port < <(uri_hostport "$MALL_MONGODB_URI" 27017)
    step "Checking MongoDB at $host:$port (MALL_MONGODB_URI)"
    case "$MALL_MONGODB_URI" in mongodb+srv:*) info "SRV URI: not checked here"; return 0 ;; esac
    port_open "$host" "$port" || die "MongoDB at $host:$port (from MALL_MONGODB_URI) does not accept connections" "start that mongod, or unset MALL_MONGODB_URI to use the embedded server"
    info "reachable"
    return 0
  fi
  step "Checking embedded MongoDB on 127.0.0.1:$MALL_MONGO_PORT"
  if port_open 127.0.0.1 "$MALL_MONGO_PORT"; then
    info "already listening: $(port_owner "$MALL_MONGO_PORT") (taken as the MongoDB)"
    return 0
  fi
  if [ ! -f "$MONGO_JAR" ]; then
    step "Building the embedded MongoDB server (its jar is missing)"
    (cd "$ROOT" && ./mvnw -B -q -pl mall-mongo-embedded -am -DskipTests package) ||
      die "building mall-mongo-embedded failed (Maven output above)" "fix the build, or set MALL_MONGODB_URI to a running mongod"
    [ -f "$MONGO_JAR" ] || die "$MONGO_JAR is still missing after the build" "the module must produce target/mall-mongo-embedded.jar (finalName)"
  fi
  step "Starting embedded MongoDB on 127.0.0.1:$MALL_MONGO_PORT"
  launch_java mall-mongo-embedded "$MONGO_JAR" "$MALL_MONGO_JAVA_OPTS"
  if ! wait_until 60 port_open 127.0.0.1 "$MALL_MONGO_PORT"; then
    show_tail "$LOGS/mall-mongo-embedded.log"
    die "embedded MongoDB did not listen on port $MALL_MONGO_PORT within 60 s (log above)" "see $LOGS/mall-mongo-embedded.log"
  fi
  info "MongoDB is up (pid $(<"$PIDS/mall-mongo-embedded.pid"))"
}
