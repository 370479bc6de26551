"""scripts/shared_text_check.py: runs of words a shared text also holds are found, short ones are not."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "shared_text_check.py"


def _shared(tmp_path: Path) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold" / "events").mkdir(parents=True)
    story = "The harbour master of Port Elin said the ferry left without its cargo of salt on a grey Monday."
    (tmp_path / "corpus" / "news.jsonl").write_text(json.dumps({"id": "a", "text": story}) + "\n", encoding="utf-8")
    gold = [json.dumps({"id": "g", "sentence": "Fishermen in Port Elin blocked the quay for two days."}), "not json",
            json.dumps(["a list, not a record"])]
    (tmp_path / "gold" / "events" / "set.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return tmp_path


def test_a_copied_run_is_found_with_its_line_and_a_short_or_reworded_one_is_not(tmp_path, load_script):
    script = load_script("shared_text_check")
    windows = script.shared_windows(_shared(tmp_path))
    text = ("# an example we wrote\n"
            "x = 'the ferry left without its cargo of salt on a grey Monday, they said'\n"
            "y = 'fishermen in Port Elin blocked the quay'\n"
            "z = 'the boat sailed without its load of salt on a dark Tuesday'\n")
    runs = script.repeated_runs(text, windows, 10)
    assert runs == [(2, "the ferry left without its cargo of salt on a grey monday")]
    # Seven words shared with the gold sentence: found at 7, not at 10.
    assert script.repeated_runs(text, windows, 7)[1] == (3, "fishermen in port elin blocked the quay")


def test_it_skips_cleanly_without_the_shared_folder(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), "--shared", str(tmp_path / "absent")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("skipped:")
