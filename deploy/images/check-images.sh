#!/usr/bin/env bash
# Proves the built images run as Kubernetes would run them, without a container engine: starts
# PostgreSQL and Kafka (./run-local --infra-only), then runs each service's image tarball with
# run-image.sh (its own JRE, user, working directory, entrypoint; read-only root) with the settings
# of deploy/kubernetes/base (the ConfigMaps' literals, JAVA_TOOL_OPTIONS included) plus
# -XX:MaxRAM=<the Deployment's memory limit>, which is how the JVM sees the container's limit,
# and checks that /q/health/ready is UP and that the heap the JVM chose (MaxHeapSize) is inside it.
#
#   ./mvnw -B package -Pimages -DskipTests     # the images: <service>/target/jib-image.tar
#   deploy/images/check-images.sh [parks leads projects scoring]
#
# Ports (environment): ZS_PARKS_PORT.. (9281-9284), ZS_PG_PORT (16532), ZS_KAFKA_PORT (20192),
# ZS_KAFKA_CONTROLLER_PORT (20193). Needs root, jq, util-linux >= 2.38.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
K8S="$ROOT/deploy/kubernetes/base"
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(parks leads projects scoring)
declare -A port=([parks]=${ZS_PARKS_PORT:-9281} [leads]=${ZS_LEADS_PORT:-9282}
                 [projects]=${ZS_PROJECTS_PORT:-9283} [scoring]=${ZS_SCORING_PORT:-9284})
PG=${ZS_PG_PORT:-16532} KAFKA=${ZS_KAFKA_PORT:-20192} KAFKA_CTL=${ZS_KAFKA_CONTROLLER_PORT:-20193}

for s in "${services[@]}"; do
  [ -f "$ROOT/$s-service/target/jib-image.tar" ] || {
    echo "check-images: no $s-service/target/jib-image.tar; build with ./mvnw -B package -Pimages -DskipTests" >&2; exit 1; }
done
if [ ! -d "$ROOT/deploy/local/target/lib" ]; then   # the launcher of run-local, built in place (no install)
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl deploy/local -am)
fi

DATA="$(mktemp -d /tmp/check-images.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "check-images: starting PostgreSQL ($PG) and Kafka ($KAFKA) in $DATA ..."
"$ROOT/run-local" --infra-only --no-build --no-seed --data-dir="$DATA/local" --pg-port="$PG" \
  --kafka-port="$KAFKA" --kafka-controller-port="$KAFKA_CTL" > "$DATA/run-local.log" 2>&1 &
pids+=($!)
until grep -q "infrastructure ready" "$DATA/run-local.log"; do
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$DATA/run-local.log" >&2; exit 1; }
  sleep 2
done

# "- KEY=VALUE" literals of a kustomization's configMapGenerator
literals() { grep -E '^\s+- [A-Z][A-Z0-9_]*=' "$1" | sed -E 's/^\s+- //'; }
# the Deployment's memory limit (e.g. 768Mi) in bytes and as a -XX:MaxRAM value
limit_of() { awk '/limits:/ {l=1} l && /memory:/ {print $2; exit}' "$K8S/$1/deployment.yaml"; }

failed=0
for s in "${services[@]}"; do
  limit=$(limit_of "$s")
  limit_bytes=$(numfmt --from=auto "$limit")
  mapfile -t common < <(literals "$K8S/kustomization.yaml")
  mapfile -t own < <(literals "$K8S/$s/kustomization.yaml")
  envs=()
  for kv in "${common[@]}" "${own[@]}"; do
    if [[ "$kv" == JAVA_TOOL_OPTIONS=* ]]; then
      kv="$kv -XX:MaxRAM=$limit_bytes -XX:+PrintFlagsFinal"
      jto="${kv#JAVA_TOOL_OPTIONS=}"
    fi
    envs+=(-e "$kv")
  done
  # what the Deployment's secrets and the cluster's servers are, here
  envs+=(-e "QUARKUS_HTTP_PORT=${port[$s]}"
         -e "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG/$s"
         -e QUARKUS_DATASOURCE_USERNAME=postgres -e QUARKUS_DATASOURCE_PASSWORD=postgres
         -e "KAFKA_BOOTSTRAP_SERVERS=localhost:$KAFKA"
         -f "$DATA/local/keys/jwt-public.pem:/etc/zhaoshang/jwt/publicKey.pem")
  log="$DATA/$s.log"
  echo "check-images: $s: JAVA_TOOL_OPTIONS=$jto"
  "$HERE/run-image.sh" "${envs[@]}" "$ROOT/$s-service/target/jib-image.tar" > "$log" 2>&1 &
  pid=$!
  pids+=($pid)
  url="http://localhost:${port[$s]}/q/health/ready"
  body=""
  # as the Deployment's startupProbe: up to 60 checks 5 s apart, or until the program exits
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    body=$(curl -sf "$url" 2>/dev/null) && break
    sleep 5
  done
  heap=$(awk '$2 == "MaxHeapSize" {print $4; exit}' "$log")
  status=$(jq -r '.status' <<<"${body:-{\}}" 2>/dev/null || true)
  if [ "$status" = UP ] && [ -n "$heap" ] && [ "$heap" -lt "$limit_bytes" ]; then
    echo "check-images: $s: $(grep -m1 '^run-image:' "$log" | sed 's/^run-image: //')"
    # the JVM is the image's, as the image's user (the child of run-image.sh is the program itself)
    jpid=$(pgrep -P "$pid" | head -1)
    echo "check-images: $s: process $jpid: uid $(stat -c %u "/proc/$jpid"), executable $(readlink "/proc/$jpid/exe")," \
      "agent in its root: $(stat -c %s "/proc/$jpid/root/opt/otel/opentelemetry-javaagent.jar") bytes"
    echo "check-images: $s: ready UP; MaxHeapSize=$heap ($((heap / 1048576)) MiB) < limit $limit ($limit_bytes): OK"
  else
    echo "check-images: $s: FAILED (ready: ${status:-no answer}, MaxHeapSize: ${heap:-?}, limit $limit_bytes); log:" >&2
    tail -40 "$log" >&2
    failed=1
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
exit "$failed"
