#!/usr/bin/env bash
# The screenshots in this folder: the demo (UN General Debate statements, see app/src/main/resources/demo/
# ATTRIBUTION.md) with a logo, an accent colour and a featured publication set by an admin, at 1280 and 390 px.
# Needs Chromium, curl and python3; uses port 8080. Usage: docs/screenshots/make.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"; cd "$work"
trap 'pkill -f "dossier.jar" || true' EXIT
echo "a long enough passphrase" | "$root/dossier" user add admin --role admin --password-stdin > "$work/user.log" 2>&1
("$root/dossier" demo > "$work/demo.log" 2>&1 &)
for i in $(seq 1 90); do curl -sf http://localhost:8080/actuator/health/readiness >/dev/null && break; sleep 2; done
jar="$work/cookies"
curl -s -c $jar -b $jar http://localhost:8080/login > "$work/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//; s/"//')
curl -s -c $jar -b $jar -o /dev/null -d "username=admin&password=a+long+enough+passphrase&_csrf=$csrf" http://localhost:8080/login
curl -s -c $jar -b $jar http://localhost:8080/admin/settings > "$work/settings.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/settings.html" | head -1 | sed 's/.*value="//; s/"//')
brief=$(curl -s "http://localhost:8080/api/publications?country=MLI&size=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['items'][0]['path'])")
echo "brief: $brief"
curl -s -c $jar -b $jar -o /dev/null -w "settings %{http_code}\n" \
  --data-urlencode "name=Sahel Security Institute" --data-urlencode "publisher=Sahel Security Institute" \
  --data-urlencode "adminEmail=" --data-urlencode "disclaimer=" --data-urlencode "accentColour=#7a1f5c" \
  --data-urlencode "featured=$brief" --data-urlencode "_csrf=$csrf" http://localhost:8080/admin/settings
python3 - <<'PY'
import struct, zlib
w=h=96
rows=[]
for y in range(h):
    row=b'\x00'
    for x in range(w):
        inside=(x-48)**2+(y-48)**2<=44**2
        bar=40<=x<56 and 20<=y<76
        row+= (b'\xff\xff\xff\xff' if bar and inside else (b'\x7a\x1f\x5c\xff' if inside else b'\x00\x00\x00\x00'))
    rows.append(row)
def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
png=b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',w,h,8,6,0,0,0))+chunk(b'IDAT',zlib.compress(b''.join(rows)))+chunk(b'IEND',b'')
open('logo.png','wb').write(png)
PY
curl -s -c $jar -b $jar -o /dev/null -w "logo %{http_code}\n" -F "logo=@logo.png;type=image/png" -F "_csrf=$csrf" http://localhost:8080/admin/settings/logo
out="$root/docs/screenshots"
for spec in "home /" "list /publications?country=MLI" "publication $brief"; do
  set -- $spec
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2200 --screenshot=$out/$1-1280.png "http://localhost:8080$2" 2>/dev/null
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=390,3000 --screenshot=$out/$1-390.png "http://localhost:8080$2" 2>/dev/null
done
command -v pngquant >/dev/null && pngquant --force --ext .png --quality 60-85 "$out"/*.png
ls -la "$out"
