# shellcheck shell=bash
# The command data: the bulk data generator (mall-schema `generate`) and the JMeter CSVs.
data_usage() {
  cat <<EOF
Usage: ./mall data --members N --products N --orders N [--db NAME] [--seed S] [options]
       ./mall data --csv-only

Migrates and seeds the database (default \$MALL_DB_NAME = $MALL_DB_NAME), then adds members (password 123456),
products with SKUs and historical orders at the chosen scale, after the rows already there (a second run adds
more), and writes jmeter/data/members.csv and jmeter/data/products.csv for the JMeter plans.
--csv-only writes the two CSV files from what the database holds, generating nothing. Search (Elasticsearch)
is not updated: rebuild the index after adding products (as an admin: POST /mall-search/esProduct/importAll).
Example: ./mall data --members 100000 --products 10000 --orders 1000000   (a few minutes on 2 cores)

Options of the generator:
EOF
  if [ -f "$SCHEMA_JAR" ]; then java -jar "$SCHEMA_JAR" generate --help | tail -n +2; else
    echo "  (build mall-schema to list them: ./mvnw -B -q -DskipTests package -pl mall-schema -am)"; fi
}

ensure_schema_jar() { # builds mall-schema's tool when it is missing or older than its sources
  if [ ! -f "$SCHEMA_JAR" ] || [ -n "$(find "$ROOT/mall-schema/src" "$ROOT/mall-schema/pom.xml" -newer "$SCHEMA_JAR" -print -quit)" ]; then
    step "Building mall-schema (migrations, seed and generator)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl mall-schema -am) || die "the build failed (Maven output above)" "fix the error and rerun"
  fi
}

migrate_db() { # migrate_db NAME: migrations + demo seed of one database, as `up` does for $MALL_DB_NAME
  [ -f "$SCHEMA_JAR" ] || die "missing $SCHEMA_JAR" "build it: ./mvnw -B -q -DskipTests package -pl mall-schema -am"
  MALL_DB_NAME="$1" java -jar "$SCHEMA_JAR" migrate seed ||
    die "migrate/seed of $1 failed (output above)" "check the error; the database settings are MALL_DB_* (user $MALL_DB_USERNAME on $MALL_DB_HOST:$MALL_DB_PORT)"
}

cmd_data() {
  local a prev="" db="$MALL_DB_NAME" started rc=0 java_opts=()
  for a in "$@"; do
    if [ "$prev" = "--db" ]; then db="$a"; fi
    prev="$a"
  done
  [ $# -gt 0 ] || { data_usage >&2; die "nothing to generate" "give --members/--products/--orders (or --csv-only)"; }
  db_up || die "MariaDB does not answer on $MALL_DB_HOST:$MALL_DB_PORT" "start it: ./mall infra"
  ensure_schema_jar
  # bad arguments must fail before anything is migrated; the generator names them and exits 2
  java -jar "$SCHEMA_JAR" generate "$@" --check || rc=$?
  if [ "$rc" -eq 2 ]; then usage_error "invalid arguments for data (the generator names them above)" data; fi
  [ "$rc" -eq 0 ] || die "invalid arguments (see above)" "./mall data --help"
  step "Migrating and seeding database $db"
  migrate_db "$db"
  step "Generating data into $db"
  started=$SECONDS
  # the JMeter CSVs go to jmeter/data unless --csv-dir is given (the last one wins)
  read -ra java_opts <<<"${MALL_DATA_JAVA_OPTS:--Xmx2g}" # a list of JVM options
  MALL_DB_NAME="$db" java "${java_opts[@]}" -jar "$SCHEMA_JAR" generate --csv-dir "$ROOT/jmeter/data" "$@" ||
    die "data generation failed (cause above)" "fix it and rerun; rows already committed stay, a rerun adds after them"
  step "Data ready in $db after $((SECONDS - started)) s; JMeter CSVs in jmeter/data/"
}
