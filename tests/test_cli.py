"""End-to-end through the CLI with the real model, on the team's own articles."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from tests.conftest import EXAMPLES

from wirecoder.cli import main
from wirecoder.settings import default_settings


def _run(*args, stdin=None):
    """Run the real console entry point in a subprocess (exit codes as users see them)."""
    return subprocess.run([sys.executable, "-m", "wirecoder", *args], input=stdin, capture_output=True)


@pytest.fixture(scope="module")
def coded_examples():
    result = CliRunner().invoke(main, ["code", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_examples_keep_ids_and_order(coded_examples):
    ids = [d["id"] for d in coded_examples]
    assert ids == [str(EXAMPLES / "border-clash.html"), str(EXAMPLES / "harbour-talks.txt"),
                   "wire-001", "wire-002", "wire-003"]
    assert all(d["schema"] == "wirecoder/1" and d["error"] is None for d in coded_examples)


def test_examples_give_coded_events(coded_examples):
    by_id = {d["id"]: d for d in coded_examples}
    protest = [e for e in by_id["wire-002"]["events"] if e["event"] == "PROTEST"]
    assert protest and protest[0]["actor"][0]["code"] == "KEN" and protest[0]["actor"][0]["sector"] == ["CVL"]
    assert protest[0]["quad_code"] == 4 and default_settings().min_confidence <= protest[0]["confidence"] <= 1.0
    clash = by_id[str(EXAMPLES / "border-clash.html")]["events"][0]
    # clashes are reciprocal: both sides act, no one receives (PLOVER)
    assert (clash["event"], [a["code"] for a in clash["actor"]], clash["recipient"]) == ("ASSAULT", ["IND", "PAK"], [])
    assert clash["sentence"] in by_id[str(EXAMPLES / "border-clash.html")]["text"]


def test_pretty_summary_shows_title_date_source_and_events():
    # A lower cut-off than the default, so that the police row is written.
    result = CliRunner().invoke(main, ["code", str(EXAMPLES / "wire-batch.jsonl"), "--format", "pretty",
                                       "--min-confidence", "0.3"])
    assert result.exit_code == 0
    assert "title: Ministers sign grain deal" in result.output
    assert "date:  2024-02-05 (from input)" in result.output
    assert "ASSAULT/crowd-control Kenyan police [KEN/COP] → the crowd [KEN/CVL] (2024-02-03)" in result.output


def test_date_option_and_out_file(tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["code", "-", "--date", "2022-02-14", "--out", str(out)],
                                input="Germany and France signed a trade agreement in Berlin.")
    assert result.exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (doc["id"], doc["date"], doc["date_source"]) == ("stdin", "2022-02-14", "input")


def test_bad_inputs_become_error_records_and_exit_2(tmp_path):
    (tmp_path / "a-good.txt").write_text("Egypt and Jordan agreed to expand gas trade, officials said.", encoding="utf-8")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "d-garbage.txt").write_bytes(bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x01, 0x02]) * 100)
    (tmp_path / "e-noarticle.html").write_text("<html><body><nav>Home</nav><script>x()</script></body></html>")
    (tmp_path / "f-sheet.xlsx").write_bytes(b"PK\x03\x04 spreadsheet")
    (tmp_path / "g-huge.txt").write_bytes(b"x" * (4_000_001))  # one line, past the 1M-character limit
    (tmp_path / "h-batch.jsonl").write_text(
        '{"id": "j-good", "text": "Police arrested three activists in Minsk on Sunday."}\n'
        "this is not json\n"
        '{"id": "j-notext", "title": "no body"}\n', encoding="utf-8")
    result = _run("code", str(tmp_path))
    assert result.returncode == 2, result.stderr
    assert b"Traceback" not in result.stderr
    docs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    errors = {d["id"].rsplit("/", 1)[-1]: (d["error"] or {}).get("code") for d in docs}
    assert errors == {"a-good.txt": None, "b-empty.txt": "empty", "c-image.txt": "binary",
                      "d-garbage.txt": "undecodable", "e-noarticle.html": "no-article",
                      "f-sheet.xlsx": "unknown-extension", "g-huge.txt": "too-large",
                      "j-good": None, "h-batch.jsonl:2": "bad-json", "j-notext": "no-text"}
    good = {d["id"].rsplit("/", 1)[-1]: d for d in docs if d["error"] is None}
    assert "Minsk" in good["j-good"]["text"] and good["a-good.txt"]["text"]
    for doc in docs:
        if doc["error"]:
            assert len(doc["error"]["message"]) > 20 and doc["events"] == []


def test_usage_errors_exit_1():
    assert _run("code", "--date", "tomorrow").returncode == 1
    assert _run("code", "--format", "xml").returncode == 1
    assert _run("no-such-command").returncode == 1


def test_every_command_is_documented_in_the_readme():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"wirecoder {name}" in readme, f"README does not document `wirecoder {name}`"


def test_pretty_event_says_unknown_actor_and_no_recipient():
    from wirecoder.cli import format_event
    from wirecoder.document import Actor, Event

    meeting = Event(id="e1", event="CONSULT", actor=[Actor("the ministers", None, "FRA", ["GOV"], 0, 13)],
                    date="2024-05-02", date_precision="day")
    assert format_event(meeting) == "CONSULT the ministers [FRA/GOV] → (none) (2024-05-02)"
    unknown = Event(id="e2", event="ASSAULT", recipient=[Actor("", None, "UKR", [], 5, 5)], date=None)
    assert format_event(unknown) == "ASSAULT ? → (implied) [UKR] (no date)"
    # An implied authority the article names elsewhere shows that name.
    arrest = Event(id="e3", event="COERCE", actor=[Actor("", "Ohio State Highway Patrol", "USA", ["COP"], 5, 5)],
                   recipient=[Actor("Reed", "Tom Reed", "USA", [], 0, 4)], date=None)
    assert format_event(arrest) == "COERCE (implied: Ohio State Highway Patrol) [USA/COP] → Reed [USA] (no date)"


def test_code_runs_the_stages_in_a_second_process_for_long_runs(monkeypatch, tmp_path):
    # In a thread the stages' Python takes the GIL from spaCy's parse: the
    # whole corpus coded in 1.5-1.7 times the parse instead of about once.
    from wirecoder import pipeline

    seen = []

    def fake_code_raw(raws, settings, default_date=None):
        seen.append(settings.stage_process)
        yield from ()

    monkeypatch.setattr(pipeline, "code_raw", fake_code_raw)
    article = tmp_path / "a.txt"
    article.write_text("The minister met the envoy in the capital on Monday.", encoding="utf-8")
    assert CliRunner().invoke(main, ["code", str(article)]).exit_code == 0
    assert seen == [True]
    assert default_settings().stage_process is False  # the library's default: spawning re-runs unguarded scripts
