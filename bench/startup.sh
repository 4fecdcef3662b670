#!/usr/bin/env bash
# Start-up time and resident memory of the demo run, in Markdown on stdout.
#
#   bench/startup.sh              # builds the jar once, then starts it twice on a fresh data directory
#   REQUESTS=200 bench/startup.sh # more requests before the second memory reading
#
# Run 1 starts on an empty data directory (creates the H2 database, runs the migrations, imports
# the regions and the demo data); run 2 starts again on the same directory. For each run: the
# time until the log says "Started Application", the time until /actuator/health answers UP
# (both measured from the launch of the JVM), and VmRSS from /proc/<pid>/status right after start
# and after a few requests to public pages and the API. Only 127.0.0.1 is contacted; every loop
# is bounded. Extra JVM options: JAVA_OPTS.
set -euo pipefail

cd "$(dirname "$0")/.."
REQUESTS=${REQUESTS:-50}
TIMEOUT_SECONDS=${TIMEOUT_SECONDS:-180}
JAVA_OPTS=${JAVA_OPTS:-}

newest_jdk() {
	local best="" best_version=0 dir version
	for dir in /usr/lib/jvm/*/; do
		dir=${dir%/}
		[[ -x $dir/bin/java && ! -L $dir ]] || continue
		version=$("$dir/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
		version=${version#1.}
		if [[ $version =~ ^[0-9]+$ ]] && ((version > best_version)); then
			best=$dir
			best_version=$version
		fi
	done
	echo "$best"
}

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2> /dev/null \
		|| shuf -i 20000-60000 -n 1
}

now_ms() { date +%s%3N; }

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

JAVA_HOME=${JAVA_HOME_FOR_BENCH:-$(newest_jdk)}
JAVA="$JAVA_HOME/bin/java"

echo "Building the jar (./mvnw -B -q -DskipTests package) ..." >&2
./mvnw -B -q -DskipTests package >&2
JAR=$(ls target/*.jar | grep -v -- '-plain\.jar$' | head -n 1)
JAR=$(realpath "$JAR")

WORK=$(mktemp -d /tmp/desabinaan-bench.XXXXXX)
APP_PID=""
cleanup() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2> /dev/null; then
		kill "$APP_PID" 2> /dev/null || true
		wait "$APP_PID" 2> /dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

declare -a ROWS=()

run_once() {
	local label=$1 port log start started_ms health_ms rss_start rss_after deadline line code regions
	port=$(free_port)
	log="$WORK/$label.log"
	start=$(now_ms)
	# The working directory is the data directory's parent: the default H2 URL is ./data/app.
	(cd "$WORK" && PORT=$port SPRING_PROFILES_ACTIVE=demo exec "$JAVA" $JAVA_OPTS -jar "$JAR" > "$log" 2>&1) &
	APP_PID=$!
	started_ms=""
	health_ms=""
	deadline=$((start + TIMEOUT_SECONDS * 1000))
	while (($(now_ms) < deadline)); do
		if ! kill -0 "$APP_PID" 2> /dev/null; then
			echo "The application stopped during start-up; its log:" >&2
			tail -n 60 "$log" >&2
			exit 1
		fi
		if [[ -z $started_ms ]] && grep -q 'Started Application' "$log"; then
			started_ms=$(($(now_ms) - start))
		fi
		if curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health" 2> /dev/null | grep -q '"status":"UP"'; then
			health_ms=$(($(now_ms) - start))
			[[ -n $started_ms ]] || started_ms=$health_ms
			break
		fi
		sleep 0.1
	done
	if [[ -z $health_ms ]]; then
		echo "No healthy start within ${TIMEOUT_SECONDS}s; log:" >&2
		tail -n 60 "$log" >&2
		exit 1
	fi
	line=$(grep -o 'Started Application in [0-9.]* seconds (process running for [0-9.]*)' "$log" | head -n 1 || true)
	regions=$(grep -o 'Imported [0-9]* regions.* in [0-9]* ms\|Regions are up to date' "$log" | head -n 1 || true)
	rss_start=$(rss_mb "$APP_PID")
	local paths=(/ /tentang "/?lang=en" /css/app.css "/api/v1/regions?q=pakuncen" /api/v1/regions/33.07.06.2009 /api/v1/offices /actuator/health)
	local errors=0 i p
	for ((i = 0; i < REQUESTS; i++)); do
		for p in "${paths[@]}"; do
			code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 "http://127.0.0.1:$port$p" || echo 000)
			[[ $code == 5* || $code == 000 ]] && errors=$((errors + 1))
		done
	done
	rss_after=$(rss_mb "$APP_PID")
	kill "$APP_PID"
	wait "$APP_PID" 2> /dev/null || true
	APP_PID=""
	ROWS+=("| $label | $(awk "BEGIN { printf \"%.1f\", $started_ms / 1000 }") s | $(awk "BEGIN { printf \"%.1f\", $health_ms / 1000 }") s | ${line#Started Application in } | $rss_start MB | $rss_after MB | $((REQUESTS * ${#paths[@]})) ($errors failed) | ${regions:-?} |")
}

run_once "1: empty data directory"
run_once "2: same data directory"

cat << EOF
## Start-up and memory of the demo run

Measured by \`bench/startup.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);
$("$JAVA" -version 2>&1 | head -n 1); jar $(du -h "$JAR" | cut -f1); JAVA_OPTS: \`${JAVA_OPTS:-none}\`).
Times from the launch of the JVM; memory is VmRSS of the process.

| run | "Started Application" | health UP | Spring's own figure | RSS after start | RSS after requests | requests | regions |
|---|---|---|---|---|---|---|---|
EOF
printf '%s\n' "${ROWS[@]}"
cat << EOF

Requests: ${REQUESTS} rounds of \`/\`, \`/tentang\`, \`/?lang=en\`, \`/css/app.css\`, \`/api/v1/regions?q=pakuncen\`,
\`/api/v1/regions/33.07.06.2009\`, \`/api/v1/offices\` and \`/actuator/health\`, one at a time over 127.0.0.1
("failed" counts 5xx answers and connection errors; 4xx answers of addresses that do not exist yet are not failures).
EOF
