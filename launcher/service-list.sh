# shellcheck shell=bash
# The one list of services and ports, mall-common/src/main/resources/mall-services.properties: ./mall and
# jmeter/side-lab.sh read it here, every service imports it (mall-defaults.yml), mall-e2e derives its lab
# from it and mall-deploy-check holds k8s/ to it. Needs ROOT (the repository root).
MALL_SERVICES_FILE="$ROOT/mall-common/src/main/resources/mall-services.properties"

# read_service_list: SERVICES=(name:port ...) in start order (the gateway last); 1, with the cause on stderr,
# when the file cannot be read or a line is not `mall.services.<name>=<port>` (a comment or blank is fine)
read_service_list() {
  local line
  SERVICES=()
  if [ ! -r "$MALL_SERVICES_FILE" ]; then
    printf 'ERROR: cannot read the list of services %s\n  fix: restore it from git\n' "$MALL_SERVICES_FILE" >&2
    return 1
  fi
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    case "$line" in "" | "#"* | "!"*) continue ;; esac
    if [[ $line =~ ^mall\.services\.([a-z][a-z0-9-]*)[[:space:]]*=[[:space:]]*([0-9]+)[[:space:]]*$ ]]; then
      SERVICES+=("${BASH_REMATCH[1]}:${BASH_REMATCH[2]}")
    else
      printf 'ERROR: %s: unexpected line "%s"\n  fix: one mall.services.<name>=<port> per line\n' "$MALL_SERVICES_FILE" "$line" >&2
      return 1
    fi
  done <"$MALL_SERVICES_FILE"
  if [ ${#SERVICES[@]} -eq 0 ]; then
    printf 'ERROR: %s lists no service\n  fix: restore it from git\n' "$MALL_SERVICES_FILE" >&2
    return 1
  fi
}
svc_port() { local s; for s in "${SERVICES[@]}"; do [ "${s%%:*}" = "$1" ] && echo "${s##*:}" && return 0; done; return 1; }
all_services() { local s; for s in "${SERVICES[@]}"; do echo "${s%%:*}"; done; }
