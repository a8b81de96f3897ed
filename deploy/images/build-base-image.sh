#!/usr/bin/env bash
# Builds the JRE base image of the services as a docker-save tarball, from Debian packages only
# (no container registry is reachable here), for Jib's `tar://` base image:
#
#   deploy/images/build-base-image.sh OUT.tar OTEL_AGENT.jar
#
# One layer: the packages of base/packages.txt unpacked with dpkg-deb (no maintainer scripts run),
# /etc/passwd with the services' user (185, as the Deployments' securityContext), and the
# OpenTelemetry Java agent at /opt/otel/opentelemetry-javaagent.jar (not enabled here: the
# Kubernetes ConfigMap adds -javaagent to JAVA_TOOL_OPTIONS). Everything is written
# deterministically (sorted names, mtime 0, owner 0), so the same packages and agent give the same
# image digest. The result is reused while its inputs are unchanged (several modules call this).
set -euo pipefail

OUT="$(realpath -m "$1")"
AGENT="$(realpath "$2")"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PACKAGES=$(grep -v '^\s*#' "$HERE/base/packages.txt" | grep -v '^\s*$' | sort)
JAVA_HOME_IN_IMAGE=/usr/lib/jvm/java-17-openjdk-amd64
UID_GID=185

mkdir -p "$(dirname "$OUT")"
exec 9>"$OUT.lock"
flock 9   # parallel module builds (-T) wait for the first one

inputs=$(sha256sum "$HERE/build-base-image.sh" "$HERE/base/packages.txt" "$HERE/base/MakeTrustStore.java" "$AGENT" | cut -d' ' -f1)
if [ -f "$OUT" ] && [ "$(cat "$OUT.inputs" 2>/dev/null)" = "$inputs" ]; then
  echo "base image up to date: $OUT"
  exit 0
fi

WORK="$OUT.work"
rm -rf "$WORK" && mkdir -p "$WORK/debs" "$WORK/rootfs" "$WORK/image"
# apt-get download needs the package lists; fetch them once if this machine has none yet
( cd "$WORK/debs" && apt-get download -q $PACKAGES 2>/dev/null ) || { apt-get update -qq && ( cd "$WORK/debs" && apt-get download $PACKAGES ); }

R="$WORK/rootfs"
for deb in $(ls "$WORK/debs"/*.deb | sort); do
  dpkg-deb -x "$deb" "$R"
done
# documentation other than the licences is not needed at run time
rm -rf "$R/usr/share/man" "$R/usr/share/info" "$R/usr/share/lintian" "$R/usr/share/locale"

mkdir -p "$R/usr/bin" "$R/etc/ssl/certs/java" "$R/opt/otel" "$R/deployments" "$R/tmp" "$R/usr/share/zhaoshang"
chmod 1777 "$R/tmp"
ln -sf "$JAVA_HOME_IN_IMAGE/bin/java" "$R/usr/bin/java"
cat > "$R/etc/passwd" <<PASSWD
root:x:0:0:root:/root:/usr/sbin/nologin
app:x:$UID_GID:$UID_GID:Zhaoshang service:/deployments:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
PASSWD
cat > "$R/etc/group" <<GROUP
root:x:0:
app:x:$UID_GID:
nogroup:x:65534:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$R/etc/nsswitch.conf"
install -m 0644 "$AGENT" "$R/opt/otel/opentelemetry-javaagent.jar"
for deb in $(ls "$WORK/debs"/*.deb | sort); do
  dpkg-deb -f "$deb" Package Version | paste -sd' '
done > "$R/usr/share/zhaoshang/base-packages.txt"

# the JRE's trust store (lib/security/cacerts links to it), deterministic: see MakeTrustStore.java
java -Dkeystore.pkcs12.certProtectionAlgorithm=NONE -Dkeystore.pkcs12.macAlgorithm=NONE \
  "$HERE/base/MakeTrustStore.java" "$R/usr/share/ca-certificates/mozilla" "$R/etc/ssl/certs/java/cacerts"
chmod 0644 "$R/etc/ssl/certs/java/cacerts"

# deterministic layer: sorted, mtime 0, root-owned, GNU format (no pax atime/ctime headers)
# and entries named without "./" (Jib refuses a "./" entry in the outer tarball)
dtar() { tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu -C "$1" -cf "$2" $(cd "$1" && ls -A | LC_ALL=C sort); }
dtar "$R" "$WORK/image/layer.tar"
diff_id=$(sha256sum "$WORK/image/layer.tar" | cut -d' ' -f1)
mv "$WORK/image/layer.tar" "$WORK/image/$diff_id.tar"
cat > "$WORK/image/config.json" <<CONFIG
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z","config":{"User":"$UID_GID:$UID_GID","Env":["PATH=$JAVA_HOME_IN_IMAGE/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=$JAVA_HOME_IN_IMAGE","LANG=C.UTF-8"],"WorkingDir":"/deployments","Labels":{"org.opencontainers.image.title":"zhaoshang-jre17-base","org.opencontainers.image.description":"Debian 12 openjdk-17-jre-headless, OpenTelemetry Java agent at /opt/otel"}},"rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/build-base-image.sh"}]}
CONFIG
config_id=$(sha256sum "$WORK/image/config.json" | cut -d' ' -f1)
mv "$WORK/image/config.json" "$WORK/image/$config_id.json"
printf '[{"Config":"%s.json","RepoTags":["zhaoshang/jre17-base:local"],"Layers":["%s.tar"]}]' \
  "$config_id" "$diff_id" > "$WORK/image/manifest.json"
dtar "$WORK/image" "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "$inputs" > "$OUT.inputs"
rm -rf "$WORK"
echo "base image built: $OUT (config sha256:$config_id, layer sha256:$diff_id)"
