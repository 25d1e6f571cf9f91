# shellcheck shell=bash
# `./mall bench exercise <name> [plan...]`: what an exercise costs. The running lab measured with the exercise off
# (A, the tuned system) and on (B), the same plans in turn A B, B A, ... like `bench compare`, each switch followed
# by an unmeasured warm-up (a switch may restart the service: its JIT starts cold), then CompareReport's table of
# throughput, p50/p99 and errors with the ratio B/A. The exercise is left as it was found.
# Called by cmd_bench, whose options and run functions it uses (see bench-compare.sh for the list).

bench_exercise() { # bench_exercise NAME [PLAN...]
  local name=${1:-} was plan r results w label_a label_b
  [ -n "$name" ] || usage_error "which exercise? ./mall bench exercise <name> [plan...]" bench
  exercise_known "$name"
  shift
  local eplans=("$@")
  [ ${#eplans[@]} -gt 0 ] || read -ra eplans <<<"$(exercise_get "$name" plan)"
  [ ${#eplans[@]} -gt 0 ] || die "exercise $name names no plan" "give one: ./mall bench exercise $name <plan>"
  for plan in "${eplans[@]}"; do
    [ -f "$ROOT/jmeter/src/test/jmeter/$plan.jmx" ] || die "no plan jmeter/src/test/jmeter/$plan.jmx" "plans: $(bench_plans)"
  done
  threads=${threads:-$(exercise_get "$name" threads)} threads=${threads:-10} duration=${duration:-30}
  local props
  read -ra props <<<"$(exercise_get "$name" bench)"
  mvn_extra+=(${props[@]+"${props[@]}"}) # the exercise's own JMeter properties (bench_run passes mvn_extra)
  w=${warmup:-30}
  if exercise_is_on "$name"; then was=on; else was=off; fi
  results="$RUN/bench/exercise/$name"
  rm -rf "$results" && mkdir -p "$results"
  # switch: the exercise's own command (restarts what it must), then the warm-up of every plan
  bench_exercise_set() {
    exercise_switch "$name" "$1" >"$results/switch-$1.log" 2>&1 || { cat "$results/switch-$1.log"; die "switching $name $1 failed (above)" "fix the cause, then './mall exercise $name off'"; }
    info "exercise $name $1$([ "$w" -gt 0 ] && echo ", warm-up $w s per plan")"
    if [ "$w" -gt 0 ]; then
      for plan in "${eplans[@]}"; do
        bench_run "$plan" "$port" gateway "$threads" "$w" 100 >"$results/$plan-warmup-$1.log" 2>&1 || info "warm-up failed: see $results/$plan-warmup-$1.log"
      done
    fi
  }
  exec 9>&-
  for r in $(seq 1 "$rounds"); do
    local order=(off on)
    [ $((r % 2)) = 1 ] || order=(on off)
    local state
    for state in "${order[@]}"; do
      bench_exercise_set "$state"
      for plan in "${eplans[@]}"; do
        bench_measure "$plan-$([ "$state" = off ] && echo A || echo B)$r" "$plan" "$port" gateway "$threads" "$duration" "$results"
      done
    done
  done
  step "Leaving exercise $name $was, as it was found"
  exercise_switch "$name" "$was" >"$results/switch-back.log" 2>&1 || cat "$results/switch-back.log"

  (cd "$ROOT" && ./mvnw -B -q -pl jmeter compile) || die "cannot compile jmeter/" "run ./mvnw -B -pl jmeter compile to see why"
  label_a="tuned ($name off)"
  label_b="$name on"
  java -cp "$ROOT/jmeter/target/classes" com.perflab.mall.jmeter.CompareReport "$results" markdown "$label_a" "$label_b" "${eplans[@]}" >"$results/report.md"
  java -cp "$ROOT/jmeter/target/classes" com.perflab.mall.jmeter.CompareReport "$results" text "$label_a" "$label_b" "${eplans[@]}" >"$results/report.txt"
  step "A/B: $threads threads, $duration s per run, $rounds round(s), a warm-up of $w s after each switch (results in ${results#"$ROOT"/})"
  if [ -n "$markdown" ]; then cat "$results/report.md"; else cat "$results/report.txt"; fi
}
