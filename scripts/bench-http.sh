#!/usr/bin/env bash
# HTTP under load: wrk (2 threads, 16 connections, 5 s warm-up and 10 s per endpoint) against koop on the
# MariaDB database koop_bench (./koop generate fills it), on loopback; koop and wrk share the machine.
# Appends throughput and p50/p99 per endpoint to BENCHMARKS.md, the bare JDBC endpoint of the same
# application as the yardstick, and the machine's load when it ran. The web interface's pages (a network's
# dashboard, its partners) are asked for with 16 sessions, each signed in through the sign-in form as a
# person would, each request taking one of them at random. Usage: scripts/bench-http.sh [label, e.g. the scale]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/find-jdk.sh
source scripts/jvm-options.sh
source scripts/bench-db.sh
label=${1:-koop_bench}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f bootstrap/target/koop.jar ] || ./mvnw -B -q -ntp -DskipTests -pl bootstrap -am package
port=18192
# the first administrator is made on start with the password below, whoever used koop_bench before
mariadb koop_bench -e "DELETE FROM refresh_token; DELETE FROM app_user"
KOOP_PORT=$port KOOP_DB_URL=${KOOP_BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/koop_bench} KOOP_DB_USER=koop KOOP_DB_PASSWORD=koop \
  KOOP_ADMIN_USERNAME=admin KOOP_ADMIN_PASSWORD=benchmark-password KOOP_REMINDERS_ENABLED=false \
  KOOP_BENCH_BARE_ENDPOINT=true KOOP_READ_CACHE_MAX_BYTES=${KOOP_READ_CACHE_MAX_BYTES:-33554432} "$JAVA_HOME/bin/java" $KOOP_JVM_OPTIONS -Dkoop.bench.bare-endpoint=true \
  -jar bootstrap/target/koop.jar > /tmp/koop-bench-http.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "${paths_dir:-}"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; done
token=$(curl -s "http://127.0.0.1:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username": "admin", "password": "benchmark-password"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
# 1,000 networks drawn at random (the same ones each run), with one partner each: the load spreads over
# them as it would over a state's coordinators, instead of asking one network's data again and again
paths_dir=$(mktemp -d)
mariadb -N -B koop_bench -e "SELECT n.id, (SELECT p.id FROM partner p WHERE p.network_id = n.id ORDER BY p.id LIMIT 1)
  FROM network n ORDER BY MD5(n.id) LIMIT 1000" > "$paths_dir/ids"
while read -r network partner; do
  echo "/bench/bare/partners/$partner" >> "$paths_dir/bare-partner"
  echo "/api/v1/networks/$network/partners/$partner" >> "$paths_dir/partner"
  echo "/api/v1/networks/$network/partners?size=20" >> "$paths_dir/partners-page"
  echo "/api/v1/networks/$network/dashboard" >> "$paths_dir/dashboard"
  echo "/api/v1/public/networks/$network/directory" >> "$paths_dir/directory"
  echo "/netzwerke/$network" >> "$paths_dir/web-dashboard"
  echo "/netzwerke/$network/partner" >> "$paths_dir/web-partners"
done < "$paths_dir/ids"
base="http://127.0.0.1:$port"
# 16 web sessions: the sign-in form's token, then the form sent with it (the administrator sees every network)
for i in $(seq 16); do
  jar="$paths_dir/jar-$i"
  csrf=$(curl -s -c "$jar" "$base/anmelden" | sed -n 's/.*name="csrfToken" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrfToken=$csrf" --data-urlencode "username=admin" \
    --data-urlencode "password=benchmark-password" "$base/anmelden"
  awk '$6 == "KOOP_SESSION" {print "KOOP_SESSION=" $7}' "$jar" >> "$paths_dir/cookies"
done
[ "$(wc -l < "$paths_dir/cookies")" -eq 16 ] || { echo "signing in the web sessions failed" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(head -1 "$paths_dir/cookies")" "$base/netzwerke")" = 200 ] \
  || { echo "a web session is not signed in" >&2; exit 1; }
endpoints="bare-partner partner partners-page dashboard directory web-dashboard web-partners"
# the API with the bearer token, the web pages with a session cookie each, as a browser sends them
credentials() {
  case $1 in
    web-*) export WRK_COOKIES="$paths_dir/cookies"; signed_in=() ;;
    *) unset WRK_COOKIES; signed_in=(-H "$auth") ;;
  esac
}
# every endpoint warmed up first, so that the first measured one does not pay for compiling the common path
for name in $endpoints; do
  credentials "$name"
  WRK_PATHS="$paths_dir/$name" wrk -t2 -c16 -d5s -s scripts/wrk-paths.lua "${signed_in[@]}" "$base" >/dev/null
done
for name in $endpoints; do
  export WRK_PATHS="$paths_dir/$name"
  credentials "$name"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  out=$(wrk -t2 -c16 -d10s --latency -s scripts/wrk-paths.lua "${signed_in[@]}" "$base")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  line="| $(date -u +%Y-%m-%dT%H:%M:%SZ) | HTTP $name ($label, 1,000 networks, 16 connections) | ${rps} req/s, p50 ${p50}, p99 ${p99}${non2xx:+, non-2xx $non2xx} | – | $(nproc) cores, load $load | ${KOOP_JVM_OPTIONS} |"
  echo "$line"
  echo "$line" >> BENCHMARKS.md
done
