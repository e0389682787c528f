"""The document kinds: one template each, described by its front matter, and the files each kind makes for a project.

Documents are discovered, not listed: every ``*.md.j2`` template not starting with
``_`` is a kind of document, described by a front-matter comment.  A kind is written
once per project, or once per entry of any list in the questionnaire::

    {#- pmdocs
    title: Change request
    abbr: CR                      # in document IDs, e.g. CDP-2027-CR
    order: 60                     # position in the pack
    orientation: portrait         # or landscape
    each: change_control.requests # default: project (one per project); else a list in the questionnaire
    id_field: id                  # the entry's key naming its file and document ID (default: id)
    folder: change-requests       # where its files go (default: the slug plus s)
    as: request                   # the entry's name in the template, besides `entry` (default: entry)
    entry_title: Change request {id}   # each file's title (default: the title, a space and the id)
    blank_form: Change request form    # also write a blank form with this title (default: none)
    group: Change requests        # the title its files are listed under together, e.g. in the site's
                                  # navigation (default: the folder's name as words)
    signers: [sponsor, project_manager]  # the roles whose holders sign it (its approval section): it is
                                  # approved once each of them approved the version (default: anyone's approval)
    file: "{code}-{id}"           # each entry's file name without .md: {code} the project's, {id} the entry's
                                  # (default: {code}-{id}), e.g. {code}-status-report-{id}
    when: decisions               # a kind of one per project is written only when this list of the
                                  # questionnaire has entries (default: always)
    cover: compact                # Word: full (a cover page and contents) or compact (a header block on
                                  # the first page); default: compact for one per entry, full otherwise
    reflects: [revisions, approved] # the records it shows (revisions, requests, decided, approved,
                                  # decisions, shown_decisions, shown_risks, risks, issues, lessons, reports,
                                  # overspend): only newer ones of these make an approved version a draft
                                  # that "reflects records up to" their date (default: all of them)
    fit: one-page                 # Word: where the page at its least runs past one page, its text is set
                                  # closer (the executive summary; default: as every document)
    -#}

So a new document kind -- a status report per ``status_reports`` entry keyed by
``date``, say -- is one template and its front matter, with no Python.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from pathlib import Path, PurePosixPath
from typing import Optional, Union

import jinja2
import yaml

from generator.diagnostics import Diagnostic, KeyPath, Mark, Severity, format_path
from generator.errors import QuestionnaireError, TemplateError
from generator.i18n import locales
from generator.i18n.locales import N_, Locale
from generator.questionnaire.model import Questionnaire, Roles, yaml_key
from generator.questionnaire.rules import RECORD_KINDS
from generator.record import Record
from generator.resources import builtin_templates_dir
from generator.questionnaire.file_names import entries, entry_id, file_stem

SUFFIX = ".md.j2"
PROJECT = "project"
_FRONT_MATTER = re.compile(r"\A\{#-?\s*pmdocs\s*\n(.*?)\n\s*-?#\}", re.S)
_KEYS = {"title", "abbr", "order", "orientation", "each", "id_field", "folder", "as", "entry_title", "blank_form",
         "group", "signers", "file", "when", "cover", "reflects", "fit"}
LEGACY_BLANK_FORM = N_("Change request form")  # a catalog message: the blank form's title in the documents' language
_LEGACY = {"change-request": {"each": "change_control.requests", "folder": "change-requests", "as": "request",
                              "blank_form": LEGACY_BLANK_FORM}}  # `each: change-request`, as the guide once said


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


class DocumentKind(Record):
    """Return one registered kind of document: its template and how many files it makes (``each``)."""

    slug: str
    title: str
    abbr: str
    order: int
    each: str  # "project", or the dotted path of a list in the questionnaire
    template: str
    orientation: str = "portrait"
    id_field: str = "id"
    folder: str = ""
    entry_name: str = "entry"
    entry_title: str = ""
    blank_form: str = ""
    group: str = ""  # what its files are listed under together (per entry only)
    signers: tuple[str, ...] = ()  # the role keys whose holders sign it; all of them approve a version (see approval)
    file: str = "{code}-{id}"  # a per-entry file's name without .md
    when: str = ""  # one per project, written only when this list of the questionnaire has entries ('' always)
    cover: str = ""  # "full" or "compact"; '' is compact for a kind of one per entry, full otherwise
    reflects: tuple[str, ...] = ()  # the kinds of record it shows (`rules.RECORD_KINDS`); () all of them
    fit: str = ""  # "one-page": Word sets its page closer where the page at its least runs over (`PageFit.brief`)

    @property
    def compact(self) -> bool:
        """Return whether its Word files have a compact cover (a header block, no cover page or contents)."""
        return self.cover == "compact" or (not self.cover and self.per_entry)

    @property
    def per_entry(self) -> bool:
        """Return whether the kind makes one document per entry of a list (rather than one per project)."""
        return self.each != PROJECT


class Planned(Record):
    """Return one file a document kind makes for a project: where, its title and ID, and the entry it is about."""

    path: PurePosixPath
    title: str
    doc_id: str
    entry: object = None
    entry_id: str = ""


# -- discovery ----------------------------------------------------------------------


def registry(env: jinja2.Environment) -> list[DocumentKind]:
    """Return the document kinds: one per template not starting with '_', ordered."""
    check_readable(env)
    kinds = []
    for name in env.list_templates(filter_func=lambda n: n.endswith(SUFFIX) and "/" not in n and not n.startswith("_")):
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        match = _FRONT_MATTER.match(source)
        builtin = builtin_templates_dir() / name
        if match is None and builtin.is_file():  # a user's template without front matter keeps the built-in's
            match = _FRONT_MATTER.match(builtin.read_text(encoding="utf-8"))
        kinds.append(_kind(name, match.group(1) if match else "", filename or name))
    return sorted(kinds, key=lambda k: (k.order, k.slug))


def _kind(name: str, front_matter: str, filename: str) -> DocumentKind:
    """Return the kind a template's front matter describes, or raise a problem located in the template."""
    def problem(message: str) -> TemplateProblem:
        return TemplateProblem(Diagnostic(Severity.ERROR, message, (), Mark(), filename))

    try:
        meta = yaml.load(front_matter, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except yaml.YAMLError as exc:
        raise problem(f"the pmdocs front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise problem("the pmdocs front matter must be keys and values (title: ..., order: ...)")
    unknown = sorted(str(k) for k in meta if k not in _KEYS)
    if unknown:
        raise problem(f"unknown key '{unknown[0]}' in the pmdocs front matter; the keys are {', '.join(sorted(_KEYS))}")
    slug = name[: -len(SUFFIX)]
    each = str(meta.get("each") or PROJECT)
    if each in _LEGACY:
        meta = {**_LEGACY[each], **{k: v for k, v in meta.items() if k != "each"}}
        each = _LEGACY[each]["each"]
    orientation = str(meta.get("orientation") or "portrait")
    if orientation not in ("portrait", "landscape"):
        raise problem(f"orientation: must be portrait or landscape, not '{orientation}'")
    try:
        order = int(meta.get("order", 100))
    except (TypeError, ValueError):
        raise problem(f"order: must be a whole number, not '{meta.get('order')}'") from None
    folder = str(meta.get("folder") or f"{slug}s")
    kind = DocumentKind(
        slug=slug, title=str(meta.get("title") or slug.replace("-", " ").capitalize()),
        abbr=str(meta.get("abbr") or "".join(w[0] for w in slug.split("-") if w).upper()), order=order, each=each,
        template=name, orientation=orientation, id_field=str(meta.get("id_field") or "id"),
        folder=folder, entry_name=str(meta.get("as") or "entry"), entry_title=str(meta.get("entry_title") or ""),
        blank_form=str(meta.get("blank_form") or ""),
        group=str(meta.get("group") or " ".join(folder.replace("_", "-").split("-")).capitalize()),
        signers=_signers(meta.get("signers"), problem), file=str(meta.get("file") or "{code}-{id}"),
        when=str(meta.get("when") or ""), cover=str(meta.get("cover") or ""),
        reflects=_reflects(meta.get("reflects"), problem), fit=str(meta.get("fit") or ""))
    if kind.cover not in ("", "full", "compact"):
        raise problem(f"cover: must be full or compact, not '{kind.cover}'")
    if kind.fit not in ("", "one-page"):
        raise problem(f"fit: must be one-page, not '{kind.fit}'")
    if kind.file.count("{id}") != 1 or not re.fullmatch(r"[A-Za-z0-9._{}-]+", kind.file) or \
            set(re.findall(r"\{([^}]*)\}", kind.file)) - {"code", "id"}:
        raise problem(f"file: must name each entry's file with {{id}} once (and {{code}}, letters, digits, '.', '_', "
                      f"'-'), such as {{code}}-{slug}-{{id}}, not '{kind.file}'")
    if kind.when:
        if kind.per_entry:
            raise problem("when: is for a kind of one document per project; a kind of one per entry is written for "
                          "each entry there is")
        wrong = _wrong_list(kind.when, "")
        if wrong:
            raise problem(wrong.replace("each:", "when:", 1))
    if kind.per_entry:
        wrong = _wrong_list(each, kind.id_field)
        if wrong:
            raise problem(wrong)
        if not kind.entry_name.isidentifier():
            raise problem(f"as: must be a name a template can use (letters, digits, _), not '{kind.entry_name}'")
        if not re.fullmatch(r"[A-Za-z0-9._-]+", kind.folder) or kind.folder.strip(".") == "":
            raise problem(f"folder: must be one folder name of letters, digits, '.', '_' and '-', not '{kind.folder}'")
    return kind


def _signers(value: object, problem: typing.Callable[[str], TemplateProblem]) -> tuple[str, ...]:
    """Return the role keys of the front matter's ``signers``, or raise a problem naming the roles there are."""
    roles = tuple(f.name for f in dataclasses.fields(Roles))
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise problem(f"signers: must be a list of roles ({', '.join(roles)})")
    unknown = [v for v in value if v not in roles]
    if unknown:
        raise problem(f"signers: unknown role '{unknown[0]}'; the roles are {', '.join(roles)}")
    return tuple(dict.fromkeys(value))


def _reflects(value: object, problem: typing.Callable[[str], TemplateProblem]) -> tuple[str, ...]:
    """Return the record kinds of the front matter's ``reflects``, or raise a problem naming the kinds there are."""
    kinds = ", ".join(RECORD_KINDS)
    if value is None:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise problem(f"reflects: must be a list of kinds of record ({kinds})")
    unknown = [v for v in value if v not in RECORD_KINDS]
    if unknown:
        raise problem(f"reflects: unknown kind of record '{unknown[0]}'; the kinds are {kinds}")
    return tuple(dict.fromkeys(value))


@functools.lru_cache(maxsize=None)
def _wrong_list(path: str, id_field: str) -> str:
    """Return why ``path`` is not a list of entries with ``id_field`` in the questionnaire, or '' when it is."""
    owner: type = Questionnaire
    parts = path.split(".")
    for index, part in enumerate(parts):
        hints = _fields(owner)
        hint = hints.get(part, hints.get(f"{part}_"))
        if hint is None:
            where = ".".join(parts[:index]) or "the questionnaire"
            return (f"each: '{path}' is not a list in the questionnaire ({where} has no key '{part}'); "
                    f"use project or a path such as change_control.requests")
        hint = _without_none(hint)
        if index < len(parts) - 1:
            if not dataclasses.is_dataclass(hint):
                return f"each: '{path}' is not a list in the questionnaire ('{part}' holds no keys)"
            owner = typing.cast(type, hint)
        elif typing.get_origin(hint) is not list or not dataclasses.is_dataclass(typing.get_args(hint)[0]):
            return f"each: '{path}' is not a list of entries in the questionnaire"
        else:
            entry = typing.get_args(hint)[0]
            if id_field and id_field not in _fields(entry):
                keys = ", ".join(yaml_key(k) for k in _fields(entry))
                return f"id_field: the entries of {path} have no key '{id_field}'; they have {keys}"
    return ""


def _fields(owner: type) -> dict[str, object]:
    """Return a model class's fields and their types (its fields only: not the class variables it declares)."""
    hints = typing.get_type_hints(owner)
    if not dataclasses.is_dataclass(owner):
        return dict(hints)
    return {f.name: hints[f.name] for f in dataclasses.fields(owner)}


def _without_none(hint: object) -> object:
    """Return the type inside ``Optional[...]``."""
    if typing.get_origin(hint) is Union:
        others = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return others[0] if len(others) == 1 else hint
    return hint


# -- planning -----------------------------------------------------------------------



def plan(kind: DocumentKind, q: Questionnaire, locale: Optional[Locale] = None) -> list[Planned]:
    """Return the files a document kind makes for a project, in order (per entry: the entries', then a blank form).

    ``locale`` is the documents' language, for the titles pmdocs words itself (English by default).
    """
    code = q.project.code
    if not kind.per_entry:
        if kind.when and not entries(q, kind.when):
            return []
        return [Planned(PurePosixPath(f"{code}-{kind.slug}.md"), kind.title, f"{code}-{kind.abbr}")]
    out: list[Planned] = []
    taken: dict[str, int] = {}
    for index, entry in enumerate(entries(q, kind.each)):
        key_path: KeyPath = (*(yaml_key(p) for p in kind.each.split(".")), index, kind.id_field)
        value = getattr(entry, kind.id_field, None)
        if value is None or value == "":
            raise QuestionnaireError(f"{format_path(key_path)}: no {kind.id_field} to name the {kind.title.lower()}'s "
                                     "file", path=key_path)
        ident = entry_id(value)
        stem = file_stem(ident, kind.entry_name)
        if stem.casefold() in taken:
            raise QuestionnaireError(f"{format_path(key_path)}: '{ident}' would be saved under the same file name as "
                                     f"entry {taken[stem.casefold()] + 1}; choose a more distinct {kind.id_field}",
                                     path=key_path)
        taken[stem.casefold()] = index
        title = kind.entry_title.replace("{id}", ident) if kind.entry_title else f"{kind.title} {ident}"
        name = kind.file.replace("{code}", code).replace("{id}", stem)
        out.append(Planned(PurePosixPath(kind.folder, f"{name}.md"), title, name, entry, ident))
    if kind.blank_form:
        title = (locale or locales.english()).gettext(kind.blank_form) if kind.blank_form == LEGACY_BLANK_FORM \
            else kind.blank_form  # pmdocs's words are translated; a template's are its own
        out.append(Planned(PurePosixPath(kind.folder, f"{code}-{kind.slug}-form.md"), title,
                           f"{code}-{kind.abbr}-FORM"))
    return out


# -- the user's template folders ----------------------------------------------------


def user_folders(env: jinja2.Environment) -> list[Path]:
    """Return the user's template folders of an environment (the last folder holds the built-in templates)."""
    return [Path(folder) for folder in getattr(env.loader, "searchpath", [])[:-1]]


def check_readable(env: jinja2.Environment) -> None:
    """Raise a located problem for a user's template that cannot be read as UTF-8 text (Jinja would not say which)."""
    for folder in user_folders(env):
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
