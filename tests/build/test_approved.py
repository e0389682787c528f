"""Approved documents' fingerprints: printed by pmdocs, checked against the approvals that give one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from generator.build.approved import check_fingerprints, digest, fingerprints
from generator.questionnaire import model as m
from generator.questionnaire.read import read_questionnaire
from tests.conftest import ROOT, mutate
from tests.support.cli import invoke

CDP = ROOT / "content" / "projects" / "cdp-2027.yaml"


def approved(q: m.Questionnaire, fingerprint: str, version: str = "1.1") -> m.Questionnaire:
    """Return a questionnaire whose charter's version is approved with a fingerprint."""
    approval = m.Approval(document="project-charter", id=None, version=version, by=q.roles.sponsor,  # type: ignore[call-arg]
                          date=dt.date(2027, 2, 13), fingerprint=fingerprint)
    return dataclasses.replace(q, approvals=[approval])


def test_an_approval_of_the_document_as_it_is_gets_no_warning_and_a_changed_one_does() -> None:
    """Review 114c F5: the format promises a warning for an approval whose document changed since (its fingerprint
    no longer matches); four fingerprints that matched nothing passed without one."""
    q = read_questionnaire(CDP).questionnaire
    assert q is not None
    now = fingerprints(q)[("project-charter", "")]
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", now) and now == fingerprints(approved(q, now))[("project-charter", "")]
    assert check_fingerprints(approved(q, now), [], "cdp.yaml") == []
    renamed = dataclasses.replace(q, project=dataclasses.replace(q.project, name="Customer Data Platform Move"))
    [warning] = check_fingerprints(approved(renamed, now), [], "cdp.yaml")
    assert warning.path == ("approvals", 0, "fingerprint") and "has changed since it was approved" in warning.message
    assert fingerprints(renamed)[("project-charter", "")] in warning.message
    # an earlier version's approval, the later one not approved, is of a document changed since (review 125c F8: a new
    # revision silenced the warning); with the later one approved too, that approval's is the one checked
    [later] = check_fingerprints(approved(renamed, now, version="1.0"), [], "cdp.yaml")
    assert "version 1.0) has changed since it was approved: it is now version 1.1, not yet approved" in later.message
    both = approved(q, now)
    both = dataclasses.replace(both, approvals=[dataclasses.replace(both.approvals[0], version="1.0",
                                                                    fingerprint="sha256:" + "0" * 64),
                                                *both.approvals])
    assert check_fingerprints(both, [], "cdp.yaml") == []
    # the format's placeholder is no fingerprint
    assert check_fingerprints(approved(renamed, "sha256:..."), [], "cdp.yaml") == []
    [bad] = check_fingerprints(approved(q, "deadbeef"), [], "cdp.yaml")
    assert "is not a fingerprint pmdocs writes" in bad.message


def test_the_digest_is_of_the_markdown() -> None:
    assert digest("a") == "sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"


def test_pmdocs_fingerprint_prints_each_document_and_validate_warns_where_the_approval_is(tmp_path: Path) -> None:
    code, out = invoke("fingerprint", str(CDP))
    assert code == 0, out
    charter = next(line for line in out.splitlines() if line.startswith("CDP-2027-project-charter "))
    version, given = charter.split()[1:]
    assert version == "1.1" and any(line.startswith("CDP-2027-change-request CR-001 1.1 sha256:") for line in out.splitlines())
    text = CDP.read_text(encoding="utf-8")
    path = tmp_path / "cdp.yaml"
    path.write_text(mutate(text, "\nrevisions:", f"\napprovals:\n  - document: project-charter\n    version: \"1.1\"\n"
                           f"    by: Dana Ortiz\n    date: 2027-02-13\n    fingerprint: \"{given}\"\n\nrevisions:"),
                    encoding="utf-8")
    code, out = invoke("validate", str(path))
    assert code == 0 and "approvals[0].fingerprint" not in out, out
    path.write_text(path.read_text(encoding="utf-8").replace("name: Customer Data Platform Migration",
                                                             "name: Customer Data Platform Move", 1), encoding="utf-8")
    code, out = invoke("validate", str(path))
    line = next(line for line in out.splitlines() if "approvals[0].fingerprint" in line)
    assert re.match(rf"{re.escape(str(path))}:\d+:18: warning: approvals\[0\]\.fingerprint: the approved document "
                    r"\(project-charter, version 1\.1\) has changed since it was approved", line), line
