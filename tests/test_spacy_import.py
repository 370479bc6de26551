"""spaCy is imported without its command line, which still loads on demand."""

import subprocess
import sys


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_the_model_owner_leaves_spacy_cli_unloaded():
    out = _run("import sys, wirecoder.nlp, spacy; "
               "print(sorted(m for m in ('typer', 'weasel', 'spacy.cli.download') if m in sys.modules))")
    assert out == "[]"


def test_spacy_cli_still_works_when_asked_for():
    out = _run("import wirecoder.nlp, spacy\n"
               "from spacy.cli import download\n"
               "import spacy.cli.train\n"
               "print(callable(download), spacy.cli.train.__name__, callable(spacy.info), spacy.info.__module__)")
    assert out == "True spacy.cli.train True spacy.cli.info"
