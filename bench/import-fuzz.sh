#!/usr/bin/env bash
# Every import format (Dossier JSON Lines, UN General Debate JSON Lines, PA-X CSV, saved page text) against many
# seeded damages — bytes that are not UTF-8, changed bytes, control characters, deleted stretches, files cut short,
# junk lines — as the test suite does with 100 cases a format: the read ends in time, every error names a line,
# and every record the damage did not touch is read whole. Prints the cases run and any that failed, with its seed.
#
#   bench/import-fuzz.sh [cases per format, default 5000] [first seed, default 100]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cases="${1:-5000}"
seed="${2:-100}"
echo "Dossier import fuzz — $(date -u +%Y-%m-%dT%H:%MZ), $cases cases a format from seed $seed"
start=$(date +%s)
(cd "$here/.." && ./mvnw -q -B -ntp -pl core test -Dtest=MutatedSourcesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddossier.fuzz.cases="$cases" -Ddossier.fuzz.seed="$seed" 2>&1 | grep -E "Tests run:|FAIL|spares|Expecting" | head -40) || true
report="$here/../core/target/surefire-reports/TEST-org.dossier.ingest.MutatedSourcesTest.xml"
grep -o 'tests="[0-9]*" errors="[0-9]*" skipped="[0-9]*" failures="[0-9]*"' "$report"
echo "in $(( $(date +%s) - start )) s (with the build)"
