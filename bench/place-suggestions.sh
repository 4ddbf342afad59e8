#!/usr/bin/env bash
# Judges place suggestions on the UN General Debate (is the speaking country suggested from the speech's text?)
# against a frequency baseline, with a paired bootstrap interval; and their speed.
#
#   bench/place-suggestions.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/run-main.sh" org.dossier.bench.PlaceSuggestionEval "${1:-$here/../../shared/data}" -Xmx2g
