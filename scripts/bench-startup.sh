#!/usr/bin/env bash
# Start-up benchmark: from launch to the first 2xx on /health, the CPU time koop's JVM used until then (less
# disturbed than the elapsed time when the machine is busy) and its resident memory then, on the embedded H2
# database with demo data and the launch settings of ./koop start (scripts/jvm-options.sh, scripts/jvm-cache.sh).
# Cases, each the median of [runs]:
#   restart as ./koop start   from its second start of a build on: with the AOT cache on JDK 25 or newer, else
#                             with the CDS archive
#   restart, CDS archive      with a dynamic class data sharing archive (what ./koop start did before)
#   restart, no cache         neither
#   fresh database as ./koop start   migrations, the first administrator's hash and the demo data on top
# The AOT cache is made as ./koop start makes it: by a first start that ends (here after a sign-in and a few
# requests, for a real first request's classes). Appends a row per case to BENCHMARKS.md with the machine's
# load average before its runs: on a busy machine the elapsed times say little.
# Usage: scripts/bench-startup.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-jdk.sh
runs=${1:-5}
[ -f bootstrap/target/koop.jar ] || ./mvnw -B -q -ntp -DskipTests -pl bootstrap -am package
source scripts/jvm-options.sh
source scripts/jvm-cache.sh
port=18181
work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
# the build as it is now, whatever a build meanwhile writes to bootstrap/target
cp bootstrap/target/koop.jar "$work/koop.jar"
koop_jvm_cache "$work/koop.jar" "$work/jvm"

# launch DATABASE_DIRECTORY [JVM options]: starts koop in the background (pid), waits for the first 2xx on /health,
# and sets ms, cpu_ms and rss_mb
launch() {
  local db=$1 start end
  shift
  start=$(date +%s%N)
  KOOP_PORT=$port KOOP_DB_URL="jdbc:h2:file:$db/koop;MODE=MariaDB;DATABASE_TO_LOWER=TRUE" KOOP_DEMO_DATA=true \
    KOOP_ADMIN_USERNAME=admin KOOP_ADMIN_PASSWORD=benchmark-password \
    "$JAVA_HOME/bin/java" $KOOP_JVM_OPTIONS "$@" -jar "$KOOP_JAR" >> "$work/log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "koop ended before it answered; see its log:" >&2; tail -30 "$work/log" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  # utime and stime of /proc/PID/stat, in clock ticks
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))
}

# stop: ends koop as a service manager would (a training run writes the AOT cache then, as on Ctrl-C)
stop() {
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}

# a first real use: sign in, the list of networks, one network's dashboard
use() {
  local base="http://127.0.0.1:$port" token network
  token=$(curl -s "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username": "admin", "password": "benchmark-password"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  network=$(curl -s "$base/api/v1/networks" -H "Authorization: Bearer $token" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  curl -s -o /dev/null "$base/api/v1/networks/$network/dashboard" -H "Authorization: Bearer $token"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2)

# case LABEL FRESH(true|false) [JVM options]: runs times, appends a row
case_() {
  local label=$1 fresh=$2 load times=() cpus=() rsss=() i db line options
  shift 2
  options="$*"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  for i in $(seq 1 "$runs"); do
    db=$work/restart
    if [ "$fresh" = true ]; then db=$(mktemp -d -p "$work"); fi
    launch "$db" "$@"
    stop
    times+=("$ms"); cpus+=("$cpu_ms"); rsss+=("$rss_mb")
  done
  line="| $(date -u +%Y-%m-%dT%H:%M:%SZ) | start-up to first 2xx on /health, $label | $(median "${times[@]}") ms elapsed (median of $runs: ${times[*]}), $(median "${cpus[@]}") ms CPU (${cpus[*]}); load average $load | $(median "${rsss[@]}") MB resident | $(nproc) cores, $jdk | ${KOOP_JVM_OPTIONS} ${options//$work\//} |"
  echo "$line"
  echo "$line" >> BENCHMARKS.md
}

# the database the restarts use, and the caches, made as ./koop start makes them
mkdir -p "$work/restart"
launch "$work/restart" $KOOP_JVM_CACHE_OPTIONS
use
stop
koop_jvm_cache "$work/koop.jar" "$work/jvm"
launch "$work/restart" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/jvm/koop.jsa"
use
stop

case_ "restart as ./koop start" false $KOOP_JVM_CACHE_OPTIONS
case_ "restart, CDS archive" false -XX:SharedArchiveFile="$work/jvm/koop.jsa"
case_ "restart, no cache" false
case_ "fresh database as ./koop start" true $KOOP_JVM_CACHE_OPTIONS
