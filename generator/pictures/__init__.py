"""The pack's pictures as data (timeline, stakeholder grid, risk heat map, change impact), made once per project.

Each picture module builds a :class:`~generator.pictures.scene.Scene` (shapes, texts,
alt text, caption) from the questionnaire and the shared rules; :mod:`generator.pictures.svg`
writes a scene as the SVG the site and the pack serve, and the Word writer draws the same
scene as native shapes (:mod:`generator.writers.docx.drawing`).  Every word a picture adds
comes from the catalog, in the documents' language (:mod:`generator.i18n`).  Meaning never rests on
colour alone: every cell and bar is labelled, and the documents hold the same facts in tables.
"""
