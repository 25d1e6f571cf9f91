# shellcheck shell=bash
# The command images: the cluster path's container images, built on this machine with a Docker engine where one
# answers, else with Debian's podman (no daemon). The Dockerfiles start FROM the Eclipse Temurin 21 JRE image;
# where a registry cannot be reached, a stand-in with the same name is made from Debian trixie's OpenJDK 21
# (mmdebstrap), so the same Dockerfiles build here as on the lab's admin node.
IMAGES_BASE="eclipse-temurin:21.0.5_11-jre-noble" # the FROM of docker/service.Dockerfile and mall-schema/Dockerfile
IMAGES_DEBIAN_MIRROR="${IMAGES_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

images_usage() {
  cat <<EOF
Usage: ./mall images [--services] [--third-party] [--engine]

Builds the images the Kubernetes manifests run, tagged perflab/<name>:<version> and perflab/<name>:<commit>:
the six services (one Dockerfile, docker/service.Dockerfile, with the module and its port as build arguments)
and the schema job (mall-schema/Dockerfile); with --third-party also the lab-built Elasticsearch with IK,
Sentinel dashboard and non-root Nacos images (docker/; tagged $ES_VERSION, 1.8.9 and v3.1.0), which need
docker.elastic.co, Docker Hub and GitHub. Jars that are missing are built first (without the web pages: './mall up' builds those). The engine
is Docker where 'docker info' answers, else podman (installed with buildah, runc and mmdebstrap from apt when
missing; its settings in \$MALL_HOME/podman/containers.conf). When $IMAGES_BASE cannot be pulled, a stand-in
of that name is made once from Debian trixie with openjdk-21-jre-headless (\$MALL_HOME/images/; ~40 s here,
from $IMAGES_DEBIAN_MIRROR).

  --services      only the six services (no schema job)
  --third-party   also docker/elasticsearch-ik.Dockerfile, docker/sentinel-dashboard.Dockerfile, docker/nacos.Dockerfile
  --engine        print the engine that would be used (docker or podman) and its settings, build nothing
EOF
}

# image_engine: docker when a Docker engine answers, else podman (CONTAINERS_CONF exported for it)
image_engine() {
  if have docker && docker info >/dev/null 2>&1; then
    echo docker
  else
    echo podman
  fi
}

# podman_settings: the two settings podman needs on these hosts, written once; exports CONTAINERS_CONF
podman_settings() {
  local conf="$MALL_HOME/podman/containers.conf"
  if [ ! -f "$conf" ]; then
    ensure_mall_home
    mkdir -p "${conf%/*}"
    cat >"$conf" <<'EOF'
# written by ./mall images (launcher/images.sh)
[containers]
# the default nofile ulimit is refused on some hosts ("setrlimit RLIMIT_NOFILE: operation not permitted")
default_ulimits = []
[engine]
# crun fails on hybrid cgroup hosts; runc works on both kinds
runtime = "runc"
EOF
  fi
  export CONTAINERS_CONF="$conf"
}

ensure_podman() {
  local pkgs=()
  have podman || pkgs+=(podman)
  have buildah || pkgs+=(buildah)
  have runc || [ -x /usr/sbin/runc ] || pkgs+=(runc)
  have mmdebstrap || pkgs+=(mmdebstrap)
  [ ${#pkgs[@]} -eq 0 ] || apt_install "${pkgs[@]}"
  podman_settings
}

# ensure_image_base ENGINE: the Dockerfiles' base image is there: pulled, or a Debian stand-in of the same name
ensure_image_base() {
  local engine=$1 tar="$MALL_HOME/images/trixie-openjdk21-jre.tar"
  "$engine" image inspect "$IMAGES_BASE" >/dev/null 2>&1 && return 0
  step "Pulling $IMAGES_BASE"
  if timeout 120 "$engine" pull -q "docker.io/library/$IMAGES_BASE" >/dev/null 2>&1; then
    return 0
  fi
  info "no registry answers here: a stand-in of the same name from Debian trixie's openjdk-21-jre-headless"
  [ "$engine" = podman ] || die "cannot pull $IMAGES_BASE with docker" "check the engine's registry access (docker pull $IMAGES_BASE)"
  if [ ! -f "$tar" ]; then
    ensure_mall_home
    mkdir -p "${tar%/*}"
    step "Making a Debian trixie root filesystem with OpenJDK 21 (mmdebstrap, from $IMAGES_DEBIAN_MIRROR)"
    mmdebstrap --quiet --format=tar --variant=apt --include=openjdk-21-jre-headless,ca-certificates,passwd trixie "$tar.part" "$IMAGES_DEBIAN_MIRROR" ||
      { rm -f "$tar.part"; die "mmdebstrap could not make the stand-in base (output above)" "check that $IMAGES_DEBIAN_MIRROR answers (IMAGES_DEBIAN_MIRROR=<mirror> to use another)"; }
    mv "$tar.part" "$tar"
  fi
  podman import -q "$tar" "docker.io/library/$IMAGES_BASE" >/dev/null ||
    die "podman import of $tar failed (output above)" "delete $tar and rerun"
}

# image_build ENGINE NAME DOCKERFILE CONTEXT [--build-arg K=V]...: tagged with the version and the commit
image_build() {
  local engine=$1 name=$2 file=$3 context=$4 started
  shift 4
  started=$(date +%s)
  "$engine" build -q -t "perflab/$name:$IMAGE_VERSION" -t "perflab/$name:$IMAGE_COMMIT" -f "$file" "$@" "$context" >/dev/null ||
    die "building perflab/$name failed (output above)" "fix the cause shown; '$engine build -f $file $context' repeats it"
  info "perflab/$name:$IMAGE_VERSION (also :$IMAGE_COMMIT) in $(($(date +%s) - started)) s"
}

# gateway_jar_has_pages JAR: the jar's mall-web library holds the shop's and the back office's index.html
gateway_jar_has_pages() {
  python3 - "$1" <<'PYEOF' 2>/dev/null
import io, sys, zipfile
jar = zipfile.ZipFile(sys.argv[1])
web = [n for n in jar.namelist() if n.startswith("BOOT-INF/lib/mall-web")]
pages = zipfile.ZipFile(io.BytesIO(jar.read(web[0]))).namelist() if web else []
sys.exit(0 if {"static/index.html", "static/admin/index.html"} <= set(pages) else 1)
PYEOF
}

cmd_images() {
  local services_only="" third_party="" engine svc missing=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --services) services_only=1 ;;
      --third-party) third_party=1 ;;
      --engine)
        engine=$(image_engine)
        [ "$engine" = podman ] && podman_settings
        echo "$engine${CONTAINERS_CONF:+ CONTAINERS_CONF=$CONTAINERS_CONF}"
        return 0 ;;
      *) usage_error "unknown option '$1'" images ;;
    esac
    shift
  done
  engine=$(image_engine)
  if [ "$engine" = podman ]; then ensure_podman; fi
  IMAGE_VERSION=$(sed -n 's|.*<artifactId>perflab-mall</artifactId>[[:space:]]*<version>\([^<-]*\).*|\1|p' <(tr -d '\n' <"$ROOT/pom.xml") | head -1)
  IMAGE_COMMIT=$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null || echo local)
  for svc in $(all_services) mall-schema; do
    [ -f "$ROOT/$svc/target/$svc.jar" ] || [ -f "$ROOT/$svc/target/$svc-exec.jar" ] || missing+=("$svc")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "Building the jars first: ${missing[*]} (./mvnw -B -q -DskipTests package, with the web pages)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "the build failed (output above)" "fix the build, then rerun"
  fi
  # the gateway's image serves the shop and the back office; a jar built with -Dmall.web.skip=true on a machine that
  # never built the pages has none (not rebuilt here: a running lab may use the jar)
  gateway_jar_has_pages "$ROOT/mall-gateway/target/mall-gateway.jar" ||
    info "WARNING: mall-gateway.jar holds no web pages, so its image serves the API only; fix: ./mvnw -B -q -DskipTests package -pl mall-gateway -am (without -Dmall.web.skip=true), then rerun"
  step "Images with $engine (version $IMAGE_VERSION, commit $IMAGE_COMMIT)"
  ensure_image_base "$engine"
  for svc in $(all_services); do
    image_build "$engine" "$svc" "$ROOT/docker/service.Dockerfile" "$ROOT/$svc" --build-arg "SERVICE=$svc" --build-arg "PORT=$(svc_port "$svc")"
  done
  [ -n "$services_only" ] || image_build "$engine" mall-schema "$ROOT/mall-schema/Dockerfile" "$ROOT/mall-schema"
  if [ -n "$third_party" ]; then
    # tagged with the version of what they package
    IMAGE_VERSION=$ES_VERSION image_build "$engine" elasticsearch-ik "$ROOT/docker/elasticsearch-ik.Dockerfile" "$ROOT/docker"
    IMAGE_VERSION=1.8.9 image_build "$engine" sentinel-dashboard "$ROOT/docker/sentinel-dashboard.Dockerfile" "$ROOT/docker"
    IMAGE_VERSION=v3.1.0 image_build "$engine" nacos-server "$ROOT/docker/nacos.Dockerfile" "$ROOT/docker"
  fi
  step "Done: '$engine images perflab/*' lists them; document/lab-guide.md pushes them to the lab registry"
}
