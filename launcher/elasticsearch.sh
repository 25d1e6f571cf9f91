# shellcheck shell=bash
# Elasticsearch: downloaded once into $MALL_HOME, configured, started as $ES_SYSTEM_USER, checked, stopped.
es_url() { echo "${MALL_ES_URIS%%,*}"; }
es_up() {
  local h
  h=$(curl -sS --max-time 3 "$(es_url)/_cluster/health" 2>/dev/null) && [[ $h =~ \"status\":\"(green|yellow)\" ]]
}
es_run_user() { if is_root; then echo "$ES_SYSTEM_USER"; else id -un; fi; }
es_pid() { # our ES: from its pid file, else the listener on the port if it runs from $ES_DIR
  # (a second ES that fails to start deletes the shared pid file on exit)
  local pid
  pid_from "$ES_PIDFILE" org.elasticsearch && return 0
  pid=$(ss -Hltnp "sport = :$MALL_ES_PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1)
  pid_is "$pid" "$ES_DIR" && echo "$pid"
}
stop_es() {
  local pid
  if pid=$(es_pid); then stop_proc Elasticsearch "$pid"; else info "Elasticsearch: not running (none of ours)"; fi
}

install_es() { # the integ-test zip from Maven Central: core + security/netty modules, no bundled JDK
  [ -x "$ES_DIR/bin/elasticsearch" ] && return 0
  step "Downloading Elasticsearch $ES_VERSION from Maven Central (through the Maven wrapper)"
  ensure_mall_home
  local tmp
  tmp=$(maven_fetch "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip") ||
    die "downloading the Elasticsearch zip failed (Maven output above)" "check access to https://repo.maven.apache.org (proxy: ~/.m2/settings.xml), then rerun"
  step "Unpacking Elasticsearch into $ES_DIR"
  unzip -q "$tmp/elasticsearch-$ES_VERSION.zip" -d "$tmp" ||
    { rm -rf "$tmp"; die "unzip of elasticsearch-$ES_VERSION.zip failed" "check free space in $MALL_HOME ('df -h $MALL_HOME'), then rerun"; }
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_DIR" # same filesystem: a half-unpacked dir never looks installed
  rm -rf "$tmp"
}

configure_es() { # owner, dirs and elasticsearch.yml; rewrites the file only when it differs
  local user conf new
  user=$(es_run_user)
  if is_root && ! id -u "$user" >/dev/null 2>&1; then
    step "Creating system user $user (Elasticsearch refuses to run as root)"
    useradd --system --user-group --home-dir "$MALL_HOME" --no-create-home --shell /usr/sbin/nologin "$user"
  fi
  if [ "$(stat -c %U "$ES_DIR")" != "$user" ]; then
    is_root || die "$ES_DIR belongs to $(stat -c %U "$ES_DIR"), not to you" "run 'sudo ./mall ${CMD:-up}' (it runs Elasticsearch as $ES_SYSTEM_USER)"
    chown -R "$user:" "$ES_DIR"
  fi
  install -d -o "$user" "$ES_STATE" "$ES_STATE/data" "$ES_STATE/logs"
  conf="$ES_DIR/config/elasticsearch.yml"
  new="# Written by ./mall (PerfLab Mall local lab); local edits are overwritten.
cluster.name: perflab-mall
node.name: mall-es
discovery.type: single-node
# loopback only: also keeps the production bootstrap checks (vm.max_map_count ...) off
network.host: 127.0.0.1
http.port: $MALL_ES_PORT
path.data: $ES_STATE/data
path.logs: $ES_STATE/logs
xpack.security.enabled: false
# a lab disk that fills up must not silently turn the index read-only
cluster.routing.allocation.disk.threshold_enabled: false"
  if [ "$(cat "$conf" 2>/dev/null)" != "$new" ]; then
    info "writing $conf"
    printf '%s\n' "$new" >"$conf"
    chown "$user:" "$conf"
  fi
}

ensure_es() {
  local host port t0
  read -r host port < <(uri_hostport "$(es_url)" 9200)
  step "Checking Elasticsearch on $(es_url)"
  if es_up; then info "Elasticsearch is up"; return 0; fi
  is_local "$host" || die "Elasticsearch does not answer on $(es_url)" "start it there, or unset MALL_ES_URIS to use the local one"
  if port_open 127.0.0.1 "$MALL_ES_PORT"; then
    local pid
    if pid=$(es_pid) && [[ $(ss -Hltnp "sport = :$MALL_ES_PORT" 2>/dev/null) == *"pid=$pid,"* ]]; then
      info "our Elasticsearch is running but not healthy yet; waiting"
    else
      die "port $MALL_ES_PORT is taken by $(port_owner "$MALL_ES_PORT"), which is not a healthy Elasticsearch" "stop that process, or set MALL_ES_PORT to a free port"
    fi
  else
    install_es
    configure_es
    step "Starting Elasticsearch $ES_VERSION as $(es_run_user), heap $MALL_ES_HEAP (10-40 s)"
    local cmd=(env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_JAVA_OPTS="-Xms$MALL_ES_HEAP -Xmx$MALL_ES_HEAP"
      "$ES_DIR/bin/elasticsearch" -d -p "$ES_PIDFILE")
    if is_root; then cmd=(runuser -u "$ES_SYSTEM_USER" -- "${cmd[@]}"); fi
    t0=$SECONDS
    # -d returns once the node started or failed; its own output goes to a start log
    if ! (cd "$ES_STATE" && timeout 300 "${cmd[@]}" </dev/null >"$LOGS/elasticsearch-start.log" 2>&1 9>&-); then
      show_tail "$LOGS/elasticsearch-start.log" 30
      local cause
      cause=$(sed -n 's/.*fatal exception while booting Elasticsearch *//p' "$LOGS/elasticsearch-start.log" | head -n1)
      die "Elasticsearch failed to start${cause:+: $cause}" "fix the cause shown above; full log: $ES_LOG"
    fi
  fi
  t0=${t0:-$SECONDS}
  if ! wait_until "$MALL_ES_TIMEOUT" es_up; then
    show_tail "$ES_LOG" 40
    die "Elasticsearch did not report green/yellow on $(es_url) within $MALL_ES_TIMEOUT s (log above)" "see $ES_LOG; on a slow machine raise MALL_ES_TIMEOUT"
  fi
  info "Elasticsearch is up after $((SECONDS - t0)) s"
}
