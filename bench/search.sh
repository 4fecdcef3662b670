#!/usr/bin/env bash
# Throughput and latency of the public region and office reads, in Markdown on stdout.
#
#   bench/search.sh                 # builds the jar once, starts it (demo profile), runs wrk
#   DURATION=20s CONNECTIONS=16 bench/search.sh
#   bench/search.sh "/api/v1/search?q=perdagangan" /cari?q=paspor   # only these addresses
#
# Needs wrk (Debian package `wrk`). Only 127.0.0.1 is contacted; every run is bounded by
# DURATION. The application runs with JAVA_OPTS (default -Xmx384m) on a temporary data directory.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

JAVA=$(ls -d /usr/lib/jvm/*/bin/java | sort -V | tail -n 1)
for candidate in /usr/lib/jvm/*/bin/java; do
	"$candidate" -version 2>&1 | grep -q 'version "2[1-9]' && JAVA=$candidate
done
./mvnw -B -q -DskipTests package >&2
JAR=$(ls target/desa-binaan-*.jar | grep -v plain | head -n 1)
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$WORK" && PORT=$PORT SPRING_PROFILES_ACTIVE=demo exec "$JAVA" $JAVA_OPTS -jar "$OLDPWD/$JAR" > "$WORK/app.log" 2>&1) &
APP_PID=$!
trap 'kill $APP_PID 2> /dev/null || true; wait $APP_PID 2> /dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 1800); do
	curl -fsS -m 2 "http://127.0.0.1:$PORT/actuator/health" 2> /dev/null | grep -q '"status":"UP"' && break
	sleep 0.1
done

paths=("/api/v1/regions?q=pakuncen" "/api/v1/regions?q=sel&limit=20" "/api/v1/regions/33.07.06.2009/office"
	"/wilayah?q=pakuncen" "/")
if (($#)); then
	paths=("$@")
fi
# Warm up the JIT on every path before measuring.
for p in "${paths[@]}"; do wrk -t1 -c2 -d3s "http://127.0.0.1:$PORT$p" > /dev/null; done

cat << HEADER
## Public reads under load

Measured by \`bench/search.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores; wrk and the application on the
same machine; $THREADS wrk threads, $CONNECTIONS connections, $DURATION per address; JAVA_OPTS \`$JAVA_OPTS\`;
$("$JAVA" -version 2>&1 | head -n 1)).

| address | requests/s | latency avg | latency p99 | non-2xx |
|---|---|---|---|---|
HEADER
for p in "${paths[@]}"; do
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$p")
	rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
	avg=$(awk '/^    Latency/ { print $2 }' <<< "$out")
	p99=$(awk '/^ +99%/ { print $2 }' <<< "$out")
	non2xx=$(awk '/Non-2xx/ { print $5 }' <<< "$out")
	echo "| \`$p\` | $rps | $avg | $p99 | ${non2xx:-0} |"
done
echo
echo "RSS at the end: $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP_PID/status)."
