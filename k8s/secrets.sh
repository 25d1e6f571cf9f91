#!/usr/bin/env bash
# Replaces the placeholder passwords in k8s/base/secrets.yaml by random values, in place: every
# CHANGE-ME-name token gets one random value (hex, safe in URIs), the same wherever it appears, and the
# Nacos auth token becomes base64 of 48 random bytes. Run it once before the first `kubectl apply -k`.
# Keep the file out of git afterwards:  git update-index --skip-worktree k8s/base/secrets.yaml
#   --check   only report whether placeholders are left (exit 1 if so)
# SECRETS_FILE=<file> works on another copy (the test does).
set -euo pipefail
FILE="${SECRETS_FILE:-$(cd "$(dirname "$0")" && pwd)/base/secrets.yaml}"
NACOS_PLACEHOLDER=Q0hBTkdFLU1FLW5hY29zLWF1dGgtdG9rZW4tMzItYnl0ZXMtbWluaW11bQ==

if [ "${1:-}" = "--check" ]; then
  if grep -q -E -e 'CHANGE-ME-[a-z0-9][a-z0-9-]*' -e "$NACOS_PLACEHOLDER" "$FILE"; then
    echo "secrets.sh: placeholders left in $FILE" >&2; exit 1
  fi
  echo "secrets.sh: no placeholders left"; exit 0
fi
command -v openssl >/dev/null || { echo "secrets.sh: openssl is missing (apt-get install -y openssl)" >&2; exit 1; }

# one token per line (none left is fine: grep's exit 1 there is not a failure)
mapfile -t tokens < <(grep -o -E 'CHANGE-ME-[a-z0-9][a-z0-9-]*' "$FILE" | sort -u)
for token in "${tokens[@]}"; do
  value=$(openssl rand -hex 24)
  sed -i "s#${token}#${value}#g" "$FILE"
done
nacos_token=$(openssl rand -base64 48 | tr -d '\n')
sed -i "s#${NACOS_PLACEHOLDER}#${nacos_token}#g" "$FILE"
echo "secrets.sh: random values written to $FILE (do not commit it)"
