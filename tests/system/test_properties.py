"""Property-based tests: random valid questionnaires always generate, deterministically and losslessly;
random damage to a valid file only ever gives located errors."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import yaml
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build.pack import build_pack
from generator.questionnaire.invisible import unseen_characters
from generator.questionnaire.read import read_questionnaire_text
from generator.questionnaire.suggest import normalize
from tests.support.docx import paragraph_text
from tests.support.mdtext import squash, text_markdown_it
from tests.support.packs import free_text

# Any character a document can hold: no controls, surrogates or non-characters.
CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Cn"), blacklist_characters="\u2028\u2029\x85")
TEXT = st.text(CHARS, min_size=1, max_size=30).filter(lambda s: s.strip())
# A name, as the spec allows it: no invisible character (zero-width, direction mark, unusual space) in it.
NAME = TEXT.filter(lambda s: normalize(s) != "board" and next(unseen_characters(s), None) is None)
LEVEL = st.sampled_from(["low", "medium", "high"])
START = dt.date(2027, 1, 1)
END = dt.date(2027, 12, 31)
DAY = st.integers(0, (END - START).days).map(lambda n: (START + dt.timedelta(days=n)).isoformat())


@st.composite
def questionnaires(draw) -> dict:
    """Return a random questionnaire that satisfies the spec."""
    names = draw(st.lists(NAME, min_size=2, max_size=5, unique_by=normalize))
    deliverables = draw(st.lists(NAME, min_size=1, max_size=3, unique_by=normalize))
    people = [{"name": n, "role": draw(TEXT), "influence": draw(LEVEL), "interest": draw(LEVEL),
               "technical": draw(st.booleans())} for n in names]
    data = {
        "schema_version": 1,
        "project": {"name": draw(TEXT), "code": "PROP-1", "type": "other",
                    "methodology": draw(st.sampled_from(["waterfall", "agile", "kanban", "devops", "hybrid"])),
                    "summary": draw(TEXT), "problem": draw(TEXT), "start": START.isoformat(), "end": END.isoformat(),
                    "budget": {"amount": draw(st.integers(0, 10**9)), "currency": "EUR",
                               "contingency_percent": draw(st.integers(0, 100))}},
        "organization": {"name": draw(TEXT)},
        "people": people,
        "roles": {"sponsor": names[0], "project_manager": names[1]},
        "objectives": [{"objective": draw(TEXT), "measure": draw(TEXT), "due": draw(DAY)}
                       for _ in range(draw(st.integers(1, 3)))],
        "scope": {"in": draw(st.lists(TEXT, min_size=1, max_size=3)), "out": draw(st.lists(TEXT, max_size=2)),
                  "deliverables": [{"name": d, "description": draw(TEXT), "acceptance": draw(st.lists(TEXT, min_size=1,
                                    max_size=2)), "owner": draw(st.sampled_from(names)), "due": draw(DAY)}
                                   for d in deliverables]},
        "milestones": [{"name": m, "date": draw(DAY), "deliverables": [draw(st.sampled_from(deliverables))]}
                       for m in draw(st.lists(NAME, max_size=3, unique_by=normalize))],
        "risks": [{"risk": draw(TEXT), "likelihood": draw(LEVEL), "impact": draw(LEVEL), "mitigation": draw(TEXT),
                   "owner": draw(st.sampled_from(names))} for _ in range(draw(st.integers(0, 3)))],
        "communication": {"items": [{"name": n, "audience": [draw(st.sampled_from(names + ["everyone"]))],
                                     "purpose": draw(TEXT), "channel": draw(TEXT), "frequency": draw(TEXT),
                                     "owner": draw(st.sampled_from(names))}
                                    for n in draw(st.lists(NAME, max_size=2, unique_by=normalize))]},
        "glossary": [{"term": t, "meaning": draw(TEXT)} for t in draw(st.lists(NAME, max_size=2, unique_by=normalize))],
    }
    requests = []
    for i in range(draw(st.integers(0, 3))):
        status = draw(st.sampled_from(["proposed", "approved", "rejected", "implemented"]))
        request = {"id": f"CR-{i}", "title": draw(TEXT), "requested_by": draw(st.sampled_from(names)),
                   "date": START.isoformat(), "description": draw(TEXT), "reason": draw(TEXT),
                   "impact": {"scope": draw(TEXT), "cost": draw(st.integers(-1000, 10**6)),
                              "schedule_days": draw(st.integers(-10, 100))}, "status": status}
        if status != "proposed":
            request["decision"] = {"by": "board", "date": START.isoformat(), "notes": draw(TEXT)}
        requests.append(request)
    if requests:
        data["change_control"] = {"board": names[:2], "requests": requests}
    return data


def dump(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(questionnaires())
def test_random_valid_questionnaires_generate_deterministically_and_losslessly(data: dict) -> None:
    text = dump(data)
    result = read_questionnaire_text(text, "random.yaml")
    assert result.ok(), [d.format() for d in result.diagnostics]
    q = result.questionnaire
    first, second = build_pack(q), build_pack(q)
    assert [(f.path, f.data) for f in first] == [(f.path, f.data) for f in second]
    markdown = squash(" ".join(text_markdown_it(f.data.decode("utf-8")) for f in first if f.path.suffix == ".md"))
    words = []
    for f in first:
        if f.path.suffix == ".docx":
            words.extend(paragraph_text(p) for p in docx.Document(io.BytesIO(f.data)).element.body.iter(qn("w:p")))
    word_text = squash(" ".join(words))
    for value in free_text(q):
        assert squash(value) in markdown, value
        assert squash(value) in word_text, value


VALID = dump({
    "schema_version": 1,
    "project": {"name": "P", "code": "PX-1", "type": "other", "methodology": "kanban", "summary": "S", "problem": "P",
                "start": "2027-01-01", "end": "2027-02-01"},
    "organization": {"name": "O"},
    "people": [{"name": "A", "role": "R"}, {"name": "B", "role": "R"}],
    "roles": {"sponsor": "A", "project_manager": "B"},
    "objectives": [{"objective": "O", "measure": "M", "due": "2027-02-01"}],
    "scope": {"in": ["X"], "out": [], "deliverables": [{"name": "D", "description": "D", "acceptance": ["A"]}]},
})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["insert", "delete", "replace"]),
                          st.text(st.characters(blacklist_categories=("Cs",)), max_size=4)), min_size=1, max_size=5))
def test_damaged_files_give_only_located_errors(edits: list[tuple[int, str, str]]) -> None:
    text = VALID
    for position, action, chunk in edits:
        at = position % (len(text) + 1)
        if action == "insert":
            text = text[:at] + chunk + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + len(chunk) + 1:]
        else:
            text = text[:at] + chunk + text[at + len(chunk):]
    result = read_questionnaire_text(text, "damaged.yaml")
    # YAML's line breaks, as its marks count them (a lone "\r" too, as editors show it)
    lines = len(re.findall(r"\r\n|[\r\n\x85\u2028\u2029]", text)) + 2
    for diagnostic in result.diagnostics:
        line = diagnostic.format()
        assert line.startswith("damaged.yaml:") and 1 <= diagnostic.mark.line <= lines and diagnostic.mark.col >= 1
    if result.questionnaire is None:
        assert any(d.severity.value == "error" for d in result.diagnostics)
