#!/usr/bin/env bash
# Judges search on questions typed as sentences (ReliefWeb theme sample; relevant = the question's theme):
# lexical against hybrid (words + meaning vectors), nDCG@10 with paired bootstrap intervals.
#
#   bench/search-eval.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/run-main.sh" org.dossier.bench.SearchEval "${1:-$here/../../shared/data}" -Xmx2g
