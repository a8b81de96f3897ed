#!/usr/bin/env bash
# Runs an image tarball (docker-save format, as the images profile writes) without a container
# engine, the way a runtime would: its layers unpacked in order into a temporary root file system,
# its config's Entrypoint + Cmd run with its Env, WorkingDir and User, in its own root (unshare
# --root), with /proc, /dev, a tmpfs /tmp and the root file system read-only (the Deployments'
# readOnlyRootFilesystem). Host network. Needs root (mounts) and util-linux >= 2.38 (unshare -S/-G).
#
#   deploy/images/run-image.sh [-e KEY=VALUE]... [-f HOST_FILE:IMAGE_PATH]... IMAGE.tar
#
# -e adds or overrides environment variables (like Kubernetes' env), -f puts a host file at a path
# in the image, read-only (like a mounted secret). Stops the program on SIGTERM/SIGINT.
set -euo pipefail

envs=() files=()
while getopts "e:f:" opt; do
  case "$opt" in
    e) envs+=("$OPTARG") ;;
    f) files+=("$OPTARG") ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
IMAGE="$(realpath "${1:?usage: run-image.sh [-e K=V]... [-f HOST:PATH]... IMAGE.tar}")"

WORK="$(mktemp -d /tmp/run-image.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
tar -xf "$IMAGE" -C "$WORK" manifest.json
config=$(jq -r '.[0].Config' "$WORK/manifest.json")
tar -xf "$IMAGE" -C "$WORK" "$config"
R="$WORK/rootfs"
mkdir -p "$R"

# layers in order; whiteouts (.wh.NAME, .wh..wh..opq) delete what earlier layers put there
for layer in $(jq -r '.[0].Layers[]' "$WORK/manifest.json"); do
  tar -xf "$IMAGE" -C "$WORK" "$layer"
  while IFS= read -r entry; do
    entry="${entry#./}"
    dir=$(dirname "$entry") base=$(basename "$entry")
    if [ "$base" = ".wh..wh..opq" ]; then
      find "$R/$dir" -mindepth 1 -delete 2>/dev/null || true
    elif [[ "$base" == .wh.* ]]; then
      rm -rf "${R:?}/$dir/${base#.wh.}"
    fi
  done < <(tar -tf "$WORK/$layer" | grep '\.wh\.' || true)
  tar -xf "$WORK/$layer" -C "$R" --exclude='.wh.*' --exclude='*/.wh.*'
  rm -f "$WORK/$layer"
done

cfg="$WORK/$config"
user=$(jq -r '.config.User // "0"' "$cfg")
uid=${user%%:*} gid=${user#*:}
[ "$gid" = "$user" ] && gid=$uid
workdir=$(jq -r '.config.WorkingDir // "/"' "$cfg")
[ -n "$workdir" ] || workdir=/
mapfile -t cmd < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$cfg")
mapfile -t image_env < <(jq -r '.config.Env // [] | .[]' "$cfg")
echo "run-image: $(basename "$IMAGE"): user $uid:$gid, workdir $workdir, command: ${cmd[*]}" >&2

# what a runtime provides: name resolution files, mount points
mkdir -p "$R/etc" "$R/proc" "$R/dev" "$R/tmp"
cp /etc/hosts /etc/resolv.conf "$R/etc/"
mounts=""
for f in "${files[@]}"; do
  host="${f%%:*}" path="${f#*:}"
  mkdir -p "$R$(dirname "$path")" && touch "$R$path"
  mounts+="mount --bind $(printf %q "$(realpath "$host")") $(printf %q "$R$path"); mount -o remount,bind,ro $(printf %q "$R$path");"
done

# in a private mount namespace: nothing leaks to the host and everything goes away with it
unshare --mount --propagation private -- bash -c '
  set -euo pipefail
  R="$1" uid="$2" gid="$3" workdir="$4" mounts="$5"; shift 5
  mount --bind "$R" "$R"
  mount -t proc proc "$R/proc"
  mount --rbind /dev "$R/dev"
  mount -t tmpfs -o mode=1777,size=256m tmpfs "$R/tmp"
  eval "$mounts"
  mount -o remount,bind,ro "$R"
  exec env -i "$@"
' run-image "$R" "$uid" "$gid" "$workdir" "$mounts" \
  "${image_env[@]}" "${envs[@]}" \
  unshare --root="$R" --wd="$workdir" --setuid "$uid" --setgid "$gid" -- "${cmd[@]}" &
pid=$!   # the program itself: unshare, bash and env exec into it
trap 'kill -TERM "$pid" 2>/dev/null || true' TERM INT
status=0
while kill -0 "$pid" 2>/dev/null; do wait "$pid" || status=$?; done
exit "$status"
