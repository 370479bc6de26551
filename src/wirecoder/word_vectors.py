"""The spaCy model's word vectors, read in place: about 0.2 s off every start.

Entry point: `attach_vectors(nlp, vocab_dir)`, called by `nlp.load_model`
for a model loaded without its vectors (`can_attach(vocab_dir)` says when
that is possible).

Why: md's vectors table maps 684,830 word hashes to 20,000 rows
(`vocab/key2row`, msgpack). spaCy reads it into a Python dict of 684,830
big integers on every load: 0.22 s, over a tenth of a one-article run, for
a table of which one article looks up a few hundred words. Here the same
table is two sorted arrays in a cache file (`key2row-<key>.npy`, 11 MB,
read in ~10 ms), searched on demand, and each answer is remembered. The
vectors themselves are the model's own `vocab/vectors` array. The parse is
the same either way (tests/test_word_vectors.py compares them).

The cache file lives beside the gazetteer's (`WIRECODER_CACHE_DIR`, else
the user cache directory); `python -m wirecoder.word_vectors` builds it
ahead of time (`make install` does). Its name carries a key over the
model's table (path, size, modification time) and this file's format; a
file that is missing, damaged or stale is rebuilt from the table, and a
cache directory that cannot be written only costs the 0.2 s.

Limits: the vectors object answers every lookup spaCy's parse, `Token.vector`
and `Lexeme.has_vector` make, but new vectors cannot be added to it, and
`Vocab.to_bytes`/`to_disk` of the loaded model do not work (pickling does:
the table becomes a plain dict). wirecoder does none of these.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Iterator, Optional

import numpy as np

from .cache_files import cache_dir, read_or_build, write_atomically

LOGGER = logging.getLogger(__name__)

FORMAT = 1
_PREFIX = "key2row-"
_MISSING = -1  # remembered misses: most words of an article are not in the table


def can_attach(vocab_dir: Path) -> bool:
    """Whether the model's vectors are a plain table this module can read
    (spaCy's default mode, both files present)."""
    import srsly

    try:
        settings = srsly.read_json(vocab_dir / "vectors.cfg")
    except (OSError, ValueError):
        return False
    return (settings.get("mode", "default") == "default" and (vocab_dir / "vectors").is_file()
            and (vocab_dir / "key2row").is_file())


def attach_vectors(nlp, vocab_dir: Path) -> None:
    """Give `nlp` (loaded with `exclude=["vectors"]`) the model's vectors,
    with the key table read from the cache file."""
    from spacy.vectors import Vectors

    data = np.load(vocab_dir / "vectors")
    key_rows = load_key_rows(vocab_dir / "key2row")
    if key_rows.max_row() >= data.shape[0]:
        raise ValueError(f"the vectors table in {vocab_dir} points past its {data.shape[0]} rows")
    vectors = Vectors(strings=nlp.vocab.strings, data=data, name=nlp.meta.get("vectors", {}).get("name"))
    vectors.key2row = key_rows
    nlp.vocab.vectors = vectors


class KeyRows(Mapping):
    """word hash → vector row, over two sorted arrays; answers are remembered
    (an article's words recur, and spaCy asks once per token)."""

    def __init__(self, keys: np.ndarray, rows: np.ndarray):
        self._keys, self._rows = keys, rows
        self._memo: dict[int, int] = {}

    def get(self, key, default=None):
        row = self._memo.get(key)
        if row is None:
            row = self._memo[key] = self._search(key)
        return default if row == _MISSING else row

    def _search(self, key) -> int:
        try:
            wanted = np.uint64(key)
        except (OverflowError, TypeError, ValueError):
            return _MISSING
        i = int(np.searchsorted(self._keys, wanted))
        if i < len(self._keys) and self._keys[i] == wanted:
            return int(self._rows[i])
        return _MISSING

    def __getitem__(self, key) -> int:
        row = self.get(key)
        if row is None:
            raise KeyError(key)
        return row

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys.tolist())

    def items(self):
        return zip(self._keys.tolist(), self._rows.tolist(), strict=True)

    def values(self):
        return self._rows.tolist()

    def max_row(self) -> int:
        return int(self._rows.max()) if len(self._rows) else -1

    def __reduce__(self):
        return dict, (dict(self.items()),)


def load_key_rows(table: Path) -> KeyRows:
    """The model's key table from the cache file, built first when needed."""
    return read_or_build(cache_path(table), _read, lambda: _from_table(table), _write)


def cache_path(table: Path) -> Optional[Path]:
    try:
        stat = table.stat()
        digest = hashlib.sha256(f"format {FORMAT} {table.resolve()} {stat.st_size} {stat.st_mtime_ns}".encode())
        return cache_dir() / f"{_PREFIX}{digest.hexdigest()[:20]}.npy"
    except (OSError, ValueError) as exc:
        LOGGER.warning("vectors cache disabled: %s", exc)
        return None


def _from_table(table: Path) -> KeyRows:
    import srsly

    as_dict = srsly.read_msgpack(table)
    keys = np.fromiter(as_dict.keys(), dtype=np.uint64, count=len(as_dict))
    rows = np.fromiter(as_dict.values(), dtype=np.uint64, count=len(as_dict))
    order = np.argsort(keys, kind="stable")
    return KeyRows(keys[order], rows[order])


def _write(path: Path, key_rows: KeyRows) -> None:
    write_atomically(path, lambda handle: np.save(handle, np.stack([key_rows._keys, key_rows._rows]),
                                                  allow_pickle=False), "vectors", _PREFIX)


def _read(path: Path) -> Optional[KeyRows]:
    try:
        both = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError) as exc:
        LOGGER.warning("the vectors cache %s is unreadable (%s); building it again", path, exc)
        return None
    if both.ndim != 2 or both.shape[0] != 2 or both.dtype != np.uint64 or not np.all(both[0, 1:] > both[0, :-1]):
        LOGGER.warning("the vectors cache %s is damaged; building it again", path)
        return None
    return KeyRows(both[0], both[1].astype(np.int64))


def main() -> None:
    """Build the cache file for the md model (`make install` runs this)."""
    from .nlp import find_model

    table = Path(find_model("md")) / "vocab" / "key2row"
    key_rows = load_key_rows(table)
    print(f"vectors table: {len(key_rows)} keys, cache {cache_path(table)}")


if __name__ == "__main__":
    main()
