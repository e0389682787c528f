"""What pmdocs's Word base is made of: its file, the marks where content goes, and the list definitions the writer numbers from."""

from __future__ import annotations

from generator.resources import DATA

BASE_FILE = DATA / "word-base.docx"
MARKS = {"body": "pmdocs:body", "header": "pmdocs:header", "footer": "pmdocs:footer", "numbering": "pmdocs:numbering",
         "lang": "pmdocs:lang"}  # "lang": where the document's default language goes, in the styles' defaults
BULLET_ABSTRACT = 9701  # the list definitions the writer numbers its lists from
DECIMAL_ABSTRACT = 9702
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
