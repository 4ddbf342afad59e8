#!/usr/bin/env bash
# Builds the bundled demo data: the UN General Debate statements (UNGDC v13, CC0) of Mali, its Sahel
# neighbours and a few other countries that speak about the region, 2012-2024, copied line for line
# (unchanged) from ../shared/data/ungdc_1946_2024.jsonl.gz.
#
#   demo/build-demo-data.sh [path/to/ungdc_1946_2024.jsonl.gz]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_file="${1:-$here/../../shared/data/ungdc_1946_2024.jsonl.gz}"
target="$here/../app/src/main/resources/demo/ungdc-sahel-2012-2024.jsonl.gz"

# Sahel (G5) and neighbours, the wider West Africa, and France and the United States.
countries='MLI|NER|BFA|TCD|MRT|SEN|GIN|CIV|GHA|TGO|BEN|NGA|CMR|DZA|LBY|SDN|GMB|FRA|USA'
years='201[2-9]|202[0-4]'

mkdir -p "$(dirname "$target")"
# The corpus writes its fields in a fixed order (id, iso3, country, session, year, ...), and quotes
# inside the text are escaped, so a match on the leading fields cannot be fooled by the text.
zcat "$source_file" \
  | grep -E "^\{\"id\": \"[^\"]+\", \"iso3\": \"($countries)\", .*\"session\": [0-9]+, \"year\": ($years), " \
  | gzip -n -9 > "$target"
echo "$(zcat "$target" | wc -l) statements written to ${target#$here/../}"
