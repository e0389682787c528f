"""pmdocs init --interactive: the interview that never loses an answer (the example: tests/cli/test_init.py)."""

from __future__ import annotations

import datetime as dt
import os
import re
import select
import signal
import sys
import time
import unicodedata
from pathlib import Path
from typing import Callable, Optional

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import init as init_module
from generator.questionnaire.answers_yaml import render
from generator.questionnaire.interview import Interview, run
from generator.questionnaire.partial import answers_in, partial_path, partial_text
from generator.questionnaire.questions import BY_KEY, QUESTIONS, Question
from generator.questionnaire.loader import load_text
from generator.questionnaire.read import read_questionnaire, read_questionnaire_text
from tests.support.cli import invoke

TODAY = dt.date(2027, 1, 4)
REFUSED_RE = re.compile(r"^  \S.*; please try again$")


def lines(*answers: str) -> str:
    """Return answers as typed, one per line."""
    return "".join(f"{answer}\n" for answer in answers)


# Every question answered in order, with each kind of wrong answer on the way.
INTERACTIVE_ANSWERS = lines(
    "Harbour Bridge Upgrade",   # project name
    "2027-02-30",               # start: not a real date, asked again
    "2027-03-01",               # start
    "2027-02-01",               # end: before start, asked again
    "2027-09-30",               # end
    "bad code",                 # code: invalid, asked again
    "HB--2027",                 # code: '--' is refused by the validator, asked again
    "",                         # code: take the suggested default
    "infrastucture",            # type: not allowed (did you mean ...?), asked again
    "infrastructure-upgrade",   # type
    "",                         # methodology: default scrum
    "Replace the bridge's control network | phase 1",   # summary, with a pipe
    "The old network fails weekly",                     # problem
    "Harbour Authority",        # organization
    "",                         # sponsor: no default, an answer is required
    "Ana Silva",                # sponsor
    "",                         # sponsor's title: default
    "Tom O'Neil",               # project manager
    "",                         # PM title: default
    "",                         # product owner: defaults to the sponsor
    "Zero unplanned outages",   # objective
    "No outage in 90 days",     # measure
    "Control network",          # in scope
    "New network",              # deliverable
    "",                         # description: default
    "Passes the failover test", # acceptance
    "2028-01-01",               # due: outside, asked again
    "2027-08-31",               # due
)

# The same answers, each right the first time (the defaults taken as above).
STRAIGHT_ANSWERS = lines(
    "Harbour Bridge Upgrade", "2027-03-01", "2027-09-30", "", "infrastructure-upgrade", "",
    "Replace the bridge's control network | phase 1", "The old network fails weekly", "Harbour Authority",
    "Ana Silva", "", "Tom O'Neil", "", "", "Zero unplanned outages", "No outage in 90 days", "Control network",
    "New network", "", "Passes the failover test", "2027-08-31",
)


def test_init_makes_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "new" / "projects" / "p.yaml"
    assert invoke("init", "--interactive", str(target), input=STRAIGHT_ANSWERS)[0] == 0
    assert read_questionnaire(target).ok()


def test_a_folder_that_cannot_be_written_is_refused_before_any_question(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code, out = invoke("init", "--interactive", str(blocker / "p.yaml"), input=STRAIGHT_ANSWERS)
    assert code == 2 and "cannot write" in out and "Project name" not in out


# -- asking ------------------------------------------------------------------------


def test_interactive_init_reasks_and_writes_a_valid_file(tmp_path: Path) -> None:
    target = tmp_path / "bridge.yaml"
    code, out = invoke("init", "--interactive", str(target), input=INTERACTIVE_ANSWERS)
    assert code == 0, out
    refusals = [line for line in out.splitlines() if "please try again" in line]
    assert len(refusals) == 7, out  # start, end, code twice, type, sponsor (empty), due date
    text = target.read_text(encoding="utf-8")
    assert "code: HBU-2027" in text and "Tom O'Neil" in text and "| phase 1" in text
    assert invoke("validate", "--strict", str(target))[0] == 0
    assert not partial_path(target).exists()


def test_every_refusal_reads_alike(tmp_path: Path) -> None:
    """Dates, codes, words and text are refused the same way, with the validator's own words."""
    code, out = invoke("init", "--interactive", str(tmp_path / "p.yaml"), input=INTERACTIVE_ANSWERS)
    assert code == 0, out
    refusals = [line for line in out.splitlines() if "please try again" in line]
    assert all(REFUSED_RE.match(line) for line in refusals), refusals
    said = "\n".join(refusals)
    assert "'2027-02-30' is not a real date: February 2027 has 28 days" in said
    assert "the project ends (2027-02-01) before it starts (2027-03-01)" in said
    assert "'bad code' is not a valid project code" in said and "(did you mean 'BAD-CODE'?)" in said
    assert "'HB--2027' is not a valid project code" in said
    assert "'infrastucture' is not one of the allowed values" in said
    assert "(did you mean 'infrastructure-upgrade'?)" in said
    assert "an answer is required" in said
    assert "due date 2028-01-01 is after the project ends (2027-09-30)" in said
    assert "Error:" not in out  # no click-specific messages


@pytest.mark.parametrize("typed, meant", [("Waterfall", "waterfall"), ("  KANBAN ", "kanban"), ("dev", "devops"),
                                          ("hyb", "hybrid")])
def test_words_are_taken_in_any_case_or_by_their_only_beginning(typed: str, meant: str) -> None:
    question = BY_KEY["methodology"]
    assert Interview(TODAY).check(question, typed).value == meant


def test_an_ambiguous_beginning_is_refused_with_the_allowed_words() -> None:
    checked = Interview(TODAY).check(BY_KEY["type"], "d")
    assert checked.value is None and "is not one of the allowed values: software-development" in checked.problems[0]


@pytest.mark.parametrize("key, typed, said", [
    ("name", "Bell\x07", "U+0007"),
    ("code", "CON", "device name"),
    ("code", "-AB", "may not start or end with '-'"),
    ("start", "2027-13-01", "there is no month 13"),
    ("start", "2027-01-01T10:00", "has a time"),
    ("sponsor", "Ana\x00Silva", "U+0000"),
])
def test_anything_the_validator_refuses_is_refused_at_the_prompt(key: str, typed: str, said: str) -> None:
    checked = Interview(TODAY).check(BY_KEY[key], typed)
    assert checked.value is None and any(said in problem for problem in checked.problems), checked


def test_dates_are_written_in_full() -> None:
    assert Interview(TODAY).check(BY_KEY["start"], "2027-3-1").value == "2027-03-01"


# -- one person, several roles ---------------------------------------------------


def one_person_answers(sponsor: str, manager: str, owner: str) -> str:
    return lines("Solo Project", "2027-03-01", "2027-09-30", "", "", "", "Summary", "Problem", "Org",
                 sponsor, "Chief Everything", manager, owner, "Objective", "Measure", "In", "Thing", "", "Accepted", "")


@pytest.mark.parametrize("manager, owner", [
    ("Dana Ortiz", "Dana Ortiz"),                       # the same name typed again
    ("dana  ortiz", "DANA ORTIZ"),                      # in another case and spacing
])
def test_one_person_may_hold_every_role(tmp_path: Path, manager: str, owner: str) -> None:
    target = tmp_path / "solo.yaml"
    code, out = invoke("init", "--interactive", str(target), input=one_person_answers("Dana Ortiz", manager, owner))
    assert code == 0, out
    assert "Project manager's job title" not in out  # a person named before is not asked for a title again
    assert "note: Dana Ortiz is both sponsor and project manager" in out
    tree = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert [p["name"] for p in tree["people"]] == ["Dana Ortiz"]
    assert tree["people"][0]["role"] == "Chief Everything"
    assert tree["roles"] == {"sponsor": "Dana Ortiz", "project_manager": "Dana Ortiz", "product_owner": "Dana Ortiz"}
    assert tree["scope"]["deliverables"][0]["owner"] == "Dana Ortiz"
    assert read_questionnaire(target).ok()


def test_a_name_typed_on_another_system_is_the_same_person(tmp_path: Path) -> None:
    target = tmp_path / "nfc.yaml"
    nfc = "José Núñez"
    nfd = unicodedata.normalize("NFD", nfc)
    code, out = invoke("init", "--interactive", str(target), input=one_person_answers(nfd, nfc, nfd))
    assert code == 0, out
    tree = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert [p["name"] for p in tree["people"]] == [nfc]
    assert set(tree["roles"].values()) == {nfc}


# -- never losing an answer --------------------------------------------------------


def saved_tree(target: Path) -> dict[str, object]:
    text = partial_path(target).read_text(encoding="utf-8")
    tree = yaml.safe_load(text)
    assert isinstance(tree, dict)
    return tree


def test_end_of_input_keeps_the_answers(tmp_path: Path) -> None:
    target = tmp_path / "bridge.yaml"
    given = INTERACTIVE_ANSWERS.splitlines()[:14]  # up to the organization
    code, out = invoke("init", "--interactive", str(target), input=lines(*given))
    assert code == 1 and not target.exists()
    assert f"saved in {partial_path(target)}" in out and "Traceback" not in out
    assert f"run: pmdocs init --interactive {target}" in out
    text = partial_path(target).read_text(encoding="utf-8")
    tree = yaml.safe_load(text)
    assert tree["project"]["name"] == "Harbour Bridge Upgrade" and tree["organization"]["name"] == "Harbour Authority"
    assert tree["project"]["code"] == "HBU-2027" and tree["project"]["methodology"] == "scrum"
    assert "# sponsor: not answered yet" in text and "(9 of 21 questions answered)" in text


def interrupt_after(monkeypatch: pytest.MonkeyPatch, answers: int, error: BaseException) -> None:
    """Make the prompt raise ``error`` once ``answers`` lines have been read."""
    real = init_module._ask
    count = [0]

    def ask(prompt: str, default: Optional[str] = None) -> str:
        if count[0] == answers:
            raise error
        count[0] += 1
        return real(prompt, default)

    monkeypatch.setattr(init_module, "_ask", ask)


@pytest.mark.parametrize("error, exit_code, said", [
    (KeyboardInterrupt(), 130, "interrupted"),
    (EOFError(), 1, "the input ended"),
    (RuntimeError("boom"), 1, "internal error: RuntimeError: boom"),
])
def test_any_stop_keeps_the_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException,
                                    exit_code: int, said: str) -> None:
    target = tmp_path / "bridge.yaml"
    interrupt_after(monkeypatch, 5, error)
    code, out = invoke("init", "--interactive", str(target), input=INTERACTIVE_ANSWERS)
    assert code == exit_code and said in out and "Traceback" not in out
    assert "Your 3 answers are saved in" in out  # the name, and the start and end dates (each asked twice)
    assert saved_tree(target)["project"] == {"name": "Harbour Bridge Upgrade", "start": dt.date(2027, 3, 1),
                                             "end": dt.date(2027, 9, 30), "status": "planning"}


def test_interrupted_before_any_answer_saves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    interrupt_after(monkeypatch, 0, KeyboardInterrupt())
    code, out = invoke("init", "--interactive", str(tmp_path / "p.yaml"), input="")
    assert code == 130 and "nothing was saved" in out and not list(tmp_path.iterdir())


def test_a_questionnaire_that_does_not_validate_keeps_the_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a bug make the questionnaire invalid, the answers are kept and the problems said, not lost."""
    monkeypatch.setattr(Interview, "render", lambda self: render(self.answers).replace("status: planning", "status: lost"))
    target = tmp_path / "bridge.yaml"
    code, out = invoke("init", "--interactive", str(target), input=STRAIGHT_ANSWERS)
    assert code == 1 and not target.exists() and "Traceback" not in out
    assert "'lost' is not one of the allowed values" in out and "a bug in pmdocs" in out
    assert "internal error" not in out
    text = partial_path(target).read_text(encoding="utf-8")
    assert "(21 of 21 questions answered)" in text and "#   " in text and "'lost'" in text
    assert saved_tree(target)["roles"]["project_manager"] == "Tom O'Neil"


def test_answers_are_shown_when_they_cannot_be_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, data: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(init_module, "write_atomic", refuse)
    interrupt_after(monkeypatch, 3, KeyboardInterrupt())
    code, out = invoke("init", "--interactive", str(tmp_path / "p.yaml"), input=INTERACTIVE_ANSWERS)
    assert code == 130 and "could not be saved" in out and 'name: "Harbour Bridge Upgrade"' in out


def test_answers_are_on_disk_after_each_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a run killed without warning (no chance to save) leaves its answers behind."""
    target = tmp_path / "p.yaml"
    seen: list[str] = []
    real = init_module._ask

    def ask(prompt: str, default: Optional[str] = None) -> str:
        partial = partial_path(target)
        seen.append(partial.read_text(encoding="utf-8") if partial.exists() else "")
        return real(prompt, default)

    monkeypatch.setattr(init_module, "_ask", ask)
    assert invoke("init", "--interactive", str(target), input=STRAIGHT_ANSWERS)[0] == 0
    assert seen[0] == "" and 'name: "Harbour Bridge Upgrade"' in seen[1] and "2027-09-30" in seen[3]
    assert not partial_path(target).exists()


# -- carrying on, and --force --------------------------------------------------------


def test_a_saved_run_carries_on_where_it_stopped(tmp_path: Path) -> None:
    straight = tmp_path / "straight.yaml"
    assert invoke("init", "--interactive", str(straight), input=STRAIGHT_ANSWERS)[0] == 0
    target = tmp_path / "bridge.yaml"
    first = STRAIGHT_ANSWERS.splitlines()[:12]
    assert invoke("init", "--interactive", str(target), input=lines(*first))[0] == 1
    rest = STRAIGHT_ANSWERS.splitlines()[12:]
    code, out = invoke("init", "--interactive", str(target), input=lines("yes", *[""] * 12, *rest))
    assert code == 0, out
    assert "holds 12 answers from an earlier run" in out
    assert target.read_text(encoding="utf-8") == straight.read_text(encoding="utf-8")
    assert not partial_path(target).exists()


def test_carrying_on_and_stopping_again_keeps_the_older_answers(tmp_path: Path) -> None:
    target = tmp_path / "bridge.yaml"
    assert invoke("init", "--interactive", str(target), input=lines(*STRAIGHT_ANSWERS.splitlines()[:12]))[0] == 1
    code, out = invoke("init", "--interactive", str(target), input=lines("yes", "Renamed Project"))
    assert code == 1 and "Your 12 answers are saved" in out
    tree = saved_tree(target)
    assert tree["project"]["name"] == "Renamed Project" and tree["roles"]["sponsor"] == "Ana Silva"


def test_starting_afresh_is_a_choice(tmp_path: Path) -> None:
    target = tmp_path / "bridge.yaml"
    assert invoke("init", "--interactive", str(target), input=lines(*STRAIGHT_ANSWERS.splitlines()[:5]))[0] == 1
    code, out = invoke("init", "--interactive", str(target), input=lines("maybe", "n", "Other Project"))
    assert code == 1 and "'maybe' is not one of the allowed values: yes, no; please try again" in out
    assert saved_tree(target)["project"] == {"name": "Other Project", "status": "planning"}


def test_force_offers_the_answers_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "bridge.yaml"
    assert invoke("init", "--interactive", str(target), input=STRAIGHT_ANSWERS)[0] == 0
    before = target.read_text(encoding="utf-8")
    code, out = invoke("init", "--interactive", "--force", str(target), input="\n" * 30)
    assert code == 0, out
    assert "offered as defaults" in out and "please try again" not in out and "also holds" not in out
    assert target.read_text(encoding="utf-8") == before


def test_force_offers_the_answers_of_the_example(tmp_path: Path) -> None:
    target = tmp_path / "cdp.yaml"
    assert invoke("init", str(target))[0] == 0
    code, out = invoke("init", "--interactive", "--force", str(target), input="\n" * 30)
    assert code == 0, out
    assert "also holds milestones, risks" in out and "more people" in out and "Ctrl-C now" in out
    result = read_questionnaire(target)
    assert result.ok() and result.questionnaire is not None
    assert result.questionnaire.project.name == "Customer Data Platform Migration"
    assert result.questionnaire.roles.sponsor == "Dana Ortiz"


def test_force_takes_what_can_be_read_from_an_invalid_file(tmp_path: Path) -> None:
    target = tmp_path / "broken.yaml"
    target.write_text("\n".join([
        "project:", "  name: Broken But Useful", "  start: 2027-01-10", "  end: 2026-01-01", "  methodology: Kanban",
        "  type: [not, a, word]", "  bogus: key", "organization: Acme", "roles:", "  sponsor: Mia Wong",
        "people:", "  - name: Mia Wong", "    role: Chief Operating Officer", "scope:", "  in: Everything",
    ]) + "\n", encoding="utf-8")
    answers = ["", "", "2027-06-30", "", "", "", "Summary", "Problem", "Acme", "", "", "Raj Patel", "",
               "Objective", "Measure", "In scope", "Thing", "", "Accepted", ""]
    code, out = invoke("init", "--interactive", "--force", str(target), input=lines(*answers))
    assert code == 0, out
    assert "note: the saved answer '2026-01-01' is not offered: the project ends (2026-01-01) before it starts" in out
    q = read_questionnaire(target).questionnaire
    assert q is not None and q.project.name == "Broken But Useful" and q.project.start == dt.date(2027, 1, 10)
    assert q.project.methodology == "kanban" and q.roles.sponsor == "Mia Wong"
    assert q.person("Mia Wong") is not None and q.person("Mia Wong").role == "Chief Operating Officer"  # type: ignore[union-attr]


def test_force_on_a_file_that_is_not_yaml_starts_afresh(tmp_path: Path) -> None:
    target = tmp_path / "junk.yaml"
    target.write_text("project: [unclosed\n", encoding="utf-8")
    code, out = invoke("init", "--interactive", "--force", str(target), input=STRAIGHT_ANSWERS)
    assert code == 0 and "No answers could be read" in out
    assert read_questionnaire(target).ok()


# -- whatever the prompts accept renders to a questionnaire that validates -------------


NAMES = ["Dana Ortiz", "dana  ortiz", "José Núñez", unicodedata.normalize("NFD", "José Núñez"), "Tom O'Neil",
         "李雷", "Board", "team", "null", "- x", "a: b", "#1", "{{ name }}"]
ODD_TEXT = ["| * _ # < > [ ]", "{% if x %}", "<script>", "'quoted'", '"double"', "~", "yes", "1e5", "2027-01-01",
            "text # comment", "\\", "a\u2028b", "a\x85b", "tab\there", "\ufeff", "\u200b", "x\ud800", "\x7f"]
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=24)
FALLBACK = {"text": "Filled in", "name": "Fallback Person", "code": "FB-2027", "date": "2027-06-01"}


def attempts(question: Question) -> st.SearchStrategy[str]:
    """Return what a person might type at a question: good, odd and wrong answers, and just Enter."""
    kinds: dict[str, st.SearchStrategy[str]] = {
        "text": st.sampled_from(ODD_TEXT) | ANY_TEXT,
        "name": st.sampled_from(NAMES) | ANY_TEXT,
        "code": st.from_regex(r"[A-Za-z0-9-]{1,22}", fullmatch=True) | ANY_TEXT,
        "date": st.dates(dt.date(1000, 1, 1), dt.date(9000, 12, 31)).map(dt.date.isoformat)
        | st.sampled_from(["2027-02-29", "2027-1-5", "0999-12-31", "2027-01-01 10:00"]) | ANY_TEXT,
        "choice": st.sampled_from(question.options) | st.sampled_from(question.options).map(str.upper) | ANY_TEXT,
    }
    return st.just("") | kinds[question.kind]


def fake_person(draw: Callable[[st.SearchStrategy[str]], str]) -> tuple[Callable[[str, Optional[str]], str],
                                                                        Callable[[str], None]]:
    """Return ask and tell for a person who types random answers, then a plain one after a few refusals."""
    by_prompt = {question.text(): question for question in QUESTIONS}
    tries: dict[str, int] = {}

    def ask(prompt: str, default: Optional[str]) -> str:
        question = by_prompt[prompt]
        tries[prompt] = tries.get(prompt, 0) + 1
        assert tries[prompt] < 10, f"stuck at {prompt!r}"
        if tries[prompt] <= 3:
            return draw(attempts(question))
        return "" if default is not None else FALLBACK.get(question.kind, question.options[0] if question.options else "")

    return ask, lambda message: None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
def test_whatever_the_prompts_accept_validates(data: st.DataObject, today: dt.date) -> None:
    ask, tell = fake_person(data.draw)
    interview = Interview(today)
    run(interview, ask, tell)
    text = interview.render()
    result = read_questionnaire_text(text, "init.yaml")
    assert result.ok(), "\n".join(d.format() for d in result.diagnostics) + "\n" + text
    names = [p.name for p in result.questionnaire.people]  # type: ignore[union-attr]
    assert len(names) == len(set(names))
    document = load_text(text)
    assert document.root is not None and answers_in(document.root) == interview.answers  # what is saved comes back
    given = list(interview.answers.items())
    cut = data.draw(st.integers(0, len(given)))
    partial = dict(given[:cut])
    saved = load_text(partial_text(partial, Path("p.yaml")))
    assert saved.root is not None and not saved.diagnostics and answers_in(saved.root) == partial


def test_what_yaml_cannot_hold_is_refused_at_the_prompt() -> None:
    checked = Interview(TODAY).check(BY_KEY["summary"], "broken \udcff byte")
    assert checked.value is None and checked.problems == [
        "contains the character U+DCFF, which documents cannot hold; remove it"]


# -- a real terminal ------------------------------------------------------------------


def waiting(pid: int, seconds: float = 5.0) -> None:
    """Return once a process has slept (state S: blocked, as on a terminal read) for a fifth of a second, or after
    ``seconds`` (where /proc is not there, after a fifth of a second)."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        time.sleep(0.2)
        return
    deadline, since = time.monotonic() + seconds, None
    while time.monotonic() < deadline:
        try:
            state = stat.read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return
        now = time.monotonic()
        since = (since or now) if state == "S" else None
        if since is not None and now - since >= 0.2:
            return
        time.sleep(0.01)


def read_until(fd: int, wanted: bytes, timeout: float = 30.0) -> bytes:
    """Return what a terminal shows until ``wanted`` appears (or fail after ``timeout`` seconds)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen:
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"timed out waiting for {wanted!r}; saw {seen!r}"
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            seen += chunk
    return seen


def reaped(pid: int, seconds: float = 20.0) -> int:
    """Return a child's wait status once it ends; one still running after ``seconds`` (it never got the input the
    test meant to send: the prompt did not come in time) is killed, so the test fails instead of hanging."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
@pytest.mark.parametrize("stop, exit_code, said", [("ctrl-c", 130, b"interrupted"), ("sigterm", 143, b"stopped")])
def test_a_stop_at_a_real_terminal_keeps_the_answers(tmp_path: Path, stop: str, exit_code: int, said: bytes) -> None:
    import pty

    target = tmp_path / "bridge.yaml"
    pid, fd = pty.fork()
    if pid == 0:  # the child: pmdocs, its terminal the pseudo-terminal
        os.chdir(tmp_path)
        # As a shell starts a command in the foreground: Ctrl-C at its default, whatever the test runner was started
        # with (an ignored or blocked signal stays so across exec, and the test would wait for nothing).
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        os.execv(sys.executable, [sys.executable, "-m", "generator", "init", "--interactive", target.name])
    try:
        read_until(fd, b"Project name")
        os.write(fd, b"Harbour Bridge Upgrade\r")
        read_until(fd, b"Start date")
        os.write(fd, b"2027-03-01\r")
        read_until(fd, b"End date")
        # A person presses Ctrl-C (or a session ends) while pmdocs waits for the answer. Sent the instant the prompt
        # shows, on a busy machine it could land before Python blocks reading the line, and CPython's input() notices
        # such a signal only at the next one (its read loop checks signals when a read is interrupted): the test hung
        # there (Ctrl-C seen twice under load, SIGTERM once in CI on 2026-12-04). So it waits until pmdocs is waiting
        # for input.
        waiting(pid)
        if stop == "ctrl-c":
            os.write(fd, b"\x03")  # as the terminal sends it
        else:
            os.kill(pid, signal.SIGTERM)
        shown = read_until(fd, b"To carry on")
        shown += read_until(fd, b"\n", timeout=5)
    finally:
        status = reaped(pid)
        os.close(fd)
    # (143 for Ctrl-C means a SIGTERM from outside the test reached pmdocs, e.g. a `pkill -f` run alongside the suite)
    assert os.waitstatus_to_exitcode(status) == exit_code, f"pmdocs showed {shown!r}"
    assert said in shown and b"Traceback" not in shown
    assert f"saved in {partial_path(Path(target.name))}".encode() in shown
    assert saved_tree(target)["project"]["start"] == dt.date(2027, 3, 1)  # type: ignore[index]
