#!/usr/bin/env bash
# Early-warning reports under load, in Markdown on stdout:
#   1. intake: anonymous reports sent to POST /api/v1/reports for LOAD_DURATION (each one stored
#      with its trail, scored, indexed for search, its subjects linked and duplicates looked for);
#   2. the office's queue afterwards, read by the analyst of Kanim Wonosobo (who sees every report
#      of his office): the queue page, the queue with a search, the JSON queue.
#
#   bench/reports.sh                     # 60 s of intake, then 10 s per queue address
#   LOAD_DURATION=300s bench/reports.sh  # more reports in the queue
#
# Needs wrk (Debian package `wrk`). Only 127.0.0.1 is contacted; every run is bounded. The
# application runs with JAVA_OPTS (default -Xmx384m), the demo profile, on a temporary data
# directory, with the public form's rate limit switched off (it would refuse the load by design).
set -euo pipefail

cd "$(dirname "$0")/.."
LOAD_DURATION=${LOAD_DURATION:-60s}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-4}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

JAVA=$(ls -d /usr/lib/jvm/*/bin/java | sort -V | tail -n 1)
./mvnw -B -q -DskipTests package >&2
JAR=$(ls target/desa-binaan-*.jar | grep -v plain | head -n 1)
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$WORK" && PORT=$PORT SPRING_PROFILES_ACTIVE=demo DESABINAAN_EARLYWARNING_RATELIMIT_ENABLED=false \
	exec "$JAVA" $JAVA_OPTS -jar "$OLDPWD/$JAR" > "$WORK/app.log" 2>&1) &
APP_PID=$!
trap 'kill $APP_PID 2> /dev/null || true; wait $APP_PID 2> /dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 1800); do
	curl -fsS -m 2 "http://127.0.0.1:$PORT/actuator/health" 2> /dev/null | grep -q '"status":"UP"' && break
	sleep 0.1
done
BASE="http://127.0.0.1:$PORT"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
TICKS=$(getconf CLK_TCK)

# Anonymous recruiter reports from the partner villages of Kanim Wonosobo, each with its own
# description and phone number, a third of them naming the same recruiter's phone.
cat > "$WORK/intake.lua" << 'LUA'
local villages = { "33.07.06.2009", "33.07.01.2001", "33.07.06.2001" }
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  local phone = (n % 3 == 0) and "0812-3456-7890" or string.format("0813-%04d-%04d", n % 10000, (n * 7) % 10000)
  local body = string.format('{"category":"RECRUITER","villageCode":"%s","description":"Calo nomor %d menawarkan kerja '
    .. 'di pabrik Malaysia tanpa kontrak, minta uang sebelum berangkat","details":{"phoneNumbers":"%s"},'
    .. '"indicators":{"INDIVIDUAL_RECRUITER":"YES","FEE_BEFORE_DEPARTURE":"YES"},"contact":null}',
    villages[(n % 3) + 1], n, phone)
  return wrk.format(nil, "/api/v1/reports", nil, body)
end
LUA
before=$(cpu_ticks)
intake=$(wrk -t1 -c"$CONNECTIONS" -d"$LOAD_DURATION" --latency -s "$WORK/intake.lua" "$BASE")
after=$(cpu_ticks)
sent=$(awk '/requests in/ { print $1 }' <<< "$intake")
non2xx=$(awk '/Non-2xx/ { print $5 }' <<< "$intake")

# Sign in as the analyst through the form (its CSRF token), keep the session cookie.
curl -fsS -c "$WORK/cookies" -b "$WORK/cookies" "$BASE/masuk" > "$WORK/login.html"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -n 1 | sed 's/.*value="//; s/"$//')
curl -fsS -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" --data-urlencode "username=intel.wonosobo" \
	--data-urlencode "password=Intel#Wonosobo2026" --data-urlencode "_csrf=$token" "$BASE/masuk"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$WORK/cookies")
[[ -n $session ]] || { echo "sign-in failed" >&2; exit 1; }
in_queue=$(curl -fsS -b "JSESSIONID=$session" -H 'Accept: application/json' "$BASE/api/v1/reports?size=1" \
	| python3 -c 'import json, sys; print(json.load(sys.stdin).get("total", "?"))')

cat << HEADER
## Early-warning reports (\`bench/reports.sh\`)

Measured by \`bench/reports.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores; wrk and the application on the
same machine; $CONNECTIONS connections; JAVA_OPTS \`$JAVA_OPTS\`; $("$JAVA" -version 2>&1 | head -n 1); H2
embedded database).

Intake, \`POST /api/v1/reports\` for $LOAD_DURATION: $(awk '/Requests\/sec/ { print $2 }' <<< "$intake") reports/s,
latency avg $(awk '/^    Latency/ { print $2 }' <<< "$intake"), p99 $(awk '/^ +99%/ { print $2 }' <<< "$intake"),
${non2xx:-0} non-2xx of $sent, application CPU $(awk -v t="$((after - before))" -v hz="$TICKS" -v n="$sent" \
	'BEGIN { printf "%.2f ms", (n > 0) ? t * 1000 / hz / n : 0 }') per report. Open reports in the
analyst's queue afterwards: $in_queue.

| address (as intel.wonosobo) | requests/s | latency avg | latency p99 | non-2xx | app CPU per request |
|---|---|---|---|---|---|
HEADER
for p in "/app/laporan" "/app/laporan?q=kontrak+pabrik" "/api/v1/reports?size=25"; do
	wrk -t1 -c2 -d3s -H "Cookie: JSESSIONID=$session" "$BASE$p" > /dev/null
	before=$(cpu_ticks)
	out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: JSESSIONID=$session" \
		-H "Accept: text/html,application/json" "$BASE$p")
	after=$(cpu_ticks)
	requests=$(awk '/requests in/ { print $1 }' <<< "$out")
	cpu=$(awk -v t="$((after - before))" -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.2f ms", (n > 0) ? t * 1000 / hz / n : 0 }')
	echo "| \`$p\` | $(awk '/Requests\/sec/ { print $2 }' <<< "$out") | $(awk '/^    Latency/ { print $2 }' <<< "$out") |" \
		"$(awk '/^ +99%/ { print $2 }' <<< "$out") | $(awk '/Non-2xx/ { print $5 }' <<< "$out" | grep . || echo 0) | $cpu |"
done
echo
echo "RSS at the end: $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP_PID/status)."
