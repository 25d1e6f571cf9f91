# shellcheck shell=bash
# The optional local Prometheus (up --prometheus): start, stop, readiness.
prom_url() { echo "http://127.0.0.1:$MALL_PROMETHEUS_PORT"; }
prom_pid() { pid_from "$PIDS/prometheus.pid" prometheus-local.yml; }
prom_ready() { curl -fsS --max-time 2 "$(prom_url)/-/ready" >/dev/null 2>&1; }

ensure_prometheus() {
  local pid
  step "Checking the local Prometheus on $(prom_url)"
  if pid=$(prom_pid); then
    info "already running (pid $pid)"
    return 0
  fi
  if port_open 127.0.0.1 "$MALL_PROMETHEUS_PORT"; then
    die "port $MALL_PROMETHEUS_PORT is taken by $(port_owner "$MALL_PROMETHEUS_PORT"), not by the Prometheus that ./mall starts (Debian's system 'prometheus' service, when running, uses 9090)" \
      "stop it ('systemctl disable --now prometheus' for Debian's service, or kill that process), or set MALL_PROMETHEUS_PORT to a free port"
  fi
  have prometheus || apt_install prometheus
  have prometheus || die "no prometheus binary after installing the package" "install Debian's 'prometheus' package (it provides /usr/bin/prometheus), then rerun"
  [ -f "$PROM_CONFIG" ] || die "missing $PROM_CONFIG" "restore monitoring/prometheus/ from git"
  mkdir -p "$PROM_DATA"
  if [ -f "$LOGS/prometheus.log" ]; then mv -f "$LOGS/prometheus.log" "$LOGS/prometheus.log.1"; fi
  step "Starting Prometheus on $(prom_url) (config $PROM_CONFIG, data $PROM_DATA)"
  nohup setsid prometheus --config.file="$PROM_CONFIG" --storage.tsdb.path="$PROM_DATA" \
    --storage.tsdb.retention.time=7d --web.listen-address="127.0.0.1:$MALL_PROMETHEUS_PORT" \
    </dev/null >"$LOGS/prometheus.log" 2>&1 9>&- &
  echo $! >"$PIDS/prometheus.pid"
  if ! wait_until 30 prom_ready; then
    show_tail "$LOGS/prometheus.log" 30
    die "Prometheus did not become ready on $(prom_url) within 30 s (log above: $LOGS/prometheus.log)" "fix the cause in the log (config errors: 'promtool check config $PROM_CONFIG'), then rerun './mall up --prometheus'"
  fi
  info "Prometheus is up (pid $(<"$PIDS/prometheus.pid")), scraping the six services every 10 s"
}
stop_prometheus() { stop_pid "local Prometheus" "$PIDS/prometheus.pid" prometheus-local.yml; }
