#!/usr/bin/env bash
# Start-up benchmark: time from launch to the first 2xx on /health, and the resident memory
# then, on the embedded H2 database in a fresh directory, with the launch settings of ./koop start.
# Appends a row to BENCHMARKS.md. Usage: scripts/bench-startup.sh [runs] [extra JVM options]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-jdk.sh
runs=${1:-5}
shift || true
extra="$*"
[ -f bootstrap/target/koop.jar ] || ./mvnw -B -q -ntp -DskipTests -pl bootstrap -am package
source scripts/jvm-options.sh
port=18181
times=(); rsss=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  KOOP_PORT=$port KOOP_DB_URL="jdbc:h2:file:$dir/koop;MODE=MariaDB;DATABASE_TO_LOWER=TRUE" \
    KOOP_ADMIN_USERNAME=admin KOOP_ADMIN_PASSWORD=benchmark-password \
    "$JAVA_HOME/bin/java" $KOOP_JVM_OPTIONS $extra -jar bootstrap/target/koop.jar > "$dir/log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.01; done
  end=$(date +%s%N)
  rss=$(ps -o rss= -p $pid | tr -d ' ')
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
  times+=($(( (end - start) / 1000000 ))); rsss+=($(( rss / 1024 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
t=$(median "${times[@]}"); m=$(median "${rsss[@]}")
line="| $(date -u +%Y-%m-%dT%H:%M:%SZ) | start-up to first 2xx on /health | ${t} ms (median of $runs: ${times[*]}) | ${m} MB resident | $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2) | ${KOOP_JVM_OPTIONS} ${extra} |"
echo "$line"
if [ ! -f BENCHMARKS.md ]; then
  printf '# Benchmarks\n\nEach benchmark is one command and appends its figures here.\n\n| when | what | figure | memory | machine | JVM options |\n|---|---|---|---|---|---|\n' > BENCHMARKS.md
fi
echo "$line" >> BENCHMARKS.md
