#!/usr/bin/env python3
"""Write 94-too-big.yaml next to this script: valid.yaml padded with comment lines
to just over 1 MiB (1,049,600 bytes = 1 MiB + 1 KiB, so also over 1,000,000 bytes).

The file is generated, not committed (see .gitignore). Apart from its size it is a
valid questionnaire, so the only finding a good tool gives is "file too large".
"""
import pathlib

TARGET = 1024 * 1024 + 1024

here = pathlib.Path(__file__).resolve().parent
text = (here / "valid.yaml").read_text(encoding="utf-8")
text = text.replace(text.splitlines()[0],
                    "# Blind test 94: valid.yaml padded with comments to just over 1 MiB", 1)
data = text.encode("utf-8")
pad_line = b"# padding padding padding padding padding padding padding padding padding pad\n"  # 80 bytes
body = bytearray(data)
while len(body) + len(pad_line) <= TARGET:
    body += pad_line
body += b"#" * (TARGET - len(body) - 1) + b"\n"
assert len(body) == TARGET
out = here / "94-too-big.yaml"
out.write_bytes(bytes(body))
print(f"wrote {out} ({len(body)} bytes)")
