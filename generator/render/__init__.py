"""Stage 3, render: the Jinja2 Markdown templates, one per document kind, with questionnaire text escaped at output."""
