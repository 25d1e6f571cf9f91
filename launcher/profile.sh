# shellcheck shell=bash
# The command profile: a flame graph of one running service, by async-profiler (from Maven Central) loaded into
# the JVM with jcmd, else by the JDK's Flight Recorder.
profile_usage() {
  cat <<EOF
Usage: ./mall profile <service> [--seconds N] [--event cpu|alloc|lock|wall] [--pid PID] [--out DIR] [--jfr]

Records a running service for N seconds and writes a flame graph (HTML: open it in a browser) and its top
frames as text (the frames where the samples were taken, by self time, then the hottest stacks). The profiler
is async-profiler $ASYNC_PROFILER_VERSION (tools.profiler:async-profiler on Maven Central, unpacked once into
$MALL_HOME), loaded into the running JVM with jcmd: nothing restarts, and it stops when the recording ends.
Where it cannot be loaded, the JDK's Flight Recorder records instead (cpu only; it says so, and writes a .jfr file
and its top frames: open the .jfr in JDK Mission Control for the flame graph). Put load on the service while
it records, e.g. './mall bench home' in a second terminal.
Services: $(all_services | paste -sd" " -)

  --seconds N      how long to record [30]
  --event E        cpu: where the CPU time goes (default); alloc: who allocates; lock: who waits for
                   monitors and locks; wall: where the threads are, running or waiting (every thread)
  --pid PID        record this JVM instead of the lab's <service> (a copy started by 'bench compare' ...)
  --out DIR        where the files go [.run/profiles]
  --jfr            record with the Flight Recorder even where async-profiler works (cpu only)
EOF
}

# profiler_lib: the path of libasyncProfiler.so for this machine, unpacked from the Maven Central jar on first use
profiler_lib() {
  local dir="$MALL_HOME/async-profiler-$ASYNC_PROFILER_VERSION" arch tmp
  case "$(uname -m)" in
    x86_64) arch=linux-x64 ;;
    aarch64) arch=linux-arm64 ;;
    *) return 1 ;;
  esac
  if [ ! -f "$dir/$arch/libasyncProfiler.so" ]; then
    step "Fetching async-profiler $ASYNC_PROFILER_VERSION from Maven Central (through the Maven wrapper)" >&2
    ensure_mall_home
    tmp=$(maven_fetch "tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION") || return 1
    unzip -q -o "$tmp/async-profiler-$ASYNC_PROFILER_VERSION.jar" "$arch/*" -d "$tmp/lib" || { rm -rf "$tmp"; return 1; }
    rm -rf "$dir" && mv "$tmp/lib" "$dir" && rm -rf "$tmp"
  fi
  echo "$dir/$arch/libasyncProfiler.so"
}

# profiler_cmd PID LIB ACTION: hand one command to async-profiler inside the JVM; 1 when jcmd reports a failure.
# jcmd reads name=value words as its own options, so the agent's option string goes inside quotes.
profiler_cmd() {
  local out
  out=$(jcmd "$1" JVMTI.agent_load "$2" "\"$3\"" 2>&1) || { printf '%s\n' "$out" >&2; return 1; }
  case "$out" in *"return code: 0"*) return 0 ;; *) printf '%s\n' "$out" >&2; return 1 ;; esac
}

cmd_profile() {
  local svc="" seconds=30 event=cpu pid="" out="$RUN/profiles" stamp base lib ap_event jfr=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --seconds | --event | --pid | --out) need_value "$1" $# "${2:-}" ;;
    esac
    case "$1" in
      --seconds) seconds=$2; shift ;;
      --event) event=$2; shift ;;
      --pid) pid=$2; shift ;;
      --out) out=$2; shift ;;
      --jfr) jfr=yes ;;
      -*) usage_error "unknown option for profile: $1" profile ;;
      *) [ -z "$svc" ] || usage_error "profile records one service (got '$svc' and '$1')" profile
        svc=$1 ;;
    esac
    shift
  done
  [ -n "$svc" ] || usage_error "profile which service? ./mall profile <service>; services: $(all_services | paste -sd" " -)" profile
  svc_port "$svc" >/dev/null || usage_error "no service '$svc'; services: $(all_services | paste -sd" " -)" profile
  [[ $seconds =~ ^[1-9][0-9]*$ ]] || usage_error "--seconds takes a whole number from 1 (got '$seconds')" profile
  case "$event" in
    cpu | alloc | lock | wall) ap_event=$event ;;
    *) usage_error "--event takes cpu, alloc, lock or wall (got '$event')" profile ;;
  esac
  find_jdk || die "no JDK >= 17 found" "run './mall up' once (it installs one), or set JAVA_HOME"
  if [ -z "$pid" ]; then
    pid=$(svc_pid "$svc") || die "$svc is not running (no process from ./mall up)" "start it: ./mall up (or --pid PID for a JVM started otherwise)"
  else
    if ! [[ $pid =~ ^[0-9]+$ ]] || [ ! -e "/proc/$pid" ]; then
      die "no process $pid" "give the pid of a running JVM (jcmd -l lists them)"
    fi
  fi
  mkdir -p "$out" || die "cannot create $out" "give a folder you can write with --out"
  out=$(cd "$out" && pwd) # the JVM writes the files: it needs an absolute path
  stamp=$(date +%Y%m%d-%H%M%S)
  base="$out/$svc-$event-$stamp"

  if [ -z "$jfr" ] && lib=$(profiler_lib) && profiler_cmd "$pid" "$lib" "start,event=$ap_event,interval=$([ "$event" = wall ] && echo 5ms || echo 1ms)"; then
    step "Recording $svc (pid $pid) with async-profiler, event $event, for $seconds s"
    sleep "$seconds"
    # the text first (dump keeps recording), then the flame graph, which stops the profiler
    profiler_cmd "$pid" "$lib" "dump,flat=30,traces=10,file=$base.txt" || info "no top-frames text (jcmd output above)"
    profiler_cmd "$pid" "$lib" "stop,file=$base.html" || die "async-profiler did not write the flame graph" "the service's log may say why: ./mall logs $svc"
    [ -s "$base.html" ] || die "async-profiler wrote no flame graph to $base.html" "the service's log may say why: ./mall logs $svc"
    step "Flame graph: $base.html"
    if [ -s "$base.txt" ]; then
      info "top frames (self time): $base.txt"
      awk '/ns +percent +samples +top/ { f = 1 } f && n++ < 14 { print "    " $0 }' "$base.txt"
    fi
    return 0
  fi
  # Fallback: the Flight Recorder is in every JDK; its method samples are CPU samples of running Java code
  [ "$event" = cpu ] || die "the Flight Recorder records cpu only here$([ -n "$jfr" ] || echo ", and async-profiler could not be loaded into pid $pid (output above)")" "rerun with --event cpu$([ -n "$jfr" ] || echo ", or start the service with -agentpath:<libasyncProfiler.so>")"
  [ -n "$jfr" ] || info "async-profiler could not be loaded into pid $pid (output above): recording with the JDK's Flight Recorder instead"
  jcmd "$pid" JFR.start name=mall-profile settings=profile duration="${seconds}s" filename="$base.jfr" >/dev/null ||
    die "neither async-profiler nor the Flight Recorder could record pid $pid" "is it a JVM of this user? (jcmd -l lists them)"
  step "Recording $svc (pid $pid) with the Flight Recorder for $seconds s"
  sleep "$((seconds + 2))"
  wait_until 30 test -s "$base.jfr" || die "the Flight Recorder wrote nothing to $base.jfr" "the service's log may say why: ./mall logs $svc"
  {
    echo "--- Flight Recorder method samples: the frame each was taken in (self time) ---"
    echo " samples  percent  frame"
    jfr print --events jdk.ExecutionSample --stack-depth 1 "$base.jfr" |
      awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); n[$0]++; total++ }
        END { for (f in n) printf "%8d %7.2f%%  %s\n", n[f], 100 * n[f] / total, f }' | sort -k1,1nr | head -n 40
  } >"$base.txt"
  step "Recording: $base.jfr (no flame graph from the fallback: open it in JDK Mission Control)"
  info "top frames: $base.txt"
  sed -n '1,15p' "$base.txt" | sed 's/^/    /'
}
