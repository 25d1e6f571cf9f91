# shellcheck shell=bash
# `./mall bench compare <git-ref> [plan...]`: did a change help? The running lab (A) against the build of a
# ref (B), started beside it (lab-copy.sh), the same plans in turn A B, B A, A B, ... (a drift of the machine
# during the rounds then weighs on both alike), each after the settle wait of bench_measure (bench.sh).
# Called by cmd_bench, whose options and run functions (bench_run, bench_measure) it uses: host port threads
# duration ramp tput data mvn_extra rounds settle_cpu settle_wait offset warmup markdown with_web keep_b are
# cmd_bench's locals.

# The default warm-up of a plan (--warmup overrides it). B's JVMs have just started while A has been running.
# Measured on 2 cores (December 2026): a fresh gateway needed 60-90 s of home-page load to reach the running one
# (with 20 s the same build measured B/A 0.55); the order path needs minutes: with 90 s, generate-order gave
# B/A 0.45 for the same build (B 46-53 orders/s against A 107-111), and a fresh B climbed from ~30 to ~118
# orders/s over a 300 s warm-up.
compare_warmup() { # compare_warmup PLAN: seconds
  case "$1" in
    home | product | category | search | login | member-info) echo 90 ;;
    *) echo 300 ;; # the plans that write: cart, order, pay, mixed, stability
  esac
}

bench_compare() { # bench_compare REF [PLAN...]
  local ref=${1:-} sha short dir results brun bport plan r label_a label_b web=-Dmall.web.skip=true
  [ -n "$ref" ] || usage_error "compare what? ./mall bench compare <git-ref> [plan...]" bench
  shift
  local cplans=("$@")
  [ ${#cplans[@]} -gt 0 ] || cplans=(home)
  for plan in "${cplans[@]}"; do
    [ -f "$ROOT/jmeter/src/test/jmeter/$plan.jmx" ] || die "no plan jmeter/src/test/jmeter/$plan.jmx" "plans: $(bench_plans)"
  done
  threads=${threads:-10} duration=${duration:-30}
  sha=$(git -C "$ROOT" rev-parse --verify --quiet "$ref^{commit}") || die "'$ref' is not a commit here" "give a branch, tag or sha: git log --oneline"
  short=${sha:0:10}
  dir="$RUN/bench/compare/$sha" results="$RUN/bench/compare/results-$short" brun="$RUN/bench/compare/run-$short"
  bport=$((port + offset))
  [ "$host" = 127.0.0.1 ] || is_local "$host" || die "compare starts B on this machine, so A must be local too (got --host $host)" "run it on the lab's machine"

  # B's build: a worktree of the ref (kept: a second compare against it skips the build)
  if [ ! -e "$dir/.git" ]; then
    step "Worktree of $ref ($short) in ${dir#"$ROOT"/}"
    mkdir -p "${dir%/*}"
    git -C "$ROOT" worktree add --detach "$dir" "$sha" >/dev/null || die "cannot create the worktree $dir" "git worktree prune, then retry"
  fi
  if [ ! -f "$dir/mall-gateway/target/mall-gateway.jar" ] || [ ! -f "$dir/.built" ]; then
    # mall-web's npm build is the slow part and no plan requests a page: skipped unless --with-web
    [ -z "$with_web" ] || web=-Dmall.web.skip=false
    step "Building $short (./mvnw -B -q package -DskipTests $web)"
    (cd "$dir" && ./mvnw -B -q package -DskipTests "$web") ||
      die "the build of $ref failed (Maven output above)" "fix or pick another ref; the worktree is $dir"
    touch "$dir/.built"
  fi

  # B beside the running lab: same middleware, database, search index and MongoDB; the lab's settings
  ensure_secrets
  tracing_env # B traces when A's lab does (tracing.sh), so both pay the same for it
  step "Starting B ($short) on the standard ports + $offset (logs in ${brun#"$ROOT"/})"
  # stop B however this ends (a failed run, Ctrl-C), unless asked to keep it
  # (the paths are expanded now: when a failure exits from deeper down, this function's locals are gone)
  # shellcheck disable=SC2064
  [ -n "$keep_b" ] || trap "copy_stop $(printf '%q %q' "$dir" "$brun")" EXIT
  # the exercises that are on apply to B as to A (SQL ones through the shared database, the others here): compare
  # measures the code, not a difference of settings
  [ -z "$(exercises_on)" ] || info "B runs with the exercises that are on, as A does: $(exercises_on | tr '\n' ' ')"
  SPRING_PROFILES_ACTIVE="$MALL_PROFILE" copy_start "$dir" "$offset" "$brun" "$MALL_JAVA_OPTS" with-exercises ||
    die "B did not start (cause above)" "read the logs in $brun"

  rm -rf "$results" && mkdir -p "$results"
  exec 9>&-
  local w warmups=()
  for plan in "${cplans[@]}"; do
    w=${warmup:-$(compare_warmup "$plan")}
    warmups+=("$plan $w s")
    if [ "$w" -gt 0 ]; then
      step "$plan: warm-up of A and B ($w s each, not measured)"
      bench_run "$plan" "$port" gateway "$threads" "$w" 100 >"$results/$plan-warmup-A.log" 2>&1 || info "warm-up of A failed: see $results/$plan-warmup-A.log"
      bench_run "$plan" "$bport" gateway "$threads" "$w" 100 >"$results/$plan-warmup-B.log" 2>&1 || info "warm-up of B failed: see $results/$plan-warmup-B.log"
    fi
    for r in $(seq 1 "$rounds"); do
      if [ $((r % 2)) = 1 ]; then
        bench_measure "$plan-A$r" "$plan" "$port" gateway "$threads" "$duration" "$results"
        bench_measure "$plan-B$r" "$plan" "$bport" gateway "$threads" "$duration" "$results" "$brun"
      else
        bench_measure "$plan-B$r" "$plan" "$bport" gateway "$threads" "$duration" "$results" "$brun"
        bench_measure "$plan-A$r" "$plan" "$port" gateway "$threads" "$duration" "$results"
      fi
    done
  done

  (cd "$ROOT" && ./mvnw -B -q -pl jmeter compile) || die "cannot compile jmeter/" "run ./mvnw -B -pl jmeter compile to see why"
  label_a="the running lab ($host:$port)"
  label_b="$ref = $short ($host:$bport)"
  java -cp "$ROOT/jmeter/target/classes" com.perflab.mall.jmeter.CompareReport "$results" markdown "$label_a" "$label_b" "${cplans[@]}" >"$results/report.md"
  java -cp "$ROOT/jmeter/target/classes" com.perflab.mall.jmeter.CompareReport "$results" text "$label_a" "$label_b" "${cplans[@]}" >"$results/report.txt"
  step "A/B: $threads threads, $duration s per run, $rounds round(s) after a warm-up ($(IFS=,; echo "${warmups[*]}")) (results in ${results#"$ROOT"/})"
  if [ -n "$markdown" ]; then cat "$results/report.md"; else cat "$results/report.txt"; fi
  if [ -n "$keep_b" ]; then
    info "B left running on $host:$bport; stop it: kill the pids in $brun/*.pid"
  else
    copy_stop "$dir" "$brun"
    trap - EXIT
  fi
}
