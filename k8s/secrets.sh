#!/usr/bin/env bash
# Writes every password of the lab as the env files the base kustomization's secretGenerator turns into Secrets
# (k8s/base/secrets/<secret>.env, mode 600, ignored by git): random values, the same value wherever two Secrets
# must agree (MALL_DB_PASSWORD in `mall` is the password of MySQL user `mall` that `mall-infra` creates).
# Without these files `kubectl apply -k` stops at "no such file", so nothing is ever applied with a placeholder.
# Run it once, before the first apply, on the machine you apply from.
#   k8s/secrets.sh           write the files; when they are all there already, keep them (the cluster's stores
#                            were created with those passwords)
#   k8s/secrets.sh --force   write new values over them (then the stores' passwords must be changed too: for a
#                            lab, delete the PersistentVolumeClaims of mall-infra and apply again)
#   k8s/secrets.sh --check   exit 1 unless every file is there
# SECRETS_DIR=<dir> writes elsewhere (the tests do).
set -euo pipefail
DIR="${SECRETS_DIR:-$(cd "$(dirname "$0")" && pwd)/base/secrets}"
FILES=(mall-secrets infra-secrets grafana-secrets logging-secrets)

present=0
for f in "${FILES[@]}"; do [ -f "$DIR/$f.env" ] && present=$((present + 1)); done

case "${1:-}" in
  --check)
    if [ "$present" -eq "${#FILES[@]}" ]; then echo "secrets.sh: all ${#FILES[@]} secret files are in $DIR"; exit 0; fi
    echo "secrets.sh: $((${#FILES[@]} - present)) of ${#FILES[@]} secret files missing in $DIR; fix: k8s/secrets.sh" >&2
    exit 1 ;;
  --force) ;;
  "")
    if [ "$present" -eq "${#FILES[@]}" ]; then
      echo "secrets.sh: the secret files are there already ($DIR), kept; --force writes new values"; exit 0
    fi
    if [ "$present" -gt 0 ]; then
      echo "secrets.sh: only $present of ${#FILES[@]} secret files are in $DIR, and their values must agree with the others'" >&2
      echo "  fix: k8s/secrets.sh --force writes all of them anew" >&2
      exit 1
    fi ;;
  *) echo "usage: k8s/secrets.sh [--force|--check]" >&2; exit 2 ;;
esac
command -v openssl >/dev/null || { echo "secrets.sh: openssl is missing; fix: apt-get install -y openssl" >&2; exit 1; }

password() { openssl rand -hex 24; } # 48 hex characters: safe in URIs and env files
key() { openssl rand -hex 32; }      # the HMAC keys (JWT, gateway identity): 32 bytes and more

db=$(password) nacos_db=$(password) root=$(password) exporter=$(password) redis=$(password) rabbitmq=$(password)
mongo=$(password) nacos=$(password) nacos_identity=$(password) grafana=$(password) elastic=$(password)
nacos_token=$(openssl rand -base64 48 | tr -d '\n') # Nacos' auth JWT key: base64 of 48 bytes

mkdir -p "$DIR"
umask 077
# the services' passwords (config/README.md) and the exporters' in namespace mall
cat >"$DIR/mall-secrets.env" <<EOF
NACOS_PASSWORD=$nacos
MALL_DB_PASSWORD=$db
MALL_RABBITMQ_PASSWORD=$rabbitmq
MALL_JWT_SECRET=$(key)
MALL_IDENTITY_SECRET=$(key)
MALL_REDIS_PASSWORD=$redis
MALL_MONGODB_URI=mongodb://mall:$mongo@mongodb.mall-infra:27017/mall?authSource=admin
MYSQLD_EXPORTER_PASSWORD=$exporter
MONGODB_EXPORTER_URI=mongodb://mall:$mongo@mongodb.mall-infra:27017/admin
EOF
# the middleware's, in namespace mall-infra; NACOS_PASSWORD is the console's admin password (set once after
# Nacos' first start, see the lab guide)
cat >"$DIR/infra-secrets.env" <<EOF
MYSQL_ROOT_PASSWORD=$root
MALL_DB_PASSWORD=$db
NACOS_DB_PASSWORD=$nacos_db
MYSQLD_EXPORTER_PASSWORD=$exporter
REDIS_PASSWORD=$redis
RABBITMQ_PASSWORD=$rabbitmq
MONGODB_PASSWORD=$mongo
NACOS_PASSWORD=$nacos
NACOS_AUTH_TOKEN=$nacos_token
NACOS_AUTH_IDENTITY_VALUE=$nacos_identity
EOF
cat >"$DIR/grafana-secrets.env" <<EOF
GF_SECURITY_ADMIN_PASSWORD=$grafana
EOF
# Elasticsearch runs without security in the lab, so Fluent Bit's password is sent, not checked
cat >"$DIR/logging-secrets.env" <<EOF
FLUENT_ELASTICSEARCH_PASSWORD=$elastic
EOF
echo "secrets.sh: random values written to $DIR/{$(IFS=,; echo "${FILES[*]}")}.env (ignored by git; keep a copy somewhere safe)"
