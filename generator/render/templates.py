"""Render a project's documents to Markdown from the Jinja2 templates (the kinds of document: `generator.render.registry`).

Every ``{{ expression }}`` a template prints goes through :func:`_finalize`,
which escapes questionnaire text for Markdown (see :mod:`generator.render.escape`); a
template opts out only by producing :class:`~generator.render.escape.Md` or calling a
macro.  When the answers are in another language than the documents, the answers
printed are tagged with theirs there too (see :mod:`generator.render.answers`).

Besides the view model, a document's template sees ``show_guidance``: False when
the pack is written without guidance (``pmdocs generate --no-guidance``), which
makes the ``guidance`` macro of ``_macros.md.j2`` write nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import urllib.parse
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Optional

import jinja2
from markupsafe import Markup, soft_str

from generator.i18n import locales
from generator.i18n.locales import Locale
from generator.record import Record
from generator.view.context import Context, build_context
from generator.view.one_page import clipped
from generator.view.tables import list_separator, words
from generator.diagnostics import Diagnostic, Mark, Severity
from generator.render.answers import Held, Tagging, tagging
from generator.render.escape import Md, md, md_heading
from generator.render.registry import (SUFFIX, DocumentKind, Planned, TemplateProblem, plan, registry,
                                       user_folders)
from generator.questionnaire.model import Questionnaire
from generator.resources import builtin_templates_dir

__all__ = ["QuietCache", "Rendered", "TemplateProblem", "builtin_templates_dir", "environment", "registry", "render_project",
           "render_template", "tidy"]


class Rendered(Record):
    """Return one rendered document: where it goes in the project folder, its Markdown, and what made it."""

    path: PurePosixPath
    title: str
    slug: str
    markdown: str
    doc_id: str = ""
    per_entry: bool = False  # one of a kind written per entry of a list (a change request), not per project
    orientation: str = "portrait"
    entry_id: str = ""  # the entry's id for a per-entry document ('' for its blank form)
    kind_title: str = ""  # the kind's title ("Change request" for every change request)
    group: str = ""  # per entry: what the kind's documents are listed under together ("Change requests")
    entry: object = None  # per entry: the questionnaire's entry it is about (None for the blank form)
    signers: tuple[str, ...] = ()  # the role keys whose holders sign it (its kind's `signers`)
    compact: bool = False  # Word: a compact cover (a header block on the first page) instead of a cover page
    reflects: tuple[str, ...] = ()  # the kinds of record it shows (its kind's `reflects`; () all of them)
    one_page: bool = False  # its kind's `fit` is one-page


# -- filters -------------------------------------------------------------------


def _locale(context: jinja2.runtime.Context) -> Locale:
    """Return the documents' language of a render: its view model's (English for a template without one)."""
    ctx = context.get("ctx")
    return ctx.locale if isinstance(ctx, Context) else locales.english()


def _tagging(context: jinja2.runtime.Context) -> Optional[Tagging]:
    """Return how a render tags the answers' text (None: they are in the documents' language, or no view model)."""
    ctx = context.get("ctx")
    return tagging(ctx) if isinstance(ctx, Context) else None


def shown(value: Any, locale: Locale, tags: Optional[Tagging] = None) -> Any:
    """Return what a template prints for a value: questionnaire text always escaped (and tagged with the answers'
    language by ``tags``), numbers and dates localised."""
    if isinstance(value, (Md, Markup)):
        return value
    if value is None:
        return Md("—")
    if isinstance(value, bool):
        return Md(locale.gettext("Yes") if value else locale.gettext("No"))
    if isinstance(value, dt.date):
        return Md(locale.date(value))
    if isinstance(value, float):
        return Md(locale.decimal(value))
    if isinstance(value, int):
        return Md(str(value))
    return tags.tag(value, md(value)) if tags is not None else md(value)


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: Any) -> Any:
    """Return what a template prints for a value (see `shown`), in the render's language."""
    return shown(value, _locale(context), _tagging(context))


@jinja2.pass_context
def _md(context: jinja2.runtime.Context, value: Any) -> Md:
    """Return a value as Markdown that shows it literally (the ``md`` filter), tagged when it is an answer."""
    tags = _tagging(context)
    return Md(tags.tag(value, md(value))) if tags is not None else md(value)


@jinja2.pass_context
def _paragraphs(context: jinja2.runtime.Context, value: Any) -> Md:
    """Return text as paragraphs of Markdown (the ``paragraphs`` filter, for text that stands as a block): each
    paragraph typed (blank lines between them) shown literally, with a blank line between, tagged when an answer."""
    tags = _tagging(context)
    parts = [part for part in re.split(r"\n[ \t]*\n", str(value or "")) if part.strip()]
    return Md("\n\n".join(tags.tag(value, md(part)) if tags is not None else md(part) for part in parts))


@jinja2.pass_context
def _heading(context: jinja2.runtime.Context, value: Any) -> Md:
    """Return a value escaped for a heading (the ``heading`` filter), tagged when it is an answer."""
    tags = _tagging(context)
    return Md(tags.tag(value, md_heading(value))) if tags is not None else md_heading(value)


@jinja2.pass_context
def _join(context: jinja2.runtime.Context, items: Iterable[Any], separator: str = ", ") -> Md:
    """Return items escaped and joined (replaces Jinja's HTML-escaping join), by semicolons where one holds a comma
    (`list_separator`: review 118c F9, "Jocelyn Reyes, RPh, Michelle Ocampo" read as three people)."""
    locale, tags = _locale(context), _tagging(context)
    items = list(items)
    if separator == ", ":
        separator = list_separator([str(item) for item in items])
    return Md(separator.join(shown(item, locale, tags) for item in items))


@jinja2.pass_context
def _bold(context: jinja2.runtime.Context, value: Any, after: str = "") -> Md:
    """Return a value in bold, with ``after`` (pmdocs's own text: "title:") in bold after it: an answer stays tagged
    with its language (review 110a F8: a request's title joined to its colon was not)."""
    text = shown(value, _locale(context), _tagging(context))
    return Md(f"**{text}{md(after)}**") if text else Md("")


@jinja2.pass_context
def _amount(context: jinja2.runtime.Context, value: float) -> str:
    """Return a number with the language's grouping (``450,000``, ``1,234.50``)."""
    return _locale(context).decimal(value)


@jinja2.pass_context
def _percent(context: jinja2.runtime.Context, value: float) -> str:
    """Return a percentage's number without a needless decimal (``10``, ``7.5``), in the language's digits."""
    return _locale(context).percent(value)


# Jinja's i18n extension ({% trans %}, _()) calls these: the message from the render's catalog, its values
# shown as any printed value is (escaped for Markdown, numbers and dates localised).  Their own parameters are
# positional-only, so a message may name a value ``n`` or ``message`` (ngettext(s, p, count, n=count)).


@jinja2.pass_context
def _gettext(context: jinja2.runtime.Context, message: str, /, **values: Any) -> Md:
    locale, tags = _locale(context), _tagging(context)
    return Md(locale.gettext(message, **{k: shown(v, locale, tags) for k, v in values.items()}))


@jinja2.pass_context
def _ngettext(context: jinja2.runtime.Context, singular: str, plural: str, n: int, /, **values: Any) -> Md:
    locale, tags = _locale(context), _tagging(context)
    return Md(locale.ngettext(singular, plural, n, **{k: shown(v, locale, tags) for k, v in values.items()}))


@jinja2.pass_context
def _pgettext(context: jinja2.runtime.Context, message_context: str, message: str, /, **values: Any) -> Md:
    locale, tags = _locale(context), _tagging(context)
    return Md(locale.pgettext(message_context, message, **{k: shown(v, locale, tags) for k, v in values.items()}))


@jinja2.pass_context
def _npgettext(context: jinja2.runtime.Context, message_context: str, singular: str, plural: str, n: int, /,
               **values: Any) -> Md:
    locale, tags = _locale(context), _tagging(context)
    return Md(locale.npgettext(message_context, singular, plural, n,
                               **{k: shown(v, locale, tags) for k, v in values.items()}))


def _url(value: Any) -> Md:
    """Return a relative link target, percent-encoded (never Markdown-escaped)."""
    return Md(urllib.parse.quote(str(value), safe="/#."))


def _lower(value: Any) -> Any:
    """Return text in lower case; Markdown already written (a ``join``'s, a tagged answer) stays Markdown, not escaped again.

    Its escapes, character references and language spans all mean the same in lower case.
    """
    return Md(value.lower()) if isinstance(value, Md) else soft_str(value).lower()


@jinja2.pass_context
def _trim(context: jinja2.runtime.Context, value: Any, chars: Optional[str] = None) -> str:
    """Return text without the characters ``chars`` (spaces by default) at either end, as Jinja's own ``trim`` does,
    but a day written day and month first keeps its full stop ("do 17. 12.", "bis 17.12.": review 100c F7); an
    answer's text stays the answer, tagged with its language (`answers.Held`)."""
    return _held(context, value, trim_text(str(value), chars))


@jinja2.pass_context
def _clip(context: jinja2.runtime.Context, value: Any) -> str:
    """Return an answer's first words (`one_page.clipped`), tagged with its language as `_trim` keeps it."""
    return _held(context, value, clipped(str(value)))


@jinja2.pass_context
def _part_of(context: jinja2.runtime.Context, value: Any, whole: Any) -> str:
    """Return words read out of an answer (``whole``) as that answer, in its language (review 144b F1: "measured by
    調達部" read as English); an answer of its own (a person's name) keeps its own tag."""
    tags = _tagging(context)
    if tags is None or tags.lang_of(value):
        return value  # type: ignore[no-any-return]
    return _held(context, whole, str(value))


def _held(context: jinja2.runtime.Context, value: Any, text: str) -> str:
    """Return a part of an answer's text (``text``, of ``value``) still as that answer, in its language (`Held`)."""
    tags = _tagging(context)
    lang = tags.lang_of(value) if tags is not None and not isinstance(value, (Md, Markup)) else ""
    return Held(text, lang) if lang else text


def trim_text(text: str, chars: Optional[str] = None) -> str:
    """Return text without the characters ``chars`` (spaces by default) at either end, a day written day and month
    first keeping its full stop (the ``trim`` filter's text)."""
    trimmed = text.strip(chars)
    if chars and "." in chars and _DAY_MONTH_END.search(text.rstrip(chars.replace(".", "") or None)):
        trimmed += "."
    return trimmed


_DAY_MONTH_END = re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.$")  # "17. 12.", "17.12." at a text's end


def _cap(value: Any) -> str:
    """Return text with its first letter in upper case (``on-hold`` becomes ``On-hold``)."""
    text = str(value)
    capped = text[:1].upper() + text[1:]
    return Md(capped) if isinstance(value, Md) else capped  # escaped already: not escaped twice


def environment(user_templates: Optional[Path] = None) -> jinja2.Environment:
    """Return the Jinja2 environment; a user's folder shadows the built-in templates."""
    return _new_environment(user_templates) if user_templates else _builtin_environment()


@functools.lru_cache(maxsize=1)
def _builtin_environment() -> jinja2.Environment:
    """Return the environment of the built-in templates, compiled once per process."""
    return _new_environment(None)


def _new_environment(user_templates: Optional[Path]) -> jinja2.Environment:
    """Return a fresh environment (a user's templates are read anew each time)."""
    search = [str(user_templates)] if user_templates else []
    search.append(str(builtin_templates_dir()))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search, encoding="utf-8"),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=_bytecode_cache(),
        extensions=["jinja2.ext.i18n"],
    )
    env.filters.update(trim=_trim, clip=_clip, part_of=_part_of, join=_join, bold=_bold, md=_md, heading=_heading, url=_url, cap=_cap, amount=_amount,
                       percent=_percent, lower=_lower, paragraphs=_paragraphs, words=words)
    env.newstyle_gettext = True  # type: ignore[attr-defined]  # messages are %-formats filled by the callables
    env.globals.update(gettext=_gettext, ngettext=_ngettext, pgettext=_pgettext, npgettext=_npgettext)
    return env


class QuietCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled-template cache, which never fails a run: an unreadable or unwritable cache is skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


@functools.lru_cache(maxsize=1)
def _bytecode_cache() -> Optional[jinja2.BytecodeCache]:
    """Return the cache of compiled templates (like Python's __pycache__), or None where no folder can hold it.

    Compiling the templates is most of the cost of rendering one project; Jinja keys
    each entry by the template's name and checks it against the source, so an edited
    template is compiled anew.  The folder is ``templates`` in `generator.resources.cache_root`.
    """
    from generator.resources import cache_root

    folder = cache_root() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    # The compiled code depends on this module too (the finalize and gettext callables, the extensions):
    # entries are named after its text, so a changed pmdocs never runs templates compiled for another.
    compiler = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return QuietCache(str(folder), f"__jinja2_{compiler}_%s.cache")


def render_template(env: jinja2.Environment, name: str, **values: Any) -> str:
    """Return a template rendered; a user's template that fails raises a located `TemplateProblem` (a built-in one: a bug)."""
    try:
        return env.get_template(name).render(**values)
    except Exception as exc:  # noqa: BLE001 - a user's template may fail in any way; a built-in one is a bug
        problem = _template_problem(exc, env, name, None)
        if problem is None:
            raise
        raise problem from None


def _template_problem(exc: Exception, env: jinja2.Environment, name: str, user_dir: Optional[Path]) -> Optional[TemplateProblem]:
    """Return a located problem when a user's template failed; None when a built-in one did (a bug)."""
    filename = getattr(exc, "filename", None)
    line = getattr(exc, "lineno", None)
    if line is None:
        import traceback  # only when a template failed: with linecache and tokenize it costs ~6 ms of every start-up

        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.endswith(SUFFIX):
                filename, line = frame.filename, frame.lineno
                break
    folders = [user_dir] if user_dir else user_folders(env)
    if not filename or not any(Path(filename).resolve().is_relative_to(f.resolve()) for f in folders):
        return None
    message = getattr(exc, "message", None) or str(exc)
    if isinstance(exc, jinja2.UndefinedError):
        message = f"{message} (see the user guide for the names templates can use)"
    return TemplateProblem(Diagnostic(Severity.ERROR, f"template error: {message}", (), Mark(line or 1, 1), filename))


def render_project(q: Questionnaire, user_templates: Optional[Path] = None,
                   env: Optional[jinja2.Environment] = None, ctx: Optional[Context] = None,
                   guidance: bool = True) -> list[Rendered]:
    """Return every document of a project's pack, rendered to Markdown (``ctx``: its view model, if built).

    Without ``guidance`` the documents hold none (the templates see ``show_guidance`` false).
    """
    env = env or environment(user_templates)
    ctx = ctx or build_context(q)
    tags = tagging(ctx)
    ctx.tag_answer = tags.tag if tags is not None else None  # the lists it joins tag answers too
    out: list[Rendered] = []
    kinds = registry(env)
    by_slug = {kind.slug: kind for kind in kinds}
    for kind in kinds:
        for planned in plan(kind, ctx.q, ctx.locale):
            text = _render_one(env, kind, ctx, planned, user_templates, guidance, by_slug)
            out.append(Rendered(planned.path, planned.title, kind.slug, text, planned.doc_id, kind.per_entry,
                                kind.orientation, planned.entry_id, kind.title, kind.group, planned.entry,
                                kind.signers, kind.compact, kind.reflects, kind.fit == "one-page"))
    return out


def _render_one(env: jinja2.Environment, doc: DocumentKind, ctx: Context, planned: Planned,
                user_templates: Optional[Path], guidance: bool = True,
                kinds: Optional[dict[str, DocumentKind]] = None) -> str:
    """Return one document's Markdown, or raise a located problem for a user's template.

    A per-entry template sees its entry as ``entry`` and by the kind's name for it
    (``request`` for change requests); the blank form sees nothing there. Every template sees the pack's kinds
    of document by slug as ``kinds`` (who signs the charter, for the summary).
    """
    values: dict[str, Any] = {"ctx": ctx, "q": ctx.q, "p": ctx.q.project, "doc": doc,
                              "doc_id": planned.doc_id, "request": None, "entry": planned.entry,
                              "show_guidance": guidance, "kinds": kinds or {}}
    if doc.per_entry:
        values[doc.entry_name] = planned.entry
    try:
        template = env.get_template(doc.template)
        text = template.render(**values)
    except Exception as exc:  # noqa: BLE001 - a user's template may fail in any way; a built-in one is a bug
        problem = _template_problem(exc, env, doc.template, user_templates)
        if problem is None:
            raise
        raise problem from None
    return tidy(text)


def tidy(text: str) -> str:
    """Return Markdown with runs of blank lines collapsed and one final newline."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"
