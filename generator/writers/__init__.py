"""Stage 5, writers: one output format each, taking the document tree (Markdown as rendered; Word in ``writers.docx``)."""
