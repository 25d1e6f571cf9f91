# shellcheck shell=bash
# The lab's token and identity keys: generated once into .run/secrets.env (mode 600, ignored by git), so no
# key that works on a lab is in the repository. MALL_JWT_SECRET / MALL_IDENTITY_SECRET in the environment
# win; a new file ends every token issued before it (the services must restart with it).
SECRETS_FILE="$RUN/secrets.env"
ensure_secrets() {
  if [ ! -s "$SECRETS_FILE" ]; then
    step "Generating the lab's secrets into ${SECRETS_FILE#"$ROOT"/} (once; kept out of git)"
    mkdir -p "$RUN"
    if ! (umask 077 && {
      echo "MALL_JWT_SECRET=$(random_key)"
      echo "MALL_IDENTITY_SECRET=$(random_key)"
    } >"$SECRETS_FILE.tmp" && mv -f "$SECRETS_FILE.tmp" "$SECRETS_FILE"); then
      die "cannot write $SECRETS_FILE" "make $RUN writable for $(id -un), or set MALL_JWT_SECRET and MALL_IDENTITY_SECRET (32+ characters each)"
    fi
  fi
  local key value
  while IFS='=' read -r key value; do
    case "$key" in
      MALL_JWT_SECRET | MALL_IDENTITY_SECRET) [ -n "${!key:-}" ] || export "$key=$value" ;;
    esac
  done <"$SECRETS_FILE"
}
random_key() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; } # ~64 characters from 384 random bits
