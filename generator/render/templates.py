"""Render a project's documents from the Jinja2 Markdown templates.

Every ``{{ expression }}`` a template prints goes through :func:`_finalize`,
which escapes questionnaire text for Markdown (see :mod:`generator.render.escape`); a
template opts out only by producing :class:`~generator.render.escape.Md` or calling a
macro.  Documents are discovered, not listed: every ``*.md.j2`` template not
starting with ``_`` is a document type, described by a front-matter comment::

    {#- pmdocs
    title: Project charter
    abbr: PC
    order: 10
    each: project          # or: change-request (one per request, plus a blank form)
    -#}
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import traceback
import urllib.parse
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Optional

import jinja2
import yaml
from markupsafe import Markup

from generator.i18n import locales
from generator.i18n.locales import Locale
from generator.questionnaire.checks import BLANK_FORM_STEM
from generator.view.context import Context, build_context
from generator.diagnostics import Diagnostic, Mark, Severity
from generator.errors import TemplateError
from generator.render.escape import Md, md, md_heading
from generator.questionnaire.model import Questionnaire
from generator.view.names import file_stem
from generator.resources import builtin_templates_dir

SUFFIX = ".md.j2"
_FRONT_MATTER = re.compile(r"\A\{#-?\s*pmdocs\s*\n(.*?)\n\s*-?#\}", re.S)




@dataclass(frozen=True)
class DocumentType:
    """Return one registered kind of document and how it is produced."""

    slug: str
    title: str
    abbr: str
    order: int
    each: str
    template: str
    orientation: str = "portrait"


@dataclass(frozen=True)
class Rendered:
    """Return one rendered document: where it goes in the project folder, and its Markdown."""

    path: PurePosixPath
    title: str
    slug: str
    markdown: str
    doc_id: str = ""
    each: str = "project"
    orientation: str = "portrait"
    request_id: str = ""


class TemplateProblem(TemplateError):
    """Raised when a user's template cannot be read or rendered: a user error located in the template.

    It travels between processes as every `generator.errors.UserError` does (parallel generation).
    """

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostics=[diagnostic])

    @property
    def diagnostic(self) -> Diagnostic:
        """Return the located problem."""
        return self.diagnostics[0]


# -- filters -------------------------------------------------------------------


def _locale(context: jinja2.runtime.Context) -> Locale:
    """Return the documents' language of a render: its view model's (English for a template without one)."""
    ctx = context.get("ctx")
    return ctx.locale if isinstance(ctx, Context) else locales.english()


def shown(value: Any, locale: Locale) -> Any:
    """Return what a template prints for a value: questionnaire text always escaped, numbers and dates localised."""
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
    return md(value)


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: Any) -> Any:
    """Return what a template prints for a value (see `shown`), in the render's language."""
    return shown(value, _locale(context))


@jinja2.pass_context
def _join(context: jinja2.runtime.Context, items: Iterable[Any], separator: str = ", ") -> Md:
    """Return items escaped and joined (replaces Jinja's HTML-escaping join)."""
    locale = _locale(context)
    return Md(separator.join(shown(item, locale) for item in items))


@jinja2.pass_context
def _bold(context: jinja2.runtime.Context, value: Any) -> Md:
    """Return a value in bold."""
    text = shown(value, _locale(context))
    return Md(f"**{text}**") if text else Md("")


@jinja2.pass_context
def _amount(context: jinja2.runtime.Context, value: float) -> str:
    """Return a number with the language's grouping (``450,000``, ``1,234.50``)."""
    return _locale(context).decimal(value)


# Jinja's i18n extension ({% trans %}, _()) calls these: the message from the render's catalog, its values
# shown as any printed value is (escaped for Markdown, numbers and dates localised).


@jinja2.pass_context
def _gettext(context: jinja2.runtime.Context, message: str, **values: Any) -> Md:
    locale = _locale(context)
    return Md(locale.gettext(message, **{k: shown(v, locale) for k, v in values.items()}))


@jinja2.pass_context
def _ngettext(context: jinja2.runtime.Context, singular: str, plural: str, n: int, **values: Any) -> Md:
    locale = _locale(context)
    return Md(locale.ngettext(singular, plural, n, **{k: shown(v, locale) for k, v in values.items()}))


@jinja2.pass_context
def _pgettext(context: jinja2.runtime.Context, message_context: str, message: str, **values: Any) -> Md:
    locale = _locale(context)
    return Md(locale.pgettext(message_context, message, **{k: shown(v, locale) for k, v in values.items()}))


@jinja2.pass_context
def _npgettext(context: jinja2.runtime.Context, message_context: str, singular: str, plural: str, n: int,
               **values: Any) -> Md:
    locale = _locale(context)
    return Md(locale.npgettext(message_context, singular, plural, n,
                               **{k: shown(v, locale) for k, v in values.items()}))


def _url(value: Any) -> Md:
    """Return a relative link target, percent-encoded (never Markdown-escaped)."""
    return Md(urllib.parse.quote(str(value), safe="/#."))


def _cap(value: Any) -> str:
    """Return text with its first letter in upper case (``on-hold`` becomes ``On-hold``)."""
    text = str(value)
    return text[:1].upper() + text[1:]


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
    env.filters.update(join=_join, bold=_bold, md=md, heading=md_heading, url=_url, cap=_cap, amount=_amount)
    env.newstyle_gettext = True  # type: ignore[attr-defined]  # messages are %-formats filled by the callables
    env.globals.update(gettext=_gettext, ngettext=_ngettext, pgettext=_pgettext, npgettext=_npgettext)
    return env


class _QuietCache(jinja2.FileSystemBytecodeCache):
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
    template is compiled anew.  The folder is ``templates`` in `generator.output.fsutil.cache_root`.
    """
    from generator.output.fsutil import cache_root

    folder = cache_root() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    # The compiled code depends on this module too (the finalize and gettext callables, the extensions):
    # entries are named after its text, so a changed pmdocs never runs templates compiled for another.
    compiler = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return _QuietCache(str(folder), f"__jinja2_{compiler}_%s.cache")


def registry(env: jinja2.Environment) -> list[DocumentType]:
    """Return the document types: one per template not starting with '_', ordered."""
    _check_readable(env)
    types = []
    for name in env.list_templates(filter_func=lambda n: n.endswith(SUFFIX) and "/" not in n and not n.startswith("_")):
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        slug = name[: -len(SUFFIX)]
        meta: dict[str, Any] = {}
        match = _FRONT_MATTER.match(source)
        builtin = builtin_templates_dir() / name
        if match is None and builtin.is_file():  # a user's template without front matter keeps the built-in's
            match = _FRONT_MATTER.match(builtin.read_text(encoding="utf-8"))
        if match:
            try:
                meta = yaml.load(match.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
            except yaml.YAMLError as exc:
                raise TemplateProblem(Diagnostic(Severity.ERROR, f"the pmdocs front matter is not valid YAML: {exc}",
                                                 (), Mark(), filename or name)) from None
        title = str(meta.get("title") or slug.replace("-", " ").capitalize())
        abbr = str(meta.get("abbr") or "".join(w[0] for w in slug.split("-")).upper())
        each = str(meta.get("each") or "project")
        if each not in ("project", "change-request"):
            raise TemplateProblem(Diagnostic(Severity.ERROR, f"each: must be project or change-request, not '{each}'",
                                             (), Mark(), filename or name))
        orientation = str(meta.get("orientation") or "portrait")
        if orientation not in ("portrait", "landscape"):
            raise TemplateProblem(Diagnostic(Severity.ERROR, f"orientation: must be portrait or landscape, not '{orientation}'",
                                             (), Mark(), filename or name))
        types.append(DocumentType(slug, title, abbr, int(meta.get("order", 100)), each, name, orientation))
    return sorted(types, key=lambda t: (t.order, t.slug))


def _check_readable(env: jinja2.Environment) -> None:
    """Raise a located problem for a user's template that cannot be read as UTF-8 text (Jinja would not say which)."""
    for folder in _user_folders(env):
        for path in sorted(folder.rglob("*.j2")):
            try:
                path.read_bytes().decode("utf-8")
            except OSError as exc:
                raise TemplateProblem(Diagnostic(Severity.ERROR, f"cannot read the template: {exc.strerror or exc}",
                                                 (), Mark(), str(path))) from None
            except UnicodeDecodeError as exc:
                line = path.read_bytes()[: exc.start].count(b"\n") + 1
                raise TemplateProblem(Diagnostic(Severity.ERROR, "the template is not UTF-8 text; save it with UTF-8 "
                                                 "encoding", (), Mark(line, 1), str(path))) from None


def render_template(env: jinja2.Environment, name: str, **values: Any) -> str:
    """Return a template rendered; a user's template that fails raises a located `TemplateProblem` (a built-in one: a bug)."""
    try:
        return env.get_template(name).render(**values)
    except Exception as exc:  # noqa: BLE001 - a user's template may fail in any way; a built-in one is a bug
        problem = _template_problem(exc, env, name, None)
        if problem is None:
            raise
        raise problem from None


def _user_folders(env: jinja2.Environment) -> list[Path]:
    """Return the user's template folders of an environment (the last folder holds the built-in templates)."""
    return [Path(folder) for folder in getattr(env.loader, "searchpath", [])[:-1]]


def _template_problem(exc: Exception, env: jinja2.Environment, name: str, user_dir: Optional[Path]) -> Optional[TemplateProblem]:
    """Return a located problem when a user's template failed; None when a built-in one did (a bug)."""
    filename = getattr(exc, "filename", None)
    line = getattr(exc, "lineno", None)
    if line is None:
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.endswith(SUFFIX):
                filename, line = frame.filename, frame.lineno
                break
    folders = [user_dir] if user_dir else _user_folders(env)
    if not filename or not any(Path(filename).resolve().is_relative_to(f.resolve()) for f in folders):
        return None
    message = getattr(exc, "message", None) or str(exc)
    if isinstance(exc, jinja2.UndefinedError):
        message = f"{message} (see the user guide for the names templates can use)"
    return TemplateProblem(Diagnostic(Severity.ERROR, f"template error: {message}", (), Mark(line or 1, 1), filename))


def render_project(q: Questionnaire, user_templates: Optional[Path] = None,
                   env: Optional[jinja2.Environment] = None, ctx: Optional[Context] = None) -> list[Rendered]:
    """Return every document of a project's pack, rendered to Markdown (``ctx``: its view model, if built)."""
    env = env or environment(user_templates)
    ctx = ctx or build_context(q)
    code = q.project.code
    out: list[Rendered] = []
    for doc in registry(env):
        jobs: list[tuple[PurePosixPath, str, Any, str]] = []  # path, title, change request, document id
        if doc.each == "change-request":
            for request in ctx.requests:
                stem = file_stem(request.id, "request")
                jobs.append((PurePosixPath("change-requests", f"{code}-{stem}.md"),
                             f"Change request {request.id}", request, f"{code}-{stem}"))
            jobs.append((PurePosixPath("change-requests", f"{code}-{BLANK_FORM_STEM}.md"), "Change request form", None,
                         f"{code}-{doc.abbr}-FORM"))
        else:
            jobs.append((PurePosixPath(f"{code}-{doc.slug}.md"), doc.title, None, f"{code}-{doc.abbr}"))
        for path, title, request, doc_id in jobs:
            text = _render_one(env, doc, ctx, request, user_templates)
            out.append(Rendered(path, title, doc.slug, text, doc_id, doc.each, doc.orientation,
                                request.id if request is not None else ""))
    return out


def _render_one(env: jinja2.Environment, doc: DocumentType, ctx: Context, request: Any,
                user_templates: Optional[Path]) -> str:
    """Return one document's Markdown, or raise a located problem for a user's template."""
    try:
        template = env.get_template(doc.template)
        text = template.render(ctx=ctx, q=ctx.q, p=ctx.q.project, doc=doc,
                               doc_id=f"{ctx.q.project.code}-{doc.abbr}", request=request)
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
