# Reads an e-mail message (RFC 5322, MIME) with Python's standard email package under its strict policy, as mail
# programs do, and prints what it understood as JSON: the headers, the text and HTML parts, and any defects the
# parser found. Usage: /usr/bin/python3 read_email.py FILE
import email
import email.policy
import json
import sys

with open(sys.argv[1], "rb") as f:
    message = email.message_from_binary_file(f, policy=email.policy.strict)

defects = [type(d).__name__ for d in message.defects]
parts = {}
for part in message.walk():
    defects += [type(d).__name__ for d in part.defects]
    if part.get_content_maintype() == "text" and not part.is_attachment():
        parts[part.get_content_type()] = part.get_content()

print(json.dumps({
    "headers": {name: str(value) for name, value in message.items()},
    "from": [a.addr_spec for a in message["from"].addresses],
    "from_name": message["from"].addresses[0].display_name,
    "to": [a.addr_spec for a in message["to"].addresses],
    "subject": str(message["subject"]),
    "multipart": message.get_content_type(),
    "text": parts.get("text/plain"),
    "html": parts.get("text/html"),
    "defects": defects,
}))
