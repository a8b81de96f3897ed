#!/usr/bin/env bash
# The benchmarks of issue 9 in one command: starts the local stack on ports of its own with the write
# limit off, loads the data, runs every benchmark with a load generator that is not the system under
# test (wrk, pgbench, the deploy/local bench tools), each beside its baseline measured in the same run,
# and writes the table of medians and ratios to the top of docs/benchmarks.md (and to stdout).
#
#   ./bench/run.sh [--quick] [--only=ROW[,ROW...]] [--rounds=N] [--no-doc]
#
#   --quick    one round, small data, short rounds: a smoke run of the harness (minutes)
#   --only=    the rows to run (1-10); the others keep their figures of an earlier run of the same kind
#   --rounds=  rounds per row (default 3; each round measures the system and its baseline, alternating)
#   --heavy-rounds=  rounds of rows 3, 4, 6 and 7, minutes each on the issue's data (default 1)
#   --no-doc   print the table, leave docs/benchmarks.md alone
#   BENCH_PORT_OFFSET=N (environment) moves all its ports by N, for a second harness on the machine
#
# Needs a JDK 17+, and as root installs what is missing with apt-get: wrk, postgresql-client (pgbench,
# psql), jq. Builds what is missing with ./mvnw package (never install). Everything it writes lives in
# .bench-data/ (the stack's data directory, the raw output of every round in .bench-data/out/).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

QUICK=no ONLY="1,2,3,4,5,6,7,8,9,10" ROUNDS=3 HEAVY_ROUNDS=1 DOC=yes
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=yes ;;
    --only=*) ONLY="${arg#--only=}" ;;
    --rounds=*) ROUNDS="${arg#--rounds=}" ;;
    --heavy-rounds=*) HEAVY_ROUNDS="${arg#--heavy-rounds=}" ;;
    --no-doc) DOC=no ;;
    --help|-h) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

# sizes: the issue's in a full run, a tenth or less in a quick one
if [ "$QUICK" = yes ]; then
  ROUNDS=1 HEAVY_ROUNDS=1 SECONDS_PER_ROUND=5 WARM_UP=3 COMPANIES_PER_ROUND=8000 INGEST_EVENTS=4000 LEDGER_ENTRIES=100000
  PROJECTS=10000 IMPORT_ROWS=2000 TOOL_SECONDS=3 LOAD_SECONDS=5 LATENCY_SECONDS=5
else
  SECONDS_PER_ROUND=15 WARM_UP=60 COMPANIES_PER_ROUND=40000 INGEST_EVENTS=100000 LEDGER_ENTRIES=1000000
  PROJECTS=100000 IMPORT_ROWS=50000 TOOL_SECONDS=10 LOAD_SECONDS=10 LATENCY_SECONDS=10
fi
CONNECTIONS=32 WRK_THREADS=2

# ports of this stack, apart from ./run-local's defaults and the other stacks of a shared machine
# (BENCH_PORT_OFFSET moves them all, for a second run of the harness on the same machine)
O=${BENCH_PORT_OFFSET:-0}
PARKS_PORT=$((9481 + O)) LEADS_PORT=$((9482 + O)) PROJECTS_PORT=$((9483 + O)) SCORING_PORT=$((9484 + O))
MINIMAL_PORT=$((9489 + O)) PG_PORT=$((16732 + O)) KAFKA_PORT=$((20392 + O)) CONTROLLER_PORT=$((20393 + O))
declare -A PORT=([parks]=$PARKS_PORT [leads]=$LEADS_PORT [projects]=$PROJECTS_PORT [scoring]=$SCORING_PORT)
SERVICES=(parks leads projects scoring)

WORK="$ROOT/.bench-data"
STACK_DIR="$WORK/stack"
OUT="$WORK/out"
MODE=full; [ "$QUICK" = yes ] && MODE=quick
# the figures of every round, and a line per run; a run replaces the rows it runs and keeps the others,
# so that the table can be made in parts (--only=) on a busy machine; quick and full runs apart
RESULTS="$OUT/results-$MODE.tsv"
RUNS_LOG="$OUT/runs-$MODE.log"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CP="$ROOT/deploy/local/target/classes:$ROOT/deploy/local/target/lib/*"
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGPASSWORD=postgres
# the services measured, not the per-client write limiter (docs/architecture.md); the stack's
# services inherit the launcher's environment
export ZHAOSHANG_HTTP_WRITE_RATE_PER_SECOND=0

runs() { [[ ",$ONLY," == *",$1,"* ]]; }
say() { echo "bench: $*" >&2; }

# --- prerequisites -----------------------------------------------------------------------------------

need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v pgbench >/dev/null && command -v psql >/dev/null || need_packages+=(postgresql-client)
command -v jq >/dev/null || need_packages+=(jq)
command -v curl >/dev/null || need_packages+=(curl)
if [ ${#need_packages[@]} -gt 0 ]; then
  say "installing ${need_packages[*]} with apt-get"
  apt-get update -q >/dev/null && apt-get install -y -q "${need_packages[@]}" >/dev/null
fi

build=()
[ -d deploy/local/target/lib ] && [ -d deploy/local/target/classes ] || build+=(deploy/local)
for s in "${SERVICES[@]}"; do
  [ -f "$s-service/target/quarkus-app/quarkus-run.jar" ] || build+=("$s-service")
done
if [ ${#build[@]} -gt 0 ]; then
  say "building ${build[*]} (./mvnw -B -q package -DskipTests) ..."
  ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${build[*]}")" -am
fi
MINIMAL_JAR="$ROOT/bench/minimal-app/target/quarkus-app/quarkus-run.jar"
if runs 8 && [ ! -f "$MINIMAL_JAR" ]; then
  say "building the minimal Quarkus app (./mvnw -f bench/minimal-app/pom.xml package) ..."
  ./mvnw -B -q -f bench/minimal-app/pom.xml package -DskipTests
fi

mkdir -p "$OUT"
touch "$RESULTS" "$RUNS_LOG"
if [ "$ONLY" = "1,2,3,4,5,6,7,8,9" ]; then
  : > "$RESULTS"; : > "$RUNS_LOG"
else
  for r in ${ONLY//,/ }; do sed -i "/^row$r\./d" "$RESULTS"; done
fi
BEGAN=$(date +%s)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

# --- helpers -------------------------------------------------------------------------------------------

# record KEY VALUE: one round's figure; median KEY: the median of its rounds
record() { printf '%s\t%s\n' "$1" "$2" >> "$RESULTS"; say "  $1 = $2"; }
median() {
  awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$RESULTS" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) exit; print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
now() { date +%s.%N; }
# pid_on_port PORT: the process listening on PORT (a service of the stack)
pid_on_port() { ss -Hltnp "( sport = :$1 )" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

STACK_PID=""
# start_stack [run-local options...]: starts ./run-local in the background, waits until it says ready
start_stack() {
  local log="$OUT/stack-$(date +%H%M%S).log"
  ./run-local --no-build --data-dir="$STACK_DIR" --parks-port=$PARKS_PORT --leads-port=$LEADS_PORT \
    --projects-port=$PROJECTS_PORT --scoring-port=$SCORING_PORT --pg-port=$PG_PORT --kafka-port=$KAFKA_PORT \
    --kafka-controller-port=$CONTROLLER_PORT --ready-timeout=900 "$@" > "$log" 2>&1 &
  STACK_PID=$!
  STACK_LOG="$log"
  until grep -q -e "all four services ready" -e "infrastructure ready" "$log"; do
    if ! kill -0 "$STACK_PID" 2>/dev/null; then
      tail -30 "$log" >&2
      STACK_PID=""
      say "the stack did not start (log: $log)"
      exit 1
    fi
    sleep 0.2
  done
  TOKEN=$(sed -n 's/^zone-admin: //p' "$log")
}
stop_stack() {
  if [ -n "$STACK_PID" ]; then
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
    STACK_PID=""
  fi
}
# a service of row 8 started alone
LONE_PID=""
stop_lone() {
  if [ -n "$LONE_PID" ]; then
    kill -TERM "$LONE_PID" 2>/dev/null || true
    wait "$LONE_PID" 2>/dev/null || true
    LONE_PID=""
  fi
}
trap 'stop_lone; stop_stack' EXIT
trap 'exit 130' INT TERM

# wrk_rps LOG: requests per second of a wrk run, refusing a run with errors or non-2xx answers
wrk_rps() {
  if grep -q -e "Non-2xx" -e "Socket errors" "$1"; then
    say "wrk saw errors, see $1:"; grep -e "Non-2xx" -e "Socket errors" "$1" >&2
    echo "NaN"
  else
    awk '/^Requests\/sec:/ { print $2 }' "$1"
  fi
}
pgbench_tps() { sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$1"; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" "${@:2}"; }
tool() { "$JAVA" -cp "$CP" "io.zhaoshang.local.bench.$1" "${@:2}"; }

# --- the stack, loaded -----------------------------------------------------------------------------------

STACK_ROWS=no
for r in 1 2 3 4 5 6 7; do runs $r && STACK_ROWS=yes; done
if [ "$STACK_ROWS" = yes ] || runs 9; then
  say "starting the stack in $STACK_DIR (empty, seeded with the Jining example) ..."
  started=$(now)
  start_stack --clean
  runs 9 && record row9.cold "$(since "$started")"
  # each service seeds only an empty database, and leads' seed waits for parks' catalog and scoring's
  # teams over Kafka: the rows below write into the seeded zone, so they wait until it is there
  for svc in parks leads projects scoring; do
    for ((wait = 0; wait < 600; wait += 2)); do
      grep -q "loaded the Jining seed" "$STACK_DIR/logs/$svc.log" && break
      sleep 2
    done
    grep -q "loaded the Jining seed" "$STACK_DIR/logs/$svc.log" || { say "$svc-service did not load its seed"; exit 1; }
  done
fi

# row 1: POST /api/v1/leads vs pgbench single-row inserts, both at 32 connections
if runs 1; then
  say "row 1: POST /api/v1/leads at $CONNECTIONS connections vs pgbench single-row insert"
  stock=$(( COMPANIES_PER_ROUND * (ROUNDS + 1) ))
  # the companies straight into the leads database (through the API they would be a benchmark of their own)
  psql_db leads -c "insert into company (id, zone, name, country, registration_number, tags, industry_codes,
      version, created_at, created_by, updated_at, updated_by)
    select gen_random_uuid(), 'JN-HTZ', '基准上报企业' || n, 'DE', 'BENCH-' || lpad(n::text, 7, '0'), '{}', '{}',
      0, now(), 'bench', now(), 'bench' from generate_series(1, $stock) n"
  psql_db leads -At -c "select id from company where created_by = 'bench' order by registration_number" > "$OUT/companies.txt"
  # one slice of companies per wrk run: the warm-up, then each round
  split -l "$COMPANIES_PER_ROUND" -d -a 2 "$OUT/companies.txt" "$OUT/companies-"
  psql_db leads -f bench/pgbench/insert-setup.sql
  run_leads() { # slice seconds log
    BENCH_TOKEN="$TOKEN" BENCH_COMPANIES="$OUT/companies-$1" BENCH_THREADS=$WRK_THREADS \
      wrk -t$WRK_THREADS -c$CONNECTIONS --timeout 60s -d"$2"s --latency -s bench/wrk/lead-report.lua \
      "http://localhost:$LEADS_PORT" > "$3"
  }
  run_leads 00 "$WARM_UP" "$OUT/row1-warm-up.txt"
  for ((i = 1; i <= ROUNDS; i++)); do
    run_leads "$(printf %02d "$i")" "$SECONDS_PER_ROUND" "$OUT/row1-wrk-$i.txt"
    record row1.system "$(wrk_rps "$OUT/row1-wrk-$i.txt")"
    pgbench -n -c $CONNECTIONS -j $WRK_THREADS -T "$SECONDS_PER_ROUND" -f bench/pgbench/insert.sql leads \
      > "$OUT/row1-pgbench-$i.txt" 2>&1 || say "pgbench failed, see $OUT/row1-pgbench-$i.txt"
    record row1.baseline "$(pgbench_tps "$OUT/row1-pgbench-$i.txt")"
  done
fi

# row 2: GET /api/v1/projects/{id} vs pgbench -S, both at 32 connections
if runs 2; then
  say "row 2: GET /api/v1/projects/{id} at $CONNECTIONS connections vs pgbench -S"
  # the seeded projects come from the seeded leads' conversions, through Kafka: they may take a while
  for ((wait = 0; wait < 300; wait += 5)); do
    curl -sf -H "Authorization: Bearer $TOKEN" "http://localhost:$PROJECTS_PORT/api/v1/projects?limit=200" |
      jq -r '.items[].id' > "$OUT/project-ids.txt" || true
    [ -s "$OUT/project-ids.txt" ] && break
    sleep 5
  done
  [ -s "$OUT/project-ids.txt" ] || { say "no seeded projects found"; exit 1; }
  psql_db postgres -c "drop database if exists bench_pgbench" -c "create database bench_pgbench"
  pgbench -i -q -s 10 bench_pgbench > "$OUT/row2-pgbench-init.txt" 2>&1
  run_project() { # seconds log
    BENCH_TOKEN="$TOKEN" BENCH_IDS="$OUT/project-ids.txt" BENCH_PATH=/api/v1/projects \
      wrk -t$WRK_THREADS -c$CONNECTIONS --timeout 60s -d"$1"s --latency -s bench/wrk/get-by-id.lua \
      "http://localhost:$PROJECTS_PORT" > "$2"
  }
  run_project "$WARM_UP" "$OUT/row2-warm-up.txt"
  for ((i = 1; i <= ROUNDS; i++)); do
    run_project "$SECONDS_PER_ROUND" "$OUT/row2-wrk-$i.txt"
    record row2.system "$(wrk_rps "$OUT/row2-wrk-$i.txt")"
    pgbench -n -S -c $CONNECTIONS -j $WRK_THREADS -T "$SECONDS_PER_ROUND" bench_pgbench > "$OUT/row2-pgbench-$i.txt" 2>&1 || say "pgbench failed, see $OUT/row2-pgbench-$i.txt"
    record row2.baseline "$(pgbench_tps "$OUT/row2-pgbench-$i.txt")"
  done
fi

# row 3: scoring ingest (deploy/local's ScoringIngestBenchmark) vs pgbench single-row inserts at the
# ingest's concurrency (3: the topic's partitions). scoring-service is paused (SIGSTOP) while the tool
# writes the events and measured from when it continues: its rate, not the tool's producer's
if runs 3; then
  say "row 3: scoring ingest of $INGEST_EVENTS project events vs pgbench single-row insert"
  psql_db scoring -f bench/pgbench/insert-setup.sql
  for ((i = 1; i <= HEAVY_ROUNDS; i++)); do
    tool ScoringIngestBenchmark --events="$INGEST_EVENTS" --threads=3 --base="http://localhost:$SCORING_PORT" \
      --kafka="localhost:$KAFKA_PORT" --jdbc="jdbc:postgresql://localhost:$PG_PORT/scoring" --data-dir="$STACK_DIR" \
      --pause-pid="$(pid_on_port "$SCORING_PORT")" > "$OUT/row3-ingest-$i.txt" 2>&1 || say "the tool failed, see $OUT/row3-ingest-$i.txt"
    record row3.system "$(sed -n 's/^ingest: .* = \([0-9,]*\) facts\/s$/\1/p' "$OUT/row3-ingest-$i.txt" | tr -d ,)"
    pgbench -n -c 3 -j 3 -T "$SECONDS_PER_ROUND" -f bench/pgbench/insert.sql scoring > "$OUT/row3-pgbench-$i.txt" 2>&1 || say "pgbench failed, see $OUT/row3-pgbench-$i.txt"
    record row3.baseline "$(pgbench_tps "$OUT/row3-pgbench-$i.txt")"
  done
fi

# row 4: lead conversions at 200/s, each until its project exists and its points are booked (EventLatencyBenchmark)
if runs 4; then
  say "row 4: event latency at 200 conversions/s for $LATENCY_SECONDS s"
  # the three services warm up first (their JIT compiling was half their CPU in a profile of a cold
  # round): the same chain at a quarter of the rate, not measured
  tool EventLatencyBenchmark --rate=50 --seconds="$WARM_UP" --base="http://localhost:$LEADS_PORT" \
    --pg-port=$PG_PORT --data-dir="$STACK_DIR" > "$OUT/row4-warm-up.txt" 2>&1 || say "the warm-up failed, see $OUT/row4-warm-up.txt"
  for ((i = 1; i <= HEAVY_ROUNDS; i++)); do
    tool EventLatencyBenchmark --rate=200 --seconds="$LATENCY_SECONDS" --base="http://localhost:$LEADS_PORT" \
      --pg-port=$PG_PORT --data-dir="$STACK_DIR" > "$OUT/row4-tool-$i.txt" 2>&1 || say "the tool failed, see $OUT/row4-tool-$i.txt"
    record row4.system "$(sed -n 's/^request → project created and points booked: .* p99 \([0-9]*\) ms.*/\1/p' "$OUT/row4-tool-$i.txt")"
  done
fi

# pgbench_p50_ms SCRIPT DB SECONDS LOGPREFIX: the median latency of one client running SCRIPT
pgbench_p50_ms() {
  rm -f "$4".*
  pgbench -n -c 1 -T "$3" -f "$1" -l --log-prefix="$4" "$2" > "$4.txt" 2>&1 || { say "pgbench failed, see $4.txt"; return; }
  # the per-transaction log: client, transaction, latency in µs, ...
  cat "$4".[0-9]* | awk '{ print $3 }' | sort -g |
    awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] / 1000 }'
}

# row 5: leaderboard over 1,000,000 ledger entries (LeaderboardBenchmark) vs its hand-written SQL by pgbench -f
if runs 5; then
  say "row 5: leaderboard over $LEDGER_ENTRIES ledger entries vs the hand-written SQL (pgbench -f)"
  zone=""
  for ((i = 1; i <= ROUNDS; i++)); do
    tool LeaderboardBenchmark --entries="$LEDGER_ENTRIES" --seconds="$TOOL_SECONDS" ${zone:+--zone=$zone} \
      --base="http://localhost:$SCORING_PORT" --jdbc="jdbc:postgresql://localhost:$PG_PORT/scoring" \
      --data-dir="$STACK_DIR" --sql-file="$OUT/leaderboard.sql" > "$OUT/row5-tool-$i.txt" 2>&1 || say "the tool failed, see $OUT/row5-tool-$i.txt"
    zone=$(sed -n 's/^zone \(BENCH-[0-9A-F]*\):.*/\1/p' "$OUT/row5-tool-$i.txt")
    record row5.system "$(sed -n 's/^GET \/api\/v1\/leaderboards.* p50 *\([0-9.]*\) ms.*/\1/p' "$OUT/row5-tool-$i.txt")"
    record row5.baseline "$(pgbench_p50_ms "$OUT/leaderboard.sql" scoring "$TOOL_SECONDS" "$OUT/row5-pgbench-$i")"
  done
fi

# row 6: GET /statistics over 100,000 projects (StatisticsBenchmark) vs its hand-written SQL: the sum of
# the medians of its three questions (by stage, a year, a year by team and month)
if runs 6; then
  say "row 6: GET /api/v1/statistics over $PROJECTS projects vs hand-written SQL"
  for ((i = 1; i <= HEAVY_ROUNDS; i++)); do
    tool StatisticsBenchmark --projects="$PROJECTS" --seconds="$TOOL_SECONDS" --base="http://localhost:$PROJECTS_PORT" \
      --jdbc="jdbc:postgresql://localhost:$PG_PORT/projects" --data-dir="$STACK_DIR" > "$OUT/row6-tool-$i.txt" 2>&1 || say "the tool failed, see $OUT/row6-tool-$i.txt"
    record row6.system "$(awk '/^  GET \/api\/v1\/statistics/ { for (f = 1; f < NF; f++) if ($f == "p50") s += $(f + 1) } END { print s }' "$OUT/row6-tool-$i.txt")"
    record row6.baseline "$(awk '/^  baseline SQL over JDBC/ { for (f = 1; f < NF; f++) if ($f == "p50") s += $(f + 1) } END { print s }' "$OUT/row6-tool-$i.txt")"
  done
fi

# row 7: lead import of 50,000 rows (LeadImportBenchmark) vs COPY of the same rows
if runs 7; then
  say "row 7: lead import of $IMPORT_ROWS rows vs COPY"
  for ((i = 1; i <= HEAVY_ROUNDS; i++)); do
    tool LeadImportBenchmark --rows="$IMPORT_ROWS" --base="http://localhost:$LEADS_PORT" --pg-port=$PG_PORT \
      --data-dir="$STACK_DIR" > "$OUT/row7-tool-$i.txt" 2>&1 || say "the tool failed, see $OUT/row7-tool-$i.txt"
    record row7.system "$(sed -n 's/^import: .* = \([0-9,]*\) rows\/s$/\1/p' "$OUT/row7-tool-$i.txt" | tr -d ,)"
    record row7.baseline "$(sed -n 's/^COPY .* = \([0-9,]*\) rows\/s$/\1/p' "$OUT/row7-tool-$i.txt" | tr -d ,)"
  done
fi

stop_stack

# row 9: the whole stack from the command to all four services ready, warm: the data directory kept
if runs 9; then
  say "row 9: warm starts of the whole stack"
  for ((i = 1; i <= ROUNDS; i++)); do
    started=$(now)
    start_stack
    record row9.system "$(since "$started")"
    stop_stack
  done
fi

# row 8: each service alone (PostgreSQL and Kafka up, nothing else), `java -jar` as ./run-local starts it
# (from its directory, with deploy/local/service-jvm.args and its AppCDS archive): seconds to
# /q/health/ready, then the RSS after LOAD_SECONDS of wrk at 32 connections on one of its reads; the same
# for the minimal Quarkus REST app, started the same way (same options, its own archive), alternating
declare -A LOAD_PATH=([parks]=/api/v1/parks [leads]=/api/v1/leads [projects]=/api/v1/projects
  [scoring]="/api/v1/leaderboards?period=MONTH&key=$(date +%Y-%m)" [minimal]=/hello)
launch_lone() { # name port
  local jar="$ROOT/$1-service/target/quarkus-app/quarkus-run.jar" cds=()
  [ "$1" = minimal ] && jar="$MINIMAL_JAR"
  [ -f "$(dirname "$jar")/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
  (cd "$(dirname "$jar")" && exec env QUARKUS_HTTP_PORT="$2" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$1" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    KAFKA_BOOTSTRAP_SERVERS="localhost:$KAFKA_PORT" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STACK_DIR/keys/jwt-public.pem" \
    MP_JWT_VERIFY_ISSUER=https://zhaoshang.local ZHAOSHANG_SEED_JINING=false \
    "$JAVA" @"$ROOT/deploy/local/service-jvm.args" "${cds[@]}" -jar quarkus-run.jar) > "$OUT/row8-$1.log" 2>&1 &
  LONE_PID=$!
}
await_lone() { # name port: until the lone service answers ready
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$2/q/health/ready")" = 200 ]; do
    kill -0 "$LONE_PID" 2>/dev/null || { tail -30 "$OUT/row8-$1.log" >&2; say "$1 did not start"; exit 1; }
    sleep 0.1
  done
}
measure_lone() { # name round
  local port=${PORT[$1]:-$MINIMAL_PORT} started
  started=$(now)
  launch_lone "$1" "$port"
  await_lone "$1" "$port"
  record "row8.$1.startup" "$(since "$started")"
  BENCH_TOKEN="$TOKEN" wrk -t$WRK_THREADS -c$CONNECTIONS --timeout 60s -d"$LOAD_SECONDS"s -s bench/wrk/get-auth.lua \
    "http://localhost:$port${LOAD_PATH[$1]}" > "$OUT/row8-$1-wrk-$2.txt" &
  local load=$!
  sleep $(( LOAD_SECONDS - 1 ))
  record "row8.$1.rss" "$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$LONE_PID/status")"
  wait $load
  [ "$(wrk_rps "$OUT/row8-$1-wrk-$2.txt")" != NaN ] || { say "$1 answered errors under load"; exit 1; }
  stop_lone
}
if runs 8; then
  say "row 8: startup and RSS under load of each service alone vs the minimal Quarkus REST app"
  start_stack --infra-only
  for ((i = 1; i <= ROUNDS; i++)); do
    for s in "${SERVICES[@]}"; do
      measure_lone "$s" "$i"
      measure_lone minimal "$i"
    done
  done
  stop_stack
fi

# row 10: memory stays flat with the data: leads-service's peak RSS while it imports a tenth of the rows,
# then all of them (the import is spooled to disk and streamed in chunks of 500), and while it exports
# each of those zones' leads as CSV (streamed from a database cursor). A JVM's RSS does not shrink back,
# so each import and each export gets a leads-service started afresh (alone, as in row 8).
# peak_rss_during PORT OUT COMMAND...: runs COMMAND (output to OUT) while sampling, twice a second, the
# RSS of the service listening on PORT; prints the peak in MiB
peak_rss_during() {
  local port=$1 out=$2 pid peak=0 rss job
  shift 2
  pid=$(pid_on_port "$port")
  "$@" > "$out" 2>&1 &
  job=$!
  while kill -0 "$job" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss
    sleep 0.5
  done
  wait "$job" || say "the tool failed, see $out"
  echo $((peak / 1024))
}
if runs 10; then
  say "row 10: leads-service's peak RSS importing $((IMPORT_ROWS / 10)) rows, then $IMPORT_ROWS, each in a fresh process"
  start_stack --infra-only
  for ((i = 1; i <= HEAVY_ROUNDS; i++)); do
    for size in small large; do
      rows=$IMPORT_ROWS; [ $size = small ] && rows=$((IMPORT_ROWS / 10))
      launch_lone leads "$LEADS_PORT"
      await_lone leads "$LEADS_PORT"
      record "row10.$size" "$(peak_rss_during "$LEADS_PORT" "$OUT/row10-$size-$i.txt" tool LeadImportBenchmark \
        --rows="$rows" --base="http://localhost:$LEADS_PORT" --pg-port=$PG_PORT --data-dir="$STACK_DIR")"
      stop_lone
      # then the export of the same zone's leads, by another fresh process
      zone=$(sed -n 's/^zone \([^:]*\):.*/\1/p' "$OUT/row10-$size-$i.txt")
      launch_lone leads "$LEADS_PORT"
      await_lone leads "$LEADS_PORT"
      record "row10.export-$size" "$(peak_rss_during "$LEADS_PORT" "$OUT/row10-export-$size-$i.txt" \
        tool LeadExportBenchmark --zone="$zone" --base="http://localhost:$LEADS_PORT" --pg-port=$PG_PORT \
        --data-dir="$STACK_DIR")"
      stop_lone
    done
  done
  stop_stack
fi

# --- the table ---------------------------------------------------------------------------------------------

ELAPSED=$(( $(date +%s) - BEGAN ))
LOAD_AT_END=$(cut -d' ' -f1-3 /proc/loadavg)

# a figure as the table shows it: whole numbers from 100 up, with thousands separators; else two decimals
fmt() {
  awk -v v="$1" 'BEGIN {
    if (v == "") { print "—"; exit }
    if (v + 0 < 100) { printf "%.2f\n", v; exit }
    s = sprintf("%.0f", v); n = length(s); out = ""
    for (i = 1; i <= n; i++) { out = out substr(s, i, 1); if ((n - i) % 3 == 0 && i < n) out = out "," }
    print out }'
}
# line ROW "benchmark" SYSTEM_KEY BASELINE_KEY UNIT GOAL_OP GOAL: GOAL_OP is ratio>= / ratio<= / value<=
line() {
  local row=$1 what=$2 sys base ratio="—" met="not run" figure baseline="—"
  sys=$(median "$3"); [ -n "$4" ] && base=$(median "$4") || base=""
  if ! grep -q "^$3"$'\t' "$RESULTS"; then
    figure="not run"
  elif [ -z "$sys" ] || awk -F'\t' -v k="$3" '$1 == k && $2 !~ /^[0-9.]+$/ { bad = 1 } END { exit !bad }' "$RESULTS"; then
    figure="failed (see .bench-data/out)"; met="**no**"
  else
    figure="$(fmt "$sys") $5"
    if [ -n "$base" ]; then
      baseline="$(fmt "$base") $5"
      ratio=$(awk -v a="$sys" -v b="$base" 'BEGIN { printf "%.3f", a / b }')
    fi
    met=$(awk -v op="$6" -v g="$7" -v r="$ratio" -v v="$sys" 'BEGIN {
      ok = op == "ratio>=" ? r >= g : op == "ratio<=" ? r <= g : v <= g; print ok ? "yes" : "**no**" }')
    [ "$6" != "value<=" ] && ratio="${ratio} ×"
  fi
  local goal="≤ $7 $5"; [ "$6" = "ratio>=" ] && goal="≥ $7 ×"; [ "$6" = "ratio<=" ] && goal="≤ $7 ×"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$row" "$what" "$figure" "$baseline" "$ratio" "$goal" "$met"
}

printf -- '- `./bench/run.sh %s` at %s, commit %s: rows %s, %s round(s) (rows 3, 4, 6, 7: %s), %d min %d s, load average %s at the start, %s at the end\n' \
  "$*" "$(date -u -d "@$BEGAN" '+%Y-%m-%d %H:%M UTC')" "$COMMIT" "$ONLY" \
  "$ROUNDS" "$HEAVY_ROUNDS" $((ELAPSED / 60)) $((ELAPSED % 60)) "$LOAD_AT_START" "$LOAD_AT_END" >> "$RUNS_LOG"

TABLE_FILE="$OUT/table-$MODE.md"
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1 | tr -d '"');"
  echo "each figure the median of its rounds, the system and its baseline alternating. Made by:"
  echo
  cat "$RUNS_LOG"
  echo
  echo "The machine is shared with other engineers' builds, tests and stacks (see the load averages):"
  echo "the absolute figures move with that load; the ratios to baselines measured in the same minutes"
  echo "absorb part of it, not all (the service and its baseline do not suffer alike)."
  echo
  echo "| # | benchmark | figure (median) | baseline (median, same run) | ratio | goal | met |"
  echo "|---|---|---|---|---|---|---|"
  line 1 "\`POST /api/v1/leads\`, $CONNECTIONS connections (wrk) vs pgbench single-row insert into an indexed table, -c $CONNECTIONS" \
    row1.system row1.baseline "req/s" "ratio>=" 0.5
  line 2 "\`GET /api/v1/projects/{id}\`, $CONNECTIONS connections (wrk, seeded projects) vs \`pgbench -S\` -c $CONNECTIONS" \
    row2.system row2.baseline "req/s" "ratio>=" 0.5
  line 3 "scoring ingest, $(fmt "$INGEST_EVENTS") project events → ledger (facts/s) vs pgbench single-row insert -c 3" \
    row3.system row3.baseline "/s" "ratio>=" 1.0
  line 4 "event latency, lead converted → project created → points booked, 200 conversions/s for $LATENCY_SECONDS s, p99" \
    row4.system "" "ms" "value<=" 1000
  line 5 "leaderboard of a month over $(fmt "$LEDGER_ENTRIES") ledger entries, p50 vs hand-written SQL by \`pgbench -f\` -c 1" \
    row5.system row5.baseline "ms" "ratio<=" 2
  line 6 "\`GET /api/v1/statistics\` over $(fmt "$PROJECTS") projects, sum of the p50 of its 3 questions vs hand-written SQL" \
    row6.system row6.baseline "ms" "ratio<=" 2
  line 7 "lead import, $(fmt "$IMPORT_ROWS") rows (rows/s) vs \`COPY\` of the same rows" \
    row7.system row7.baseline "rows/s" "ratio>=" 0.2
  for s in "${SERVICES[@]}"; do
    line 8 "$s-service startup as ./run-local starts it, to \`/q/health/ready\` vs the minimal Quarkus REST app" \
      "row8.$s.startup" row8.minimal.startup "s" "ratio<=" 1.5
    line 8 "$s-service RSS after ${LOAD_SECONDS} s of wrk at $CONNECTIONS connections vs the minimal app under the same load" \
      "row8.$s.rss" row8.minimal.rss "MiB" "ratio<=" 1.5
  done
  line 9 "whole local stack, \`./run-local\` to all four services ready, warm (data kept)" row9.system "" "s" "value<=" 30
  line 10 "leads-service peak RSS importing $(fmt "$IMPORT_ROWS") rows vs $(fmt $((IMPORT_ROWS / 10))) rows (memory flat with 10× the data)" \
    row10.large row10.small "MiB" "ratio<=" 1.25
  line 10 "leads-service peak RSS exporting $(fmt "$IMPORT_ROWS") leads as CSV vs $(fmt $((IMPORT_ROWS / 10))) leads (the same zones)" \
    row10.export-large row10.export-small "MiB" "ratio<=" 1.25
  cold=$(median row9.cold)
  [ -n "$cold" ] && echo && echo "The first (cold) start of the run, empty data directory and the seed, took $(fmt "$cold") s."
} > "$TABLE_FILE"

echo
cat "$TABLE_FILE"

if [ "$DOC" = yes ]; then
  # the section: the full run's table, then the quick run's, whichever exist
  section="$OUT/section.md"
  : > "$section"
  for mode in full quick; do
    [ -f "$OUT/table-$mode.md" ] || continue
    { echo; echo "### $([ $mode = full ] && echo "Full run (the issue's data sizes)" || echo "Quick run (\`--quick\`: small data, one short round; a smoke test of the harness, not a result)")"
      echo; cat "$OUT/table-$mode.md"; echo; } >> "$section"
  done
  doc=docs/benchmarks.md
  awk -v table="$section" '
    /<!-- bench:table -->/ { print; while ((getline l < table) > 0) print l; skip = 1; next }
    /<!-- \/bench:table -->/ { skip = 0 }
    !skip { print }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
  say "table written to $doc"
fi
