# shellcheck shell=bash
# A second copy of the services, from any build's jars, on the standard ports + an offset, finding each other
# there: jmeter/side-lab.sh (its own database) and `./mall bench compare` (the ref's build, on the running
# lab's database) both start and stop theirs with these. Needs SERVICES (service-list.sh). What a copy
# connects to comes from the caller's environment (MALL_DB_NAME, MALL_SEARCH_INDEX_ALIAS, MALL_MONGODB_URI,
# MALL_JWT_SECRET, MALL_IDENTITY_SECRET, ...), exactly as for the standard lab.

copy_healthy() { curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }

# Simple discovery names the standard ports; every copy (the gateway, and cart -> portal) must find the other
# copies instead.
copy_discovery_args() { # copy_discovery_args OFFSET: one --spring.cloud... argument per line
  local s
  for s in "${SERVICES[@]}"; do
    printf -- '--spring.cloud.discovery.client.simple.instances.%s[0].uri=http://127.0.0.1:%s\n' "${s%%:*}" "$((${s##*:} + $1))"
  done
}

# copy_start BUILD_ROOT OFFSET RUN_DIR "JAVA_OPTS" [with-exercises]: start every service from
# BUILD_ROOT/<name>/target/<name>.jar that is not up yet (log and pid in RUN_DIR), then wait up to 240 s for all to
# be UP; 1 with the cause on stderr when a jar is missing or a service does not come up. with-exercises: each
# service also gets the JVM options and arguments of the lab's exercises that are on, as launch_java gives them
copy_start() {
  local build=$1 offset=$2 run=$3 exercises=${5:-} s name port jar java_opts disc opts args
  read -ra java_opts <<<"$4" # a list of JVM options
  mkdir -p "$run"
  mapfile -t disc < <(copy_discovery_args "$offset")
  for s in "${SERVICES[@]}"; do
    name=${s%%:*} port=$((${s##*:} + offset)) jar="$build/$name/target/$name.jar"
    [ -f "$jar" ] || { echo "ERROR: $jar missing; fix: build it (./mvnw -B -q package -DskipTests in $build)" >&2; return 1; }
    if copy_healthy "$port"; then echo "    $name already up on $port"; continue; fi
    opts=("${java_opts[@]}") args=()
    if [ "$exercises" = with-exercises ]; then
      read -ra opts <<<"$4 $(exercise_jvm_opts "$name")"
      read -ra args <<<"$(exercise_args "$name")"
    fi
    echo "==> Starting $name on $port (log $run/$name.log)"
    nohup setsid java "${opts[@]}" -jar "$jar" --server.port="$port" "${disc[@]}" ${args[@]+"${args[@]}"} </dev/null >"$run/$name.log" 2>&1 9>&- &
    echo $! >"$run/$name.pid"
  done
  for s in "${SERVICES[@]}"; do
    name=${s%%:*} port=$((${s##*:} + offset))
    for _ in $(seq 1 240); do
      copy_healthy "$port" && break
      # stop waiting for a copy that has exited
      [ -f "$run/$name.pid" ] && [ ! -e "/proc/$(<"$run/$name.pid")" ] && break
      sleep 1
    done
    copy_healthy "$port" || { echo "ERROR: $name not healthy on $port; fix: read $run/$name.log" >&2; return 1; }
    echo "    $name UP on $port"
  done
}

copy_stop() { # copy_stop BUILD_ROOT RUN_DIR: stop the copies started from BUILD_ROOT's jars (pid files in RUN_DIR)
  local s name pid
  for s in "${SERVICES[@]}"; do
    name=${s%%:*}
    [ -f "$2/$name.pid" ] || continue
    pid=$(<"$2/$name.pid")
    # only our own process: the pid must still run that build's jar
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$1/$name/target/$name.jar"; then
      echo "==> Stopping $name (pid $pid)"
      kill "$pid"
    fi
    rm -f "$2/$name.pid"
  done
}

copy_status() { # copy_status OFFSET
  local s port
  for s in "${SERVICES[@]}"; do
    port=$((${s##*:} + $1))
    printf '%-14s %-6s %s\n' "${s%%:*}" "$port" "$(copy_healthy "$port" && echo UP || echo down)"
  done
}
