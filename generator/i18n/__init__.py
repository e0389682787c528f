"""The documents' languages: message catalogs and the locale-aware writing of numbers, money and dates.

Every sentence a reader sees comes from a template or from the message catalog;
Python code asks a `Locale` (``locales.get(tag)``) for its words, numbers and dates.
Adding a language is adding one catalog: copy ``generator/data/locale/en.po`` to
``<tag>.po`` (``de``, ``ja``, ``he``...), translate its messages (the ``format``
context holds the CLDR patterns of money and dates), then run
``python -m generator.i18n.catalogs`` to compile it; no Python changes.

- ``locales``  the `Locale` of a language: gettext, ngettext, pgettext and formatted values
- ``formats``  numbers, money and dates through Babel (English without it, for start-up time)
- ``catalogs`` extract messages from the code and templates, compile .po to .mo (a maintainer's command)
- ``english``  English numbers for messages to the user (diagnostics), whatever the documents' language

The questionnaire's ``project.language`` is the language its answers are written
in, not necessarily the documents' language; the documents' language is chosen
apart (English by default).
"""
