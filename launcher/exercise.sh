# shellcheck shell=bash
# `./mall exercise`: the course's bottlenecks, switched on and off by configuration or a reversible SQL change
# (exercises/<name>.conf, format in exercises/README.md). The state is one file per exercise that is on, in
# $RUN/exercises, so `down` and `up` keep it; launch_java (common.sh) adds the JVM options and Spring arguments of
# every exercise that is on to the service it starts.

EXERCISES="$ROOT/exercises"
EXERCISE_STATE="$RUN/exercises"

exercise_usage() {
  cat <<EOF
Usage: ./mall exercise --list | status | <name> on|off | args <service>

Bottleneck exercises (document/exercises/<name>.md): each one switches a known defect on, for a student to find
with the evidence chain, fix and measure; 'off' restores the tuned system.

  --list            every exercise with its state and one line on what it does
  status            the exercises that are on (SQL ones also as the database sees them)
  <name> on|off     switch one: Spring arguments or JVM options of a service (restarted when it runs), or SQL
                    on the lab's database ($MALL_DB_NAME); the state is kept in .run/exercises/
  args <service>    the JVM options and Spring arguments the exercises that are on give that service

The state survives './mall down' and './mall up' ('up' names the exercises that are on).
EOF
}

exercise_names() { local f; for f in "$EXERCISES"/*.conf; do [ -e "$f" ] && basename "$f" .conf; done; }

exercise_get() { # exercise_get NAME KEY: the value of KEY in exercises/NAME.conf (empty when absent)
  sed -n "s/^$2=//p" "$EXERCISES/$1.conf" | head -n 1
}

exercise_is_on() { [ -f "$EXERCISE_STATE/$1" ]; }

exercises_on() { local n; for n in $(exercise_names); do exercise_is_on "$n" && echo "$n"; done; return 0; }

exercise_known() { # exercise_known NAME: dies naming the exercises when NAME is none of them
  if [ -z "$1" ] || [ ! -f "$EXERCISES/$1.conf" ]; then
    usage_error "no exercise '$1' (exercises: $(exercise_names | xargs))" exercise
  fi
}

# What launch_java adds to a service: the options of every exercise that is on, in name order.
exercise_jvm_opts() { local n; for n in $(exercises_on); do exercise_get "$n" "jvm.$1"; done | tr '\n' ' '; }
exercise_args() { local n; for n in $(exercises_on); do exercise_get "$n" "args.$1"; done | tr '\n' ' '; }

exercise_sql() { # exercise_sql [-N]: runs the SQL on stdin on the lab's database (-N: bare values)
  local client flags=()
  client=$(command -v mariadb || command -v mysql) || die "no mariadb/mysql client" "apt-get install mariadb-client (or run ./mall infra)"
  if [ "${1:-}" = -N ]; then flags=(-N -B); fi
  "$client" "${flags[@]}" -h "$MALL_DB_HOST" -P "$MALL_DB_PORT" -u "$MALL_DB_USERNAME" -p"$MALL_DB_PASSWORD" "$MALL_DB_NAME"
}

exercise_db_state() { # exercise_db_state NAME: "on"/"off" as the database sees it, "-" when there is no check
  local check answer
  check=$(exercise_get "$1" check)
  [ -n "$check" ] || { echo -; return; }
  answer=$(exercise_sql -N <<<"$check" 2>/dev/null) || { echo "unknown (database unreachable)"; return; }
  if [ "$answer" = 1 ]; then echo on; else echo off; fi
}

cmd_exercise() {
  local a=${1:-}
  case "$a" in
    --list | list) [ $# -eq 1 ] || usage_error "--list takes nothing more" exercise; exercise_list ;;
    status) [ $# -eq 1 ] || usage_error "status takes nothing more" exercise; exercise_status ;;
    args) [ $# -eq 2 ] || usage_error "args <service>" exercise
      local svc
      svc=$(svc_name "$2") || usage_error "unknown service '$2'" exercise
      printf 'jvm: %s\nargs: %s\n' "$(exercise_jvm_opts "$svc" | xargs)" "$(exercise_args "$svc" | xargs)" ;;
    "") usage_error "which exercise? (./mall exercise --list)" exercise ;;
    *) [ $# -eq 2 ] || usage_error "say on or off: ./mall exercise $a on|off" exercise
      exercise_known "$a"
      case "$2" in
        on | off) lock; exercise_switch "$a" "$2" ;;
        *) usage_error "on or off, not '$2'" exercise ;;
      esac ;;
  esac
}

exercise_list() {
  local n state
  for n in $(exercise_names); do
    if exercise_is_on "$n"; then state=ON; else state=off; fi
    printf '%-20s %-4s %s\n' "$n" "$state" "$(exercise_get "$n" title)"
  done
}

exercise_status() {
  local n db any=""
  for n in $(exercises_on); do
    any=yes
    db=$(exercise_db_state "$n")
    case "$db" in
      -) info "$n is on: $(exercise_get "$n" title)" ;;
      on) info "$n is on (the database agrees): $(exercise_get "$n" title)" ;;
      *) info "$n is on, but the database is $db: './mall exercise $n on' applies it again" ;;
    esac
  done
  for n in $(exercise_names); do
    if ! exercise_is_on "$n" && [ "$(exercise_db_state "$n")" = on ]; then
      any=yes
      info "$n is off, but the database still has it on: './mall exercise $n off' restores it"
    fi
  done
  [ -n "$any" ] || info "no exercise is on: the tuned system (./mall exercise --list)"
}

exercise_switch() { # exercise_switch NAME on|off
  local name=$1 to=$2 sql svc running=() stopped=()
  mkdir -p "$EXERCISE_STATE"
  step "Exercise $name $to: $(exercise_get "$name" title)"
  sql=$(exercise_get "$name" "sql.$to")
  if [ -n "$sql" ]; then
    if [ "$(exercise_db_state "$name")" = "$to" ]; then
      info "database $MALL_DB_NAME: already $to"
    else
      info "database $MALL_DB_NAME: exercises/$sql"
      exercise_sql <"$EXERCISES/$sql" || die "the SQL of exercises/$sql failed (output above)" "check that MariaDB runs and user $MALL_DB_USERNAME may ALTER tables of $MALL_DB_NAME (./mall infra)"
    fi
  fi
  if [ "$to" = on ]; then date -u +%FT%TZ >"$EXERCISE_STATE/$name"; else rm -f "$EXERCISE_STATE/$name"; fi
  for svc in $(exercise_get "$name" restart); do
    svc=$(svc_name "$svc")
    if svc_pid "$svc" >/dev/null; then running+=("$svc"); else stopped+=("$svc"); fi
  done
  if [ ${#running[@]} -gt 0 ]; then
    for svc in "${running[@]}"; do stop_service "$svc"; done
    start_services "${running[@]}"
    if [ "$(exercise_get "$name" reindex)" = yes ]; then import_search_index; fi
  fi
  [ ${#stopped[@]} -eq 0 ] || info "not running: ${stopped[*]} (takes effect when './mall up' starts it)"
  info "lesson: $(exercise_get "$name" lesson); './mall exercise status' lists what is on"
}

exercises_banner() { # one line for up and status: the exercises that are on, if any
  local on
  on=$(exercises_on | xargs)
  [ -z "$on" ] || info "Exercises on     ${on// /, } (./mall exercise status; './mall exercise <name> off' restores each)"
}
