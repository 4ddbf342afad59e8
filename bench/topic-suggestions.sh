#!/usr/bin/env bash
# Judges topic suggestions on archives that carry topics (PA-X agreements, the ReliefWeb theme sample): half of
# each keeps its topics, the other half's are suggested and compared, against a frequency baseline and a plain
# majority vote, with paired bootstrap intervals; and the calibration of the confidences.
#
#   bench/topic-suggestions.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/run-main.sh" org.dossier.bench.TopicSuggestionEval "${1:-$here/../../shared/data}" -Xmx2g
