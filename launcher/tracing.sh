# shellcheck shell=bash
# Local tracing: the Zipkin server (from Maven Central, spans in memory) that `./mall up` starts unless
# --no-tracing, and the environment that makes the services report to it. A service reports spans when it
# starts while this Zipkin runs (launch_java asks tracing_env), so `./mall restart` keeps the lab's choice.
zipkin_url() { echo "http://127.0.0.1:$MALL_ZIPKIN_PORT"; }
zipkin_jar() { echo "$MALL_HOME/zipkin-server-$ZIPKIN_VERSION-exec.jar"; }
zipkin_pid() { pid_from "$PIDS/zipkin.pid" "zipkin-server-"; }
zipkin_ready() { curl -fsS --max-time 2 "$(zipkin_url)/health" 2>/dev/null | grep -q '"status" *: *"UP"'; }

install_zipkin() {
  local jar tmp
  jar=$(zipkin_jar)
  [ -f "$jar" ] && return 0
  step "Downloading the Zipkin server $ZIPKIN_VERSION from Maven Central (through the Maven wrapper; ~130 MB)"
  ensure_mall_home
  tmp=$(maven_fetch "io.zipkin:zipkin-server:$ZIPKIN_VERSION:jar:exec") ||
    die "downloading the Zipkin server failed (Maven output above)" "check access to https://repo.maven.apache.org (proxy: ~/.m2/settings.xml), or start without it: ./mall up --no-tracing"
  mv "$tmp/zipkin-server-$ZIPKIN_VERSION-exec.jar" "$jar" && rm -rf "$tmp"
}

ensure_zipkin() {
  local pid
  step "Checking the Zipkin server on $(zipkin_url)"
  if pid=$(zipkin_pid); then
    info "already running (pid $pid)"
    return 0
  fi
  if port_open 127.0.0.1 "$MALL_ZIPKIN_PORT"; then
    die "port $MALL_ZIPKIN_PORT is taken by $(port_owner "$MALL_ZIPKIN_PORT"), not by the Zipkin that ./mall starts" \
      "stop that process, set MALL_ZIPKIN_PORT to a free port, or start without tracing: ./mall up --no-tracing"
  fi
  install_zipkin
  if [ -f "$LOGS/zipkin.log" ]; then mv -f "$LOGS/zipkin.log" "$LOGS/zipkin.log.1"; fi
  step "Starting Zipkin on $(zipkin_url) (spans in memory, the last $MALL_ZIPKIN_MAX_SPANS; 15-40 s)"
  STORAGE_TYPE=mem MEM_MAX_SPANS="$MALL_ZIPKIN_MAX_SPANS" QUERY_PORT="$MALL_ZIPKIN_PORT" \
    nohup setsid java -Xms64m -Xmx"$MALL_ZIPKIN_HEAP" -XX:+UseSerialGC -jar "$(zipkin_jar)" \
    </dev/null >"$LOGS/zipkin.log" 2>&1 9>&- &
  echo $! >"$PIDS/zipkin.pid"
  if ! wait_until 90 zipkin_ready; then
    show_tail "$LOGS/zipkin.log" 30
    die "Zipkin did not answer on $(zipkin_url)/health within 90 s (log above: $LOGS/zipkin.log)" "fix the cause in the log, or start without tracing: ./mall up --no-tracing"
  fi
  info "Zipkin is up (pid $(<"$PIDS/zipkin.pid")); UI $(zipkin_url)/zipkin/"
}
stop_zipkin() { stop_pid "Zipkin" "$PIDS/zipkin.pid" "zipkin-server-"; }

# tracing_env: export what a service started now needs to report its spans (or not) to the lab's Zipkin
tracing_env() {
  if zipkin_pid >/dev/null; then
    MALL_ZIPKIN_ENDPOINT="$(zipkin_url)/api/v2/spans"
    export MALL_TRACING_ENABLED=true MALL_ZIPKIN_ENDPOINT MALL_TRACING_SAMPLING
  else
    # nothing to report to: no spans, and no sampling either (the services' default without the variable)
    export MALL_TRACING_ENABLED=false
    export -n MALL_TRACING_SAMPLING
  fi
}

# lab_traced: whether the lab's gateway was started reporting spans (what a measurement ran with)
lab_traced() { [ "$(svc_env mall-gateway MALL_TRACING_ENABLED)" = true ]; }
