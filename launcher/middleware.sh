# shellcheck shell=bash
# MariaDB, Redis and RabbitMQ (check, start, databases, users, vhost), and the command infra.
db_up() { # mysqladmin ping succeeds even on "access denied": it only proves a server answers
  if have mysqladmin; then
    MYSQL_PWD="$MALL_DB_PASSWORD" mysqladmin --protocol=tcp -h"$MALL_DB_HOST" -P"$MALL_DB_PORT" \
      -u"$MALL_DB_USERNAME" --connect-timeout=2 ping >/dev/null 2>&1
  else port_open "$MALL_DB_HOST" "$MALL_DB_PORT"; fi
}
redis_up() {
  have redis-cli || { port_open "$MALL_REDIS_HOST" "$MALL_REDIS_PORT"; return; }
  case "$(timeout 3 redis-cli -h "$MALL_REDIS_HOST" -p "$MALL_REDIS_PORT" ping 2>/dev/null)" in
    PONG | NOAUTH*) return 0 ;; # NOAUTH: a password-protected Redis is still up
    *) return 1 ;;
  esac
}
rabbit_up() { port_open "$MALL_RABBITMQ_HOST" "$MALL_RABBITMQ_PORT"; }

start_mariadb() {
  if systemd_running; then systemctl start mariadb; return; fi
  local bin=/usr/sbin/mariadbd
  [ -x "$bin" ] || bin=/usr/sbin/mysqld
  install -d -o mysql -g mysql /run/mysqld # socket/pid dir lives on tmpfs, gone after a reboot
  start-stop-daemon --start --oknodo --background --exec "$bin" -- --user=mysql
}
start_redis() {
  if systemd_running; then systemctl start redis-server; return; fi
  if [ -f /etc/redis/redis.conf ]; then
    # keep the packaged config (data dir, log); run as the owner of its data dir so file ownership stays right
    local owner=root
    [ -d /var/lib/redis ] && owner=$(stat -c %U /var/lib/redis)
    install -d -o "$owner" /run/redis
    runuser -u "$owner" -- redis-server /etc/redis/redis.conf --daemonize yes --bind 127.0.0.1 --port "$MALL_REDIS_PORT"
  else
    redis-server --daemonize yes --bind 127.0.0.1 --port "$MALL_REDIS_PORT" --dir "$RUN" --logfile "$LOGS/redis.log"
  fi
}
start_rabbitmq() {
  if systemd_running; then systemctl start rabbitmq-server; else rabbitmq-server -detached; fi
  # await_startup fails at once while the node is not yet registered, hence the loop
  wait_until 120 rabbitmqctl -q await_startup >/dev/null 2>&1
}
rabbit_log() { # the node log is named after the node (rabbit@<host>.log)
  local f
  for f in /var/log/rabbitmq/rabbit@*.log; do
    [[ -f $f && $f != *upgrade* ]] && echo "$f" && return 0
  done
  echo /var/log/rabbitmq/startup_log
}

ensure_up() { # ensure_up NAME HOST PORT UP_FN START_FN LOG HOST_VAR: check, start if local and down, wait
  local name=$1 host=$2 port=$3 up=$4 start=$5 log=$6 var=$7
  step "Checking $name on $host:$port"
  if "$up"; then info "$name is up"; return 0; fi
  is_local "$host" || die "$name does not answer on $host:$port" "start it there, or set $var to a host where it runs"
  if port_open "$host" "$port"; then
    die "port $port is taken by $(port_owner "$port"), which does not answer as $name" "stop that process, or move $name to another port"
  fi
  is_root || die "$name is installed but not running, and starting it needs root" "run 'sudo ./mall ${CMD:-up}', or start $name yourself"
  step "Starting $name"
  "$start" 9>&- || true # (no lock fd for the daemon) the wait below decides, and names the log
  if ! wait_until 90 "$up"; then
    show_tail "$log"
    die "$name did not answer on $host:$port within 90 s (log above: $log)" "fix the cause in the log, then rerun ./mall ${CMD:-up}"
  fi
  info "$name started"
}

setup_db() { # databases and the app user; idempotent (IF NOT EXISTS, password re-set)
  if ! is_local "$MALL_DB_HOST"; then
    info "remote MariaDB/MySQL: create databases $MALL_DB_NAME, $MALL_TEST_DB_NAME and user $MALL_DB_USERNAME there yourself"
    return 0
  fi
  step "Preparing databases $MALL_DB_NAME, $MALL_TEST_DB_NAME and user $MALL_DB_USERNAME"
  local client pw sql
  client=$(command -v mariadb || command -v mysql) || die "no mariadb/mysql client" "apt-get install mariadb-client"
  if ! is_root; then # root's socket login is not available: accept an already prepared database
    MYSQL_PWD="$MALL_DB_PASSWORD" "$client" --protocol=tcp -h"$MALL_DB_HOST" -P"$MALL_DB_PORT" -u"$MALL_DB_USERNAME" \
      -e "USE \`$MALL_DB_NAME\`; USE \`$MALL_TEST_DB_NAME\`" >/dev/null 2>&1 ||
      die "not root, and user $MALL_DB_USERNAME cannot use $MALL_DB_NAME/$MALL_TEST_DB_NAME" "run 'sudo ./mall ${CMD:-up}' once to create them"
    info "already prepared"
    return 0
  fi
  pw=${MALL_DB_PASSWORD//\\/\\\\}
  pw=${pw//\'/\'\'}
  sql=""
  local db h
  for db in "$MALL_DB_NAME" "$MALL_TEST_DB_NAME"; do
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  done
  for h in localhost 127.0.0.1; do
    sql+="CREATE USER IF NOT EXISTS '$MALL_DB_USERNAME'@'$h' IDENTIFIED BY '$pw';"
    sql+="ALTER USER '$MALL_DB_USERNAME'@'$h' IDENTIFIED BY '$pw';"
    for db in "$MALL_DB_NAME" "$MALL_TEST_DB_NAME"; do sql+="GRANT ALL PRIVILEGES ON \`$db\`.* TO '$MALL_DB_USERNAME'@'$h';"; done
    # tests that need a database of their own (e.g. the data generator's) create mall_test_<something>
    sql+="GRANT ALL PRIVILEGES ON \`${MALL_TEST_DB_NAME//_/\\_}\\_%\`.* TO '$MALL_DB_USERNAME'@'$h';"
  done
  # MariaDB's default of 151 connections is less than a running lab (six fixed pools of MALL_DB_POOL_SIZE) and
  # the test suite's private labs need together: raise it now and for the next server start
  sql+="SET GLOBAL max_connections = GREATEST(@@max_connections, $MALL_DB_MAX_CONNECTIONS);"
  # root over the unix socket (unix_socket auth on Debian); MYSQL_PWD=<root password> if yours has one
  "$client" -uroot -e "$sql" ||
    die "could not create the databases/user as MariaDB root (error above)" "if root has a password, rerun with MYSQL_PWD=<root password> ./mall ${CMD:-up}"
  persist_max_connections
  info "ok"
}

persist_max_connections() { # a server option file, so that a restarted MariaDB keeps the raised limit
  local dir=/etc/mysql/mariadb.conf.d file
  [ -d "$dir" ] || return 0
  file="$dir/90-perflab-mall.cnf"
  if ! grep -qx "max_connections = $MALL_DB_MAX_CONNECTIONS" "$file" 2>/dev/null; then
    printf '# written by PerfLab Mall ./mall (MALL_DB_MAX_CONNECTIONS): the lab plus the test suite need more than 151\n[mysqld]\nmax_connections = %s\n' \
      "$MALL_DB_MAX_CONNECTIONS" >"$file" || info "could not write $file: the raised max_connections lasts until MariaDB restarts"
  fi
}

setup_rabbitmq() { # vhost, user and permissions; idempotent
  if ! is_local "$MALL_RABBITMQ_HOST"; then
    info "remote RabbitMQ: create vhost $MALL_RABBITMQ_VHOST and user $MALL_RABBITMQ_USERNAME there yourself"
    return 0
  fi
  if ! is_root || ! have rabbitmqctl; then
    info "cannot check vhost/user (needs root and rabbitmqctl); assuming vhost $MALL_RABBITMQ_VHOST and user $MALL_RABBITMQ_USERNAME exist"
    return 0
  fi
  # the test build's own vhost too (root pom: /<test database>), so tests never use the lab's
  local vt=${MALL_TEST_RABBITMQ_VHOST:-/$MALL_TEST_DB_NAME}
  step "Preparing RabbitMQ vhosts $MALL_RABBITMQ_VHOST, $vt and user $MALL_RABBITMQ_USERNAME"
  local u=$MALL_RABBITMQ_USERNAME p=$MALL_RABBITMQ_PASSWORD v=$MALL_RABBITMQ_VHOST out x
  out=$(rabbitmqctl -s list_vhosts) || die "rabbitmqctl list_vhosts failed" "check 'rabbitmqctl status' and $(rabbit_log)"
  for x in "$v" "$vt"; do grep -qxF -- "$x" <<<"$out" || rabbitmqctl -q add_vhost "$x"; done
  out=$(rabbitmqctl -s list_users | cut -f1)
  if ! grep -qxF -- "$u" <<<"$out"; then
    rabbitmqctl -q add_user "$u" "$p"
  elif ! rabbitmqctl -q authenticate_user "$u" "$p" >/dev/null 2>&1; then
    rabbitmqctl -q change_password "$u" "$p"
  fi
  rabbitmqctl -q set_user_tags "$u" monitoring # may log in to the management UI and see node stats
  for x in "$v" "$vt"; do rabbitmqctl -q set_permissions -p "$x" "$u" '.*' '.*' '.*'; done
  out=$(rabbitmq-plugins list -e -m 2>/dev/null || true)
  if ! grep -qx rabbitmq_management <<<"$out"; then # best effort: the UI is a convenience
    rabbitmq-plugins -q enable rabbitmq_management >/dev/null 2>&1 || info "could not enable rabbitmq_management (UI on 15672 unavailable)"
  fi
  info "ok"
}

ensure_middleware() {
  ensure_up MariaDB "$MALL_DB_HOST" "$MALL_DB_PORT" db_up start_mariadb /var/log/mysql/error.log MALL_DB_HOST
  ensure_up Redis "$MALL_REDIS_HOST" "$MALL_REDIS_PORT" redis_up start_redis /var/log/redis/redis-server.log MALL_REDIS_HOST
  ensure_up RabbitMQ "$MALL_RABBITMQ_HOST" "$MALL_RABBITMQ_PORT" rabbit_up start_rabbitmq "$(rabbit_log)" MALL_RABBITMQ_HOST
  setup_db
  setup_rabbitmq
}

# ---- infra: everything the services and the tests need, without the services ----
infra_usage() {
  cat <<EOF
Usage: ./mall infra

Prepares the middleware only, as 'test' does before Maven: installs what is missing (apt: JDK, MariaDB,
Redis, RabbitMQ, Node/npm, Prometheus's promtool, shellcheck, Chromium), starts MariaDB, Redis and RabbitMQ,
creates databases $MALL_DB_NAME and $MALL_TEST_DB_NAME, user $MALL_DB_USERNAME and vhosts $MALL_RABBITMQ_VHOST and /$MALL_TEST_DB_NAME, and starts
Elasticsearch and the embedded MongoDB. Idempotent.
EOF
}
cmd_infra() {
  prepare_infra
  step "Middleware ready (MariaDB, Redis, RabbitMQ, Elasticsearch, MongoDB)"
}
prepare_infra() {
  mkdir -p "$LOGS" "$PIDS" "$JARS"
  ensure_packages
  ensure_chromium
  ensure_config_checkers
  ensure_middleware
  ensure_es
  ensure_mongo
}
