# Reads a BibTeX file with pybtex (Debian python3-pybtex), strictly: any syntax error fails. Prints each entry as
# JSON: type, key, fields and authors as text (LaTeX read: "\&" is "&", braces gone), and the keywords split as
# biblatex splits a list (at commas outside braces). Usage: /usr/bin/python3 read_bibtex.py FILE
import json
import sys

import pybtex.errors
from pybtex.bibtex.utils import split_tex_string
from pybtex.database import parse_file
from pybtex.richtext import Text

pybtex.errors.set_strict_mode(True)


def text(latex):
    return Text.from_latex(latex).render_as("text")


data = parse_file(sys.argv[1], "bibtex")
print(json.dumps({"entries": [{
    "key": key,
    "type": entry.type,
    "fields": {name: text(value) for name, value in entry.fields.items()},
    "raw": dict(entry.fields),
    "authors": [text(str(person)) for person in entry.persons.get("author", [])],
    "keywords": [text(k) for k in split_tex_string(entry.fields.get("keywords", ""), sep=",")],
} for key, entry in data.entries.items()]}))
