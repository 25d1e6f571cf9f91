#!/usr/bin/env bash
# Publishes every file under config/nacos/<group>/<data id> to Nacos (create or overwrite).
#
#   NACOS_ADDR=http://nacos.mall-infra:8848 NACOS_NAMESPACE=perf-lab ./config/nacos-import.sh
#
# NACOS_ADDR       the Nacos server, default http://127.0.0.1:8848
# NACOS_NAMESPACE  namespace id; empty = public (the services read NACOS_NAMESPACE too)
# NACOS_USERNAME / NACOS_PASSWORD  when Nacos has auth on (Nacos 3 has it on by default)
# NACOS_API        v3 (Nacos 3.x admin API, default) or v1 (Nacos 2.x open API)
# --dry-run        lists what would be published
set -euo pipefail

cd "$(dirname "$0")/nacos"
ADDR=${NACOS_ADDR:-http://127.0.0.1:8848}
NAMESPACE=${NACOS_NAMESPACE:-}
API=${NACOS_API:-v3}
DRY_RUN=false
[ "${1:-}" = "--dry-run" ] && DRY_RUN=true

die() { echo "nacos-import: $1" >&2; echo "  fix: $2" >&2; exit 1; }
command -v curl >/dev/null || die "curl is missing" "apt-get install -y curl"

TOKEN=""
if [ -n "${NACOS_USERNAME:-}" ] && ! $DRY_RUN; then
  case "$API" in
    v3) login="$ADDR/nacos/v3/auth/user/login" ;;
    v1) login="$ADDR/nacos/v1/auth/login" ;;
    *) die "unknown NACOS_API '$API'" "use v3 (Nacos 3.x) or v1 (Nacos 2.x)" ;;
  esac
  reply=$(curl -fsS -X POST "$login" --data-urlencode "username=$NACOS_USERNAME" \
    --data-urlencode "password=${NACOS_PASSWORD:-}") \
    || die "login to $login failed" "check NACOS_ADDR, NACOS_USERNAME and NACOS_PASSWORD"
  TOKEN=$(printf '%s' "$reply" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
fi

count=0
for file in */*; do
  group=${file%%/*}
  data_id=${file#*/}
  case "$data_id" in
    *.json) type=json ;;
    *.yaml | *.yml) type=yaml ;;
    *) type=text ;;
  esac
  echo "==> $group / $data_id ($type) -> $ADDR${NAMESPACE:+ namespace $NAMESPACE}"
  count=$((count + 1))
  $DRY_RUN && continue
  if [ "$API" = v3 ]; then
    url="$ADDR/nacos/v3/admin/cs/config"
    params=(--data-urlencode "dataId=$data_id" --data-urlencode "groupName=$group" --data-urlencode "group=$group"
      --data-urlencode "namespaceId=$NAMESPACE" --data-urlencode "type=$type" --data-urlencode "content@$file")
  else
    url="$ADDR/nacos/v1/cs/configs"
    params=(--data-urlencode "dataId=$data_id" --data-urlencode "group=$group" --data-urlencode "tenant=$NAMESPACE"
      --data-urlencode "type=$type" --data-urlencode "content@$file")
  fi
  [ -n "$TOKEN" ] && params+=(-H "accessToken: $TOKEN" --data-urlencode "accessToken=$TOKEN")
  curl -fsS -X POST "$url" "${params[@]}" >/dev/null \
    || die "publishing $group/$data_id to $url failed" "is Nacos up at $ADDR, and is NACOS_API=$API right for its version?"
done
verb=published
if $DRY_RUN; then verb="would be published"; fi
echo "==> $count data id(s) $verb"
