# Reads an Atom or RSS feed with feedparser (Debian python3-feedparser), as feed readers and aggregators do,
# and prints what it understood as JSON. Usage: /usr/bin/python3 read_feed.py FILE
import json
import sys

import feedparser

parsed = feedparser.parse(sys.argv[1])
print(json.dumps({
    "bozo": bool(parsed.bozo),
    "bozo_exception": str(parsed.get("bozo_exception", "")),
    "version": parsed.version,
    "title": parsed.feed.get("title"),
    "updated": parsed.feed.get("updated"),
    "authors": [a.get("name") for a in parsed.feed.get("authors", [])],
    "publisher": parsed.feed.get("publisher"),
    "links": [{"rel": link.get("rel"), "href": link.get("href")} for link in parsed.feed.get("links", [])],
    "entries": [{
        "id": e.get("id"),
        "title": e.get("title"),
        "link": e.get("link"),
        "published": e.get("published"),
        "updated": e.get("updated"),
        "authors": [a.get("name") for a in e.get("authors", [])],
        "summary": e.get("summary"),
        "content": [c.get("value") for c in e.get("content", [])],
        "tags": [t.get("term") for t in e.get("tags", [])],
    } for e in parsed.entries],
}))
