"""pmdocs: a project questionnaire in, a professional document pack out.

The data flows one way, one subpackage a stage:

    questionnaire/  load -> validate -> model -> checks   (YAML in, typed data and located problems out)
    view/           the view model the templates read    (tailoring, the tables' rows)
    render/         Jinja2 templates -> Markdown          (one template per document kind)
    ir/             Markdown -> document tree
    pictures/       the pack's pictures, drawn at build time
    writers/        document tree -> md, docx, ...        (one writer per format)
    output/         files on disk, never half-written
    build/          the whole pipeline for one project or many (on every core)
    site/           the portfolio site (MkDocs plugin over the same pipeline)

``cli`` is the ``pmdocs`` command; ``errors`` and ``diagnostics`` are shared by every stage.
"""

__version__ = "0.1.0"
