"""pmdocs: a project questionnaire in, a professional document pack out.

The data flows one way, one subpackage a stage (each imports only the stages before it):

    questionnaire/  load -> validate -> model -> checks   (YAML in, typed data and located problems out)
    pictures/       the pack's pictures as data (scenes: shapes, texts, alt text), made once per project
    view/           the view model the templates read    (tailoring, tables, the pictures made once)
    render/         Jinja2 templates -> Markdown          (the registry of document kinds: one template each)
    ir/             Markdown -> document tree             (what every writer is handed)
    writers/        document tree -> md, docx, ...        (a registry of formats: one writer each, each
                                                           drawing the pictures its own way: SVG, Word shapes)
    output/         files on disk, never half-written
    build/          the whole pipeline for one project or many (the one build API, on every core)
    site/           the portfolio site (MkDocs plugin over the same build)

Shared by every stage: ``i18n/`` (the documents' language: message catalogs in
``data/locale``, numbers, money and dates), ``errors`` (the one error hierarchy),
``diagnostics``, ``record`` and ``resources``; ``cli`` is the ``pmdocs`` command.

Where things go: a new document kind is one template in ``templates/`` with its
front matter (`generator.render.registry`); a new output format is one module in
``writers/`` and one ``register`` line (`generator.writers`); a new language is one
catalog in ``data/locale`` (`generator.i18n`).
"""

__version__ = "0.1.0"
