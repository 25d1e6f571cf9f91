# shellcheck shell=bash
# Helpers of every part of ./mall: output and errors, argument checks, ports, processes, the lock.

# ---- output and errors ----
step() { printf '==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() { # die CAUSE [FIX]
  printf 'ERROR: %s\n' "$1" >&2
  if [ -n "${2:-}" ]; then printf '  fix: %s\n' "$2" >&2; fi
  exit 1
}
usage_error() { # usage_error CAUSE COMMAND: a wrong command line, exit 2 (die's 1 is for a failed action)
  printf 'ERROR: %s\n' "$1" >&2
  printf '  fix: see ./mall %s--help\n' "${2:+$2 }" >&2
  exit 2
}
wants_help() { # wants_help ARG...: true when one of them asks for help
  local a
  for a in "$@"; do case "$a" in -h | --help) return 0 ;; esac; done
  return 1
}
no_args() { # no_args COMMAND ARG...: for the commands that take none
  local cmd=$1
  shift
  if [ $# -gt 0 ]; then
    case "$1" in -*) usage_error "unknown option for $cmd: $1" "$cmd" ;; *) usage_error "$cmd takes no argument (got '$1')" "$cmd" ;; esac
  fi
}
need_value() { # need_value OPTION ARGS_LEFT VALUE: an option that takes a value must be followed by one
  if [ "$2" -lt 2 ] || [[ $3 == --* ]]; then usage_error "option $1 needs a value" "${CMD:-}"; fi
}

# ---- small helpers ----
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
is_local() { case "$1" in 127.0.0.1 | localhost | ::1) return 0 ;; *) return 1 ;; esac; }
systemd_running() { [ -d /run/systemd/system ]; } # the sd_booted() test; false in containers
port_open() { timeout 2 bash -c ": </dev/tcp/$1/$2" 2>/dev/null; }
uri_hostport() { # URI DEFAULT_PORT -> "host port" of the first host in an http:// or mongodb:// URI
  local h=${1#*://}
  h=${h#*@} h=${h%%[/?]*} h=${h%%,*}
  case "$h" in *:*) echo "${h%:*} ${h##*:}" ;; *) echo "$h $2" ;; esac
}
port_owner() { # which process listens on a local port, for error messages
  local who=""
  if have ss; then
    who=$(ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | sort -u | paste -sd, -)
  fi
  echo "${who:-an unknown process (run as root to see which: ss -ltnp)}"
}
wait_until() { # wait_until SECONDS COMMAND...: poll once a second
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    if [ "$SECONDS" -ge "$deadline" ]; then return 1; fi
    sleep 1
  done
}
show_tail() { # show_tail FILE [LINES]
  if [ -f "$1" ]; then
    printf -- '---- last %s lines of %s ----\n' "${2:-40}" "$1" >&2
    tail -n "${2:-40}" "$1" >&2
    printf -- '----\n' >&2
  else
    printf '(no log at %s)\n' "$1" >&2
  fi
}
pid_is() { # pid_is PID PATTERN: alive and its command line contains PATTERN (guards against reused pids)
  local cmd
  [[ $1 =~ ^[0-9]+$ ]] || return 1
  cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") || return 1 # a zombie has an empty cmdline
  [[ $cmd == *"$2"* ]]
}
pid_from() { # pid_from PIDFILE PATTERN: print the pid from the file if pid_is
  local pid
  [ -r "$1" ] || return 1
  pid=$(<"$1")
  pid_is "$pid" "$2" && echo "$pid"
}
pid_gone() { [ ! -e "/proc/$1" ] || grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }
stop_proc() { # stop_proc LABEL PID: TERM, then KILL after MALL_STOP_TIMEOUT
  step "Stopping $1 (pid $2)"
  kill -TERM "$2" 2>/dev/null || die "cannot signal $1 (pid $2)" "run ./mall as root or as the user that started it"
  if ! wait_until "$MALL_STOP_TIMEOUT" pid_gone "$2"; then
    info "still running after $MALL_STOP_TIMEOUT s, sending KILL"
    kill -KILL "$2" 2>/dev/null || true
    wait_until 10 pid_gone "$2" || die "$1 (pid $2) survives KILL" "check 'ps -o stat,args -p $2' (stuck in uninterruptible I/O?)"
  fi
}
stop_pid() { # stop_pid LABEL PIDFILE PATTERN
  local pid
  if pid=$(pid_from "$2" "$3"); then stop_proc "$1" "$pid"; else info "$1: not running"; fi
  rm -f "$2" 2>/dev/null || true
}

# ---- Java processes (embedded MongoDB, services) ----
launch_java() { # launch_java NAME JAR "JAVA_OPTS": background, own session, log + pid file
  local name=$1 jar=$2 run="$JARS/$1.jar" opts=() args=()
  # a list of JVM options; then those of the exercises that are on (later options win), and their Spring arguments
  read -ra opts <<<"$3 $(exercise_jvm_opts "$name")"
  read -ra args <<<"$(exercise_args "$name")"
  # run a copy: a rebuild rewrites target/*.jar in place, which would break the running JVM
  cp "$jar" "$run.tmp" && mv -f "$run.tmp" "$run"
  if [ -f "$LOGS/$name.log" ]; then mv -f "$LOGS/$name.log" "$LOGS/$name.log.1"; fi
  tracing_env # report spans to the lab's Zipkin when it runs (tracing.sh)
  # setsid: Ctrl-C in this terminal does not reach it; nohup: it survives logout
  SPRING_PROFILES_ACTIVE="$MALL_PROFILE" nohup setsid java "${opts[@]}" -jar "$run" ${args[@]+"${args[@]}"} </dev/null >"$LOGS/$name.log" 2>&1 9>&- &
  echo $! >"$PIDS/$name.pid"
}

# ---- the lock ----
lock() { # one mutating ./mall at a time
  if ! mkdir -p "$RUN" 2>/dev/null || ! { exec 9>"$RUN/.lock"; } 2>/dev/null; then
    die "cannot write to $RUN (owner: $(stat -c %U "$RUN" 2>/dev/null || echo ?))" "run ./mall as that user (or with sudo), or 'sudo chown -R $(id -un) $RUN'"
  fi
  # (every daemon we start gets 9>&-, or it would hold the lock forever)
  flock -n 9 || die "another ./mall command is running in $ROOT" "wait for it to finish, or find the holder: fuser -v $RUN/.lock"
}
