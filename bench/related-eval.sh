#!/usr/bin/env bash
# Evaluates related publications on PA-X (relevant = same peace process): the related engine with and
# without the process signal, without each other signal in turn, against plain MoreLikeThis and
# shared-topics-only baselines.
#
#   bench/related-eval.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/run-main.sh" org.dossier.bench.RelatedEval "${1:-$here/../../shared/data}" -Xmx2g
