# shellcheck shell=bash
# The command bench: JMeter plans of jmeter/ through Maven (-Pbench), and the recorded baseline.
bench_usage() {
  cat <<EOF
Usage: ./mall bench <plan>|baseline [options] [-Dname=value ...]
       ./mall bench compare <git-ref> [plan...] [--rounds N] [options]
       ./mall bench exercise <name> [plan...] [--rounds N] [options]

Runs one JMeter plan of jmeter/src/test/jmeter against the running lab (through the gateway) and leaves
JMeter's HTML dashboard in jmeter/target/jmeter/reports/<plan>/; 'baseline' runs every interface plan in
turn (home, product and search as interlaced rounds: gateway, direct, gateway, direct), after a warm-up,
and writes document/baseline.md. 'compare' builds <git-ref> in .run/bench/compare/<sha>, starts it as a second lab on
the standard ports + --offset (same middleware and database), runs each plan [home] against the running lab
(A) and the ref (B) in turn, A B then B A per pair of rounds, prints every round, the means and the ratio
B/A, then stops B. 'exercise' measures a bottleneck exercise (./mall exercise --list): its plans [the exercise's
own] with the exercise off (A) and on (B) in turn, each switch followed by a --warmup [30 s], and leaves the
exercise as it found it.
Before each run of baseline and compare the CPUs must be less than --settle-cpu % busy over 3 s (waiting up
to --settle-wait s; a run that starts above it is marked busy); the 1-minute load average is recorded before
and every 3 s during the run (it lags a minute behind, so it is not what the wait waits for).
More in jmeter/README.md.
Plans: $(bench_plans)

  --threads N               virtual users [10; baseline 20]
  --duration S              seconds to run [60; compare 30; baseline: each gateway/direct round half]
  --ramp-up S               seconds to start all users [5]
  --throughput PER_MIN      target samples per minute over all threads [no cap]
  --host H --port P         where to send requests [127.0.0.1 $GATEWAY_PORT]
  --portal-port P           mall-portal's own port, for the baseline's direct rows [$PORTAL_PORT]
  --search-port P           mall-search's own port, for the baseline's direct rows [$SEARCH_PORT]
  --data DIR                folder with members.csv and products.csv [jmeter/data, else jmeter/data/seed]
  --max-error-percent N     fail the run above this share of failed samples [1]
  --db NAME                 database whose row counts the baseline records [\$MALL_DB_NAME = $MALL_DB_NAME]
  --note TEXT               a line the baseline puts above its table
  --rounds N                baseline: gateway/direct rounds of home and product [2]; compare: A/B rounds [2]
  --settle-cpu PCT          how busy the CPUs may be (over 3 s) when a run starts [20]
  --settle-wait S           the longest wait for it; then the run starts anyway, marked busy [60]
  --offset N                compare: B's ports are the standard ones + N [20000]
  --warmup S                compare: an unmeasured run of each plan against A and B first (B starts cold)
                            [90 for the read plans, 300 for those that write (cart, order, pay, mixed); 0: none]
                            baseline: the mixed plan for S s before the first plan, then each plan 20 s, both
                            unmeasured [300; 0: neither]
  --markdown                compare: print the result as Markdown (both forms are kept in .run/bench/compare/)
  --with-web                compare: also build mall-web for B (off: B's gateway serves no web pages)
  --keep-b                  compare: leave B's services running at the end
  -Dname=value              handed to Maven (the jmeter module's properties)
EOF
}
bench_plans() { # the plan names, as the .jmx files of jmeter/src/test/jmeter are named
  local f names=()
  for f in "$ROOT"/jmeter/src/test/jmeter/*.jmx; do
    f=${f##*/}
    names+=("${f%.jmx}")
  done
  echo "${names[*]}"
}
bench_mix_report() { # bench_mix_report PLAN: for the plans that draw jmeter/mix.csv, achieved against target shares
  case "$1" in mixed | stability) ;; *) return 0 ;; esac
  [ -f "$ROOT/jmeter/target/jmeter/results/$1.csv" ] || return 0
  java -cp "$ROOT/jmeter/target/classes" com.perflab.mall.jmeter.MixReport "$ROOT/jmeter/mix.csv" \
    "$ROOT/jmeter/target/jmeter/results/$1.csv" || info "no mix report (see the error above)"
}
bench_load1() { cut -d' ' -f1 /proc/loadavg; }
bench_cpu_busy() { # how busy all CPUs were over the next 3 s, in whole percent (from /proc/stat)
  local a b
  a=$(head -n 1 /proc/stat)
  sleep 3
  b=$(head -n 1 /proc/stat)
  # fields after "cpu": user nice system idle iowait irq softirq steal; idle + iowait is not busy
  awk -v a="$a" -v b="$b" 'BEGIN {
    split(a, x); split(b, y); total = 0
    for (i = 2; i <= 9; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%d", (total > 0 ? 100 * (total - idle) / total : 0) }'
}
# bench_services_ticks PID_DIR: the CPU time (user + system, in clock ticks) the services whose pid files are in
# PID_DIR (<name>.pid) have used so far; nothing (and 1) when none of them runs
bench_services_ticks() {
  local s pid total=0 stat f found=""
  for s in "${SERVICES[@]}"; do
    pid=$(cat "$1/${s%%:*}.pid" 2>/dev/null) || continue
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    # fields after the command name (which may hold spaces): state is 3, utime 14, stime 15
    read -ra f <<<"${stat##*) }"
    total=$((total + f[11] + f[12])) found=yes
  done
  [ -n "$found" ] && echo "$total"
}
# bench_measure FILE PLAN PORT gateway|direct THREADS DURATION DIR [PID_DIR]: one run (bench_run) after waiting for a
# settled machine; keeps DIR/FILE.csv (the results), FILE.log (Maven's output) and FILE.load (the 1-minute load
# before, how busy the CPUs were, the threshold, seconds waited, busy; the load every 3 s during; the CPU seconds
# the services of PID_DIR [the lab's when the target is the standard gateway port, else none] used from JMeter's
# first result to the end of the run, so a report can divide them by the requests). Errors are in the results,
# not fatal.
bench_measure() {
  local file=$1 dir=$7 piddir=${8:-} t0=$SECONDS load cpu busy=false sampler ticks0 ticks1 hz
  [ -n "$piddir" ] || [ "$port" != "$GATEWAY_PORT" ] || piddir=$PIDS
  cpu=$(bench_cpu_busy)
  if [ "$cpu" -ge "$settle_cpu" ]; then
    info "the CPUs are $cpu % busy (not below $settle_cpu %): waiting up to $settle_wait s for the machine to settle"
    while [ $((SECONDS - t0)) -lt "$settle_wait" ] && [ "$cpu" -ge "$settle_cpu" ]; do
      cpu=$(bench_cpu_busy)
    done
    if [ "$cpu" -ge "$settle_cpu" ]; then
      busy=true
      info "still busy (CPUs $cpu % busy after $((SECONDS - t0)) s): running anyway, marked busy"
    fi
  fi
  load=$(bench_load1)
  printf 'before=%s\ncpu=%s\nthreshold=%s\nwaited=%s\nbusy=%s\n' "$load" "$cpu" "$settle_cpu" "$((SECONDS - t0))" "$busy" >"$dir/$file.load"
  # sampled only once JMeter writes results: Maven's start-up before is not the run
  rm -f "$ROOT/jmeter/target/jmeter/results/$2.csv" "$dir/$file.ticks"
  (n=0
  while :; do
    if [ -f "$ROOT/jmeter/target/jmeter/results/$2.csv" ]; then
      [ -f "$dir/$file.ticks" ] || bench_services_ticks "$piddir" >"$dir/$file.ticks" || true
      [ $((n % 3)) != 0 ] || bench_load1
      n=$((n + 1))
    fi
    sleep 1
  done) >"$dir/$file.during" 2>/dev/null 9>&- &
  sampler=$!
  step "$file: $5 threads, $6 s, $host:$3 (CPUs $cpu % busy, load $load before$([ "$busy" = false ] || echo "; busy"))"
  bench_run "$2" "$3" "$4" "$5" "$6" 100 >"$dir/$file.log" 2>&1 || info "run failed: see $dir/$file.log"
  ticks1=$(bench_services_ticks "$piddir") || true
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  echo "during=$(paste -sd' ' "$dir/$file.during")" >>"$dir/$file.load"
  if ticks0=$(cat "$dir/$file.ticks" 2>/dev/null) && [ -n "$ticks0" ] && [ -n "$ticks1" ]; then
    hz=$(getconf CLK_TCK)
    echo "services_cpu_seconds=$(awk -v t="$((ticks1 - ticks0))" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz }')" >>"$dir/$file.load"
  fi
  rm -f "$dir/$file.during" "$dir/$file.ticks"
  sed -n '/^==> /,/^\[INFO\]/p' "$dir/$file.log" | grep -v '^\[INFO\]' || true
  info "load during: $(sed -n 's/^during=//p' "$dir/$file.load")"
  cp "$ROOT/jmeter/target/jmeter/results/$2.csv" "$dir/$file.csv" 2>/dev/null || info "no results for $file"
}
cmd_bench() {
  local plan=${1:-} host=127.0.0.1 port=$GATEWAY_PORT portal_port=$PORTAL_PORT search_port=$SEARCH_PORT threads="" duration="" ramp="" tput="" data=""
  local max_err="" db=$MALL_DB_NAME note="" plans=() mvn_extra=() p rounds=2 settle_cpu=20 settle_wait=60
  local offset=20000 warmup="" markdown="" with_web="" keep_b="" compare_args=()
  [ -n "$plan" ] || die "bench what?" "./mall bench <plan>|baseline; plans: $(bench_plans)"
  case "$plan" in -*) usage_error "the plan comes first: ./mall bench <plan>|baseline [options] (got option '$plan')" bench ;; esac
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --threads | --duration | --ramp-up | --throughput | --host | --port | --portal-port | --search-port | --data | --max-error-percent | --db | --note | \
        --rounds | --settle-cpu | --settle-wait | --offset | --warmup)
        need_value "$1" $# "${2:-}" ;;
    esac
    case "$1" in
      --threads) threads=$2; shift ;;
      --duration) duration=$2; shift ;;
      --ramp-up) ramp=$2; shift ;;
      --throughput) tput=$2; shift ;;
      --host) host=$2; shift ;;
      --port) port=$2; shift ;;
      --portal-port) portal_port=$2; shift ;;
      --search-port) search_port=$2; shift ;;
      --data) data=$(cd "$2" && pwd) || die "no data folder $2" "give the folder holding members.csv and products.csv"; shift ;;
      --max-error-percent) max_err=$2; shift ;;
      --db) db=$2; shift ;;
      --note) note=$2; shift ;;
      --rounds) rounds=$2; shift ;;
      --settle-cpu) settle_cpu=$2; shift ;;
      --settle-wait) settle_wait=$2; shift ;;
      --offset) offset=$2; shift ;;
      --warmup) warmup=$2; shift ;;
      --markdown) markdown=yes ;;
      --with-web) with_web=yes ;;
      --keep-b) keep_b=yes ;;
      -D?*) mvn_extra+=("$1") ;;
      -*) usage_error "unknown option for bench: $1" bench ;;
      *) [ "$plan" = compare ] || [ "$plan" = exercise ] || usage_error "bench runs one plan (got '$plan' and '$1')" bench
        compare_args+=("$1") ;; # compare: the ref, then its plans; exercise: the name, then its plans
    esac
    shift
  done
  [[ $rounds =~ ^[1-9][0-9]*$ ]] || usage_error "--rounds takes a whole number from 1 (got '$rounds')" bench
  [[ $settle_wait =~ ^[0-9]+$ ]] || usage_error "--settle-wait takes seconds (got '$settle_wait')" bench
  [[ $warmup =~ ^[0-9]*$ ]] || usage_error "--warmup takes seconds (got '$warmup')" bench
  if ! [[ $settle_cpu =~ ^[0-9]+$ ]] || [ "$settle_cpu" -lt 1 ] || [ "$settle_cpu" -gt 100 ]; then
    usage_error "--settle-cpu takes a percentage from 1 to 100 (got '$settle_cpu')" bench
  fi
  if [ "$plan" != baseline ] && [ "$plan" != compare ] && [ "$plan" != exercise ] && [ ! -f "$ROOT/jmeter/src/test/jmeter/$plan.jmx" ]; then
    die "no plan jmeter/src/test/jmeter/$plan.jmx" "plans: $(bench_plans)"
  fi
  find_jdk || die "no JDK >= 17 found" "run './mall up' once (it installs one), or set JAVA_HOME"
  if [ -z "$data" ]; then
    data="$ROOT/jmeter/data"
    if [ ! -f "$data/members.csv" ]; then
      data="$ROOT/jmeter/data/seed"
      info "no generated data in jmeter/data (./mall data writes it): using the seed CSVs (2 members; order plans need one member per thread)"
    fi
  fi
  for p in members.csv products.csv; do [ -f "$data/$p" ] || die "$data/$p is missing" "run './mall data' or pass --data jmeter/data/seed"; done
  port_open "$host" "$port" || die "nothing listens on $host:$port" "start the lab ('./mall up'), or point --host/--port at yours"
  bench_count() { # bench_count DB TABLE: row count, or ? when the database cannot be read
    mysql -N -B -h "$MALL_DB_HOST" -P "$MALL_DB_PORT" -u "$MALL_DB_USERNAME" -p"$MALL_DB_PASSWORD" "$1" \
      -e "select count(*) from $2" 2>/dev/null || echo "?"
  }
  # bench_run PLAN PORT gateway|direct THREADS DURATION MAX_ERR: one Maven run; its exit code. "direct" sends the
  # requests to PORT without the gateway's route prefix (/home/content, not /mall-portal/home/content).
  bench_run() {
    local bases=()
    [ "$3" = gateway ] || bases=(-DportalBase=/ -DsearchBase=/)
    (cd "$ROOT" && ./mvnw -B -pl jmeter -Pbench clean verify -Dscenario="$1" -Dhost="$host" -Dport="$2" \
      "${bases[@]}" -DdataDir="$data" ${4:+-Dthreads=$4} ${5:+-Dduration=$5} ${ramp:+-DrampUp=$ramp} \
      ${tput:+-Dthroughput=$tput} ${6:+-DmaxErrorPercent=$6} "${mvn_extra[@]}")
  }
  if [ "$plan" = compare ]; then bench_compare "${compare_args[@]}"; return; fi # bench-compare.sh
  if [ "$plan" = exercise ]; then bench_exercise "${compare_args[@]}"; return; fi # bench-exercise.sh
  if [ "$plan" != baseline ]; then
    step "JMeter plan '$plan' against $host:$port (data $data)"
    exec 9>&-
    local rc=0
    bench_run "$plan" "$port" gateway "$threads" "$duration" "$max_err" || rc=$?
    bench_mix_report "$plan"
    [ "$rc" -eq 0 ] || die "the '$plan' run failed (errors above the threshold, or JMeter did not run)" "read the summary above; the HTML dashboard is in jmeter/target/jmeter/reports/$plan/index.html"
    step "HTML dashboard: $ROOT/jmeter/target/jmeter/reports/$plan/index.html"
    return
  fi
  # Baseline: every interface plan at one fixed concurrency; the reads one service answers alone (home, product:
  # mall-portal; search: mall-search) in rounds, gateway then direct, so both variants see the same machine.
  threads=${threads:-20} duration=${duration:-60} warmup=${warmup:-300}
  local keep="$RUN/bench/baseline" started out="$ROOT/document/baseline.md" header half r load_start direct_port
  local plan_warmup=20
  rm -rf "$keep" && mkdir -p "$keep"
  started=$(date -u '+%Y-%m-%d %H:%M UTC')
  load_start=$(cut -d' ' -f1-3 /proc/loadavg)
  half=$((duration / 2 < 5 ? 5 : duration / 2))
  plans=(home login member-info category product search cart-add cart-list confirm-order generate-order pay order-list order-detail)
  exec 9>&-
  # A lab that has just started answers at a fraction of its speed for minutes (the JIT compiles the order path
  # last); the mixed plan touches every interface, then each plan gets a short run of its own (caches, pools).
  [ "$warmup" -gt 0 ] || plan_warmup=0
  if [ "$warmup" -gt 0 ]; then
    step "Warm-up: the mixed plan for $warmup s (not measured; --warmup 0 skips it)"
    bench_run mixed "$port" gateway "$threads" "$warmup" 100 >"$keep/warmup-mixed.log" 2>&1 || info "the warm-up failed: see $keep/warmup-mixed.log"
  fi
  for p in "${plans[@]}"; do
    if [ "$plan_warmup" -gt 0 ]; then
      bench_run "$p" "$port" gateway "$threads" "$plan_warmup" 100 >"$keep/warmup-$p.log" 2>&1 || info "the warm-up of $p failed: see $keep/warmup-$p.log"
    fi
    case "$p" in
      home | product | search)
        direct_port=$portal_port
        [ "$p" != search ] || direct_port=$search_port
        for r in $(seq 1 "$rounds"); do
          bench_measure "$p-g$r" "$p" "$port" gateway "$threads" "$half" "$keep"
          bench_measure "$p-d$r" "$p" "$direct_port" direct "$threads" "$half" "$keep"
        done ;;
      *) bench_measure "$p" "$p" "$port" gateway "$threads" "$duration" "$keep" ;;
    esac
  done
  header="$keep/header.md"
  {
    echo "# Baseline: throughput and latency per interface"
    echo
    echo "Written by \`./mall bench baseline\` on $started. Each interface's plan of \`jmeter/\` ran alone for"
    echo "$duration s with $threads threads (ramp-up ${ramp:-5} s), no think time, no throughput cap (home, product and search:"
    echo "$rounds rounds of $half s through the gateway, each followed by one straight to the service), after a warm-up"
    echo "$([ "$warmup" -gt 0 ] && echo "(the mixed plan for $warmup s, then each plan for $plan_warmup s, not measured)" || echo "(none: --warmup 0)");"
    echo "p50/p95/p99 are from every sample. Plans that need a cart line or an order create them per"
    echo "iteration; only the interface's own sampler is in the table (the full per-sampler summaries and"
    echo "HTML dashboards come from running a plan with \`./mall bench <plan>\`)."
    echo
    [ -z "$note" ] || { echo "**$note**"; echo; }
    echo "| | |"
    echo "|---|---|"
    # shellcheck source=/dev/null # /etc/os-release is the system's file, not one of ours to check
    echo "| machine | $(nproc) vCPU, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), load average (1, 5, 15 min) $load_start before the first run, $(cut -d' ' -f1-3 /proc/loadavg) after the last |"
    echo "| target | $host:$port (gateway), $host:$portal_port (mall-portal direct), $host:$search_port (mall-search direct) |"
    echo "| tracing | $(if lab_traced; then echo "on: the services report spans of $(svc_env mall-gateway MALL_TRACING_SAMPLING) of the requests to Zipkin; './mall up --no-tracing' measures without"; else echo "off (the services report no spans)"; fi) |"
    echo "| gateway flow limits | $(if [ "$(svc_env mall-gateway MALL_GATEWAY_FLOW_ENABLED)" = false ]; then echo "off (MALL_GATEWAY_FLOW_ENABLED=false): the gateway rows are its ceiling"; else echo "on (mall-gateway-flow-rules.json: 2,000 QPS for mall-portal and mall-search): where a gateway row reaches them, its errors are 429s and its req/s is not the gateway's ceiling; measure that with 'MALL_GATEWAY_FLOW_ENABLED=false ./mall restart gateway'"; fi) |"
    echo "| data | database \`$db\`: $(bench_count "$db" ums_member) members, $(bench_count "$db" pms_product) products, $(bench_count "$db" pms_sku_stock) SKUs, $(bench_count "$db" oms_order) orders before the run; CSVs from \`${data#"$ROOT"/}\` ($(($(wc -l <"$data/members.csv") - 1)) members, $(($(wc -l <"$data/products.csv") - 1)) products) |"
    echo "| versions | PerfLab Mall $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo ?), Spring Boot 4.0.9, $(java -version 2>&1 | head -1), JMeter 5.6.3 (jmeter-maven-plugin 3.8.0), $(mysql -N -B -h "$MALL_DB_HOST" -P "$MALL_DB_PORT" -u root -e 'select version()' 2>/dev/null || echo 'MariaDB ?'), Elasticsearch $ES_VERSION |"
    echo "| reproduce | \`./mall bench baseline --threads $threads --duration $duration$([ "$rounds" = 2 ] || echo " --rounds $rounds")$([ "$settle_cpu" = 20 ] || echo " --settle-cpu $settle_cpu")$([ "$settle_wait" = 60 ] || echo " --settle-wait $settle_wait")$([ "$warmup" = 300 ] || echo " --warmup $warmup")$([ "$port" = "$GATEWAY_PORT" ] || echo " --port $port --portal-port $portal_port --search-port $search_port")$([ "$db" = "$MALL_DB_NAME" ] || echo " --db $db")\` |"
  } >"$header"
  (cd "$ROOT" && ./mvnw -B -q -pl jmeter compile) || die "cannot compile jmeter/" "run ./mvnw -B -pl jmeter compile to see why"
  java -cp "$ROOT/jmeter/target/classes" com.perflab.mall.jmeter.BaselineReport "$keep" "$out" "$header"
  step "Baseline written to $out (raw results in $keep)"
}
