#!/usr/bin/env bash
# Copies every third-party image the manifests run into the lab registry, under the name the lab overlay gives it
# (REGISTRY/<the image's path without its registry host>, same tag), so that no node pulls from the internet and
# every pod start is served by the lab (document/lab-guide.md 6.1). Run on lab-ops: Docker, the internet, and
# the registry trusted (insecure-registries). The mall's own images are pushed by the guide's step before.
#   k8s/mirror-images.sh [REGISTRY]          pull, tag and push each (REGISTRY: 192.168.10.30:5000)
#   k8s/mirror-images.sh --list [REGISTRY]   print "source target" per image, do nothing (the tests read it)
set -euo pipefail
list=""
if [ "${1:-}" = "--list" ]; then list=1; shift; fi
REGISTRY="${1:-192.168.10.30:5000}"
K8S="$(cd "$(dirname "$0")" && pwd)"

# the images of the base's manifests, but the mall's own (perflab/*, built by ./mall images)
mapfile -t images < <(grep -rhoE '^[[:space:]-]*image:[[:space:]]*[^[:space:]]+' "$K8S/base" | sed -E 's/.*image:[[:space:]]*//' |
  tr -d '"' | grep -v '^perflab/' | sort -u)
for image in "${images[@]}"; do
  path=$image
  first=${image%%/*}
  # docker.elastic.co/kibana/kibana -> kibana/kibana; busybox and apache/skywalking-ui stay as they are
  if [[ $image == */* && ($first == *.* || $first == *:*) ]]; then path=${image#*/}; fi
  if [ -n "$list" ]; then
    echo "$image $REGISTRY/$path"
    continue
  fi
  echo "==> $image -> $REGISTRY/$path"
  docker pull -q "$image" && docker tag "$image" "$REGISTRY/$path" && docker push -q "$REGISTRY/$path"
done
