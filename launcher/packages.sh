# shellcheck shell=bash
# Packages: the JDK and whatever else is missing, installed with apt (only when missing, as root), and the
# tools the lab takes from Maven Central (Elasticsearch, Zipkin, async-profiler) into $MALL_HOME.
java_major() { # major version of a java binary (8 for 1.8), 0 if it does not run
  local v
  v=$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}') || true
  v=${v#1.}
  v=${v%%[!0-9]*}
  echo "${v:-0}"
}
find_jdk() { # point JAVA_HOME and PATH at an installed JDK >= 17 (javac needed for the build)
  local j home
  for j in "$(command -v java || true)" "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/*/bin/java; do
    if [ -z "$j" ] || [ ! -x "$j" ]; then continue; fi
    j=$(readlink -f "$j")
    home=${j%/bin/java}
    if [ ! -x "$home/bin/javac" ] || [ "$(java_major "$j")" -lt 17 ]; then continue; fi
    export JAVA_HOME="$home" PATH="$home/bin:$PATH"
    return 0
  done
  return 1
}
APT_UPDATED=""
apt_update() { # at most once per run, and only when something must be installed
  [ -z "$APT_UPDATED" ] || return 0
  step "Updating the apt package lists"
  DEBIAN_FRONTEND=noninteractive apt-get update -q ||
    die "apt-get update failed (output above)" "check the network and /etc/apt/sources.list, then rerun"
  APT_UPDATED=1
}
apt_install() { # apt_install PACKAGE...: needs root
  have apt-get || die "apt-get is not available, and these are missing: $*" "install them (or your distribution's equivalents) yourself, then rerun"
  is_root || die "not root, and these are missing: $*" "run 'sudo apt-get install $*' (or run ./mall as root)"
  apt_update
  step "Installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" ||
    die "apt-get install $* failed (output above)" "fix the apt problem shown (e.g. 'dpkg --configure -a', disk space), then rerun"
}
ensure_packages() { # install only what is missing; middleware already answering (e.g. in Docker) counts as present
  local pkgs=() jdk=""
  step "Checking required packages"
  have curl || pkgs+=(curl)
  have unzip || pkgs+=(unzip)
  if is_local "$MALL_DB_HOST"; then
    [ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || db_up || pkgs+=(mariadb-server)
    have mariadb || have mysql || pkgs+=(mariadb-client)
  fi
  if is_local "$MALL_REDIS_HOST"; then have redis-server || redis_up || pkgs+=(redis-server); fi
  if is_local "$MALL_RABBITMQ_HOST"; then have rabbitmq-server || rabbit_up || pkgs+=(rabbitmq-server); fi
  # promtool checks the alert rules in the tests; the same package runs the optional local Prometheus
  have promtool || pkgs+=(prometheus)
  # Node >= 18 and npm build the web pages (mall-web, Vite); Debian 12 ships Node 18
  if ! have node || [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 18 ]; then
    pkgs+=(nodejs)
  fi
  have npm || pkgs+=(npm)
  # ./mall test checks every shell file of the repository with it before Maven runs
  have shellcheck || pkgs+=(shellcheck)
  if ! find_jdk; then
    info "no JDK >= 17 found (java on PATH: $(command -v java || echo none))"
    # openjdk-17 where the release has it (Debian 12, Ubuntu 22.04/24.04), else the release's default JDK
    jdk=openjdk-17-jdk-headless
    if is_root && have apt-get; then
      apt_update
      apt-cache show "$jdk" >/dev/null 2>&1 || jdk=default-jdk-headless
    fi
    pkgs+=("$jdk")
  fi
  if [ ${#pkgs[@]} -eq 0 ]; then
    info "all present (JDK: $JAVA_HOME)"
    return 0
  fi
  apt_install "${pkgs[@]}"
  if [[ " ${pkgs[*]} " == *" prometheus "* ]] && systemd_running && systemctl is-active --quiet prometheus 2>/dev/null; then
    # Debian starts a system-wide Prometheus on :9090 on install; ./mall needs only promtool and its own instance
    info "Debian's prometheus package started the system service 'prometheus' on :9090; disabling it (./mall up --prometheus runs its own)"
    systemctl disable --now prometheus >/dev/null 2>&1 || info "WARNING: could not stop it: 'systemctl disable --now prometheus'"
  fi
  if [ -n "$jdk" ]; then
    find_jdk || die "still no JDK >= 17 after installing $jdk" "install a JDK 17+ and put its bin/ first in PATH (or set JAVA_HOME)"
  fi
}

# The browser tests of the web pages (mall-e2e WebPagesBrowserTest) drive Debian's chromium headless.
ensure_chromium() { # and a CJK font, so that its screenshots show the Chinese pages readably
  local pkgs=()
  [ -x /usr/bin/chromium ] || pkgs+=(chromium)
  fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk\|droid sans fallback' || pkgs+=(fonts-wqy-zenhei)
  [ ${#pkgs[@]} -eq 0 ] && return 0
  step "Installing ${pkgs[*]} for the browser tests of the web pages"
  apt_install "${pkgs[@]}"
}

# ensure_config_checkers: haproxy, keepalived, netplan's generator and cloud-init, only to check the lab guide's
# configuration files (haproxy -c, keepalived -t, netplan generate, cloud-init schema; mall-deploy-check's
# GuideConfigsTest): unpacked into $MALL_HOME/checkers, never installed, so no daemon starts, nothing lands in /etc
# and this machine's boot is untouched; only their libraries (lib*, python3-*) are installed from apt
ensure_config_checkers() {
  local dir="$MALL_HOME/checkers" tmp pkg deb libs=() dep
  [ -x "$dir/usr/sbin/haproxy" ] && [ -x "$dir/usr/sbin/keepalived" ] && [ -x "$dir/usr/libexec/netplan/generate" ] &&
    [ -d "$dir/usr/lib/python3/dist-packages/cloudinit" ] && return 0
  have apt-get || { info "no apt-get: the guide's configuration files (haproxy, keepalived, netplan, cloud-init) will not be checked"; return 0; }
  ensure_mall_home
  step "Unpacking haproxy, keepalived, netplan and cloud-init into $dir (to check the lab guide's configurations; not installed)"
  apt_update
  tmp=$(mktemp -d "$MALL_HOME/.checkers.XXXXXX")
  for pkg in haproxy keepalived netplan.io libnetplan cloud-init; do
    # netplan's generator lives in netplan.io, its library in the libnetplan<N> that netplan.io names
    [ "$pkg" = libnetplan ] && pkg=$(dpkg-deb -f "$tmp"/netplan.io_*.deb Depends | grep -o 'libnetplan[0-9]*' | head -1)
    (cd "$tmp" && apt-get download -q "$pkg" >/dev/null 2>&1) || { rm -rf "$tmp"; die "apt-get download $pkg failed" "check apt's sources (apt-get update)"; }
  done
  for deb in "$tmp"/*.deb; do
    # their shared libraries and Python modules: the first choice of each dependency, without the version
    for dep in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -E 's/\|.*//; s/\(.*\)//; s/[[:space:]]//g'); do
      case "$dep" in lib* | python3-*) dpkg -s "$dep" >/dev/null 2>&1 || libs+=("$dep") ;; esac
    done
    dpkg -x "$deb" "$tmp/root"
  done
  [ ${#libs[@]} -eq 0 ] || apt_install "${libs[@]}"
  rm -rf "$dir" && mv "$tmp/root" "$dir" && rm -rf "$tmp"
}

ensure_mall_home() { # $MALL_HOME exists and is writable, or stop saying how to fix it
  mkdir -p "$MALL_HOME" 2>/dev/null || true
  [ -w "$MALL_HOME" ] || die "cannot write to $MALL_HOME" "run as root, or set MALL_HOME to a directory you own"
}
# maven_fetch GROUP:ARTIFACT:VERSION[:TYPE[:CLASSIFIER]]: copies one artifact from Maven Central (through the
# wrapper, so ~/.m2 caches it) into a new folder in $MALL_HOME and prints the folder: on the same filesystem as
# the installs, a finished download is moved into place whole. 1, with nothing left behind, when it fails.
maven_fetch() {
  local tmp
  tmp=$(mktemp -d "$MALL_HOME/.download.XXXXXX") || return 1
  # from an empty dir: Maven then needs no reactor pom (modules may be missing or mid-edit)
  if (cd "$tmp" && "$ROOT/mvnw" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -Dartifact="$1" -DoutputDirectory="$tmp" >&2); then
    echo "$tmp"
  else
    rm -rf "$tmp"
    return 1
  fi
}
