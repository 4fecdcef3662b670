#!/usr/bin/env bash
# Site search and article pages under load (knowledge module), in Markdown on stdout: runs
# bench/search.sh on the search API (Indonesian stems, a typo, English, a region), the search page,
# the article index and an article page. Same settings as bench/search.sh (DURATION, CONNECTIONS,
# THREADS, JAVA_OPTS); only 127.0.0.1 is contacted and every run is bounded.
set -euo pipefail
cd "$(dirname "$0")"
exec ./search.sh "/api/v1/search?q=perdagangan" "/api/v1/search?q=diperdagangkan+anak" \
	"/api/v1/search?q=pasport" "/api/v1/search?q=trafficking&lang=en" \
	"/api/v1/search?q=jam+layanan&wilayah=33.07.06.2009" "/cari?q=pedagang" "/info" "/info/tanda-bahaya-tppo"
