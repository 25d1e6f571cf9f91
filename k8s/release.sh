#!/usr/bin/env bash
# Pins the lab overlay's mall images to one tag, the commit by default (the tag ./mall images gives them besides
# the version), so that what a node runs names the code it came from and a new build is a new name the nodes
# pull. With --push it first tags and pushes the seven images to the lab registry (Docker where it answers, else
# podman; the registry trusted as in document/lab-guide.md 6.1). It edits k8s/overlays/lab/kustomization.yaml in
# place, as `kustomize edit set image` would (kubectl has no `kustomize edit`); commit or revert it as you like.
#   k8s/release.sh [--push] [--registry HOST:PORT] [TAG]     TAG: git rev-parse --short=12 HEAD
set -euo pipefail
K8S="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$K8S")"
OVERLAY="$K8S/overlays/lab/kustomization.yaml"
IMAGES=(mall-gateway mall-member mall-cart mall-portal mall-search mall-admin mall-schema)
push="" registry="192.168.10.30:5000" tag=""
while [ $# -gt 0 ]; do
  case "$1" in
    --push) push=1 ;;
    --registry) registry="${2:?--registry needs HOST:PORT}"; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "release.sh: unknown option '$1' (--help)" >&2; exit 2 ;;
    *) tag="$1" ;;
  esac
  shift
done
if [ -z "$tag" ]; then
  tag=$(git -C "$ROOT" rev-parse --short=12 HEAD 2>/dev/null) ||
    { echo "release.sh: not a git checkout: give the tag (the one ./mall images printed)" >&2; exit 2; }
fi
if ! [[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]]; then
  echo "release.sh: '$tag' is not a valid image tag" >&2
  exit 2
fi
if [ -n "$push" ]; then
  engine=podman
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then engine=docker; fi
  for image in "${IMAGES[@]}"; do
    if ! "$engine" image inspect "perflab/$image:$tag" >/dev/null 2>&1; then
      echo "release.sh: no image perflab/$image:$tag here: build it with ./mall images (at that commit)" >&2
      exit 1
    fi
  done
  for image in "${IMAGES[@]}"; do
    echo "==> perflab/$image:$tag -> $registry/perflab/$image:$tag"
    "$engine" tag "perflab/$image:$tag" "$registry/perflab/$image:$tag"
    "$engine" push "$registry/perflab/$image:$tag"
  done
fi
# the newTag line that follows each "- name: perflab/mall-..." entry of the images list
awk -v tag="$tag" '
  /^  - name: perflab\/mall-/ { mall = 1; print; next }
  /^  - name: / { mall = 0 }
  mall && /^    newTag: / { sub(/newTag: .*/, "newTag: \"" tag "\""); pinned++ }
  { print }
  END { if (pinned != 7) { print "release.sh: expected 7 mall images in the lab overlay, pinned " pinned > "/dev/stderr"; exit 1 } }
' "$OVERLAY" >"$OVERLAY.new"
mv "$OVERLAY.new" "$OVERLAY"
echo "k8s/overlays/lab pins the mall's seven images to :$tag (kubectl apply -k k8s/overlays/lab)"
