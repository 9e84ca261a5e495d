"""The stanza backend: stanza's tokens, sentences, entities, parses and coreference.

This is the only module that imports stanza, and only when a function here is
called, so that ``import quotetrack`` stays fast and never imports torch. Models
are never downloaded at run time: the pipeline is built with
``download_method=None`` on an explicit resource folder, from the processors
whose models are installed there, and a missing model is a clear
:class:`~quotetrack.errors.BackendError` naming the command that fetches it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from quotetrack.backends.layout import split_paragraphs
from quotetrack.backends.lexical import tag_entities
from quotetrack.document import CorefChain, Document, Entity, Sentence, Token
from quotetrack.errors import BackendError
from quotetrack.lexicon import Lexicon, load_lexicon

__all__ = ["ModelStatus", "PROCESSORS", "available", "download", "from_stanza", "parse", "resource_dir", "status"]

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner", "coref")
DEFAULT_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
#: How to install the extra: torch's CPU build first, since from PyPI alone torch is the CUDA build (several GB).
INSTALL = ('pip install torch==2.13.0 --extra-index-url https://download.pytorch.org/whl/cpu && '
           'pip install "quotetrack[stanza]"')
_ENTITY_TYPES = {"LOC": "GPE"}  # OntoNotes types pass through; a location speaks as a place, like a GPE


def _stanza_installed() -> bool:
    return importlib.util.find_spec("stanza") is not None


def resource_dir(stanza_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder stanza's models are read from.

    The first of: ``stanza_dir``, ``$QUOTETRACK_STANZA_DIR``, ``$STANZA_RESOURCES_DIR``,
    stanza's own default folder.
    """
    for candidate in (stanza_dir, os.environ.get("QUOTETRACK_STANZA_DIR"), os.environ.get("STANZA_RESOURCES_DIR")):
        if candidate:
            return Path(candidate)
    return Path.home() / "stanza_resources"  # stanza's own default, found without importing stanza (and torch)


@attrs.frozen(kw_only=True)
class ModelStatus:
    """What stanza models are installed, and where.

    Parameters
    ----------
    directory : pathlib.Path
        The resource folder.
    stanza_version : str or None
        The installed stanza, or None when the ``stanza`` extra is missing.
    processors : dict of str to str
        Installed English processors and their packages (``{"tokenize": "combined"}``).
    """

    directory: Path
    stanza_version: str | None
    processors: dict[str, str]

    @property
    def missing(self) -> tuple[str, ...]:
        """The default processors that are not installed."""
        return tuple(p for p in DEFAULT_PROCESSORS if p not in self.processors)


def status(stanza_dir: str | os.PathLike[str] | None = None) -> ModelStatus:
    """Which English stanza models are installed in the resource folder.

    Examples
    --------
    >>> status("/nonexistent").processors
    {}
    """
    directory = resource_dir(stanza_dir)
    version = None
    if _stanza_installed():
        from importlib.metadata import version as package_version

        version = package_version("stanza")
    processors: dict[str, str] = {}
    try:
        resources = json.loads((directory / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        resources = {}
    english = resources.get("en", {}) if isinstance(resources, dict) else {}
    defaults = english.get("default_processors", {}) if isinstance(english, dict) else {}
    for processor in PROCESSORS:
        package = defaults.get(processor) if isinstance(defaults, dict) else None
        if isinstance(package, dict):  # some resources files give {"package": ...}
            package = next(iter(package), None)
        candidates = [package] if isinstance(package, str) else []
        folder = directory / "en" / processor
        candidates += sorted(p.stem for p in folder.glob("*.pt")) if folder.is_dir() else []
        for name in candidates:
            if (folder / f"{name}.pt").is_file():
                processors[processor] = name
                break
    return ModelStatus(directory=directory, stanza_version=version, processors=processors)


def unavailable_because(stanza_dir: str | os.PathLike[str] | None = None) -> str | None:
    """Why ``backend="auto"`` should not use stanza, or None when it should: the extra is installed with the
    tokenizer and the NER or parser models. Looks at files only; stanza itself is not imported.

    Examples
    --------
    >>> unavailable_because("/nonexistent") in {"stanza is not installed", "no stanza models in /nonexistent"}
    True
    """
    if not _stanza_installed():
        return "stanza is not installed"
    installed = status(stanza_dir).processors
    if "tokenize" in installed and ("ner" in installed or "depparse" in installed):
        return None
    return f"no stanza models in {resource_dir(stanza_dir)}" if not installed else (
        f"stanza models in {resource_dir(stanza_dir)} lack the tokenizer and the NER or parser")


def available(stanza_dir: str | os.PathLike[str] | None = None) -> bool:
    """Whether ``backend="auto"`` should use stanza (see :func:`unavailable_because`)."""
    return unavailable_because(stanza_dir) is None


def download(
    stanza_dir: str | os.PathLike[str] | None = None, processors: Sequence[str] = DEFAULT_PROCESSORS
) -> ModelStatus:
    """Fetch the English models quotetrack uses, through stanza's own download (with its progress bars).

    Parameters
    ----------
    stanza_dir : path-like, optional
        Where to put them; see :func:`resource_dir`.
    processors : sequence of str
        Which processors (``coref`` is optional and large).

    Returns
    -------
    ModelStatus
        What is installed afterwards.
    """
    if not _stanza_installed():
        raise BackendError(f"the stanza extra is not installed: {INSTALL}")
    unknown = [p for p in processors if p not in PROCESSORS]
    if unknown:
        raise BackendError(f"unknown processors {unknown}: choose from {', '.join(PROCESSORS)}")
    import stanza  # type: ignore[import-untyped]

    directory = resource_dir(stanza_dir)
    try:
        stanza.download("en", model_dir=str(directory), processors=",".join(processors), package="default")
    except Exception as exc:  # network errors, hub errors: one clear message
        raise BackendError(f"could not download stanza's English models into {directory}: {exc}") from exc
    return status(directory)


@functools.lru_cache(maxsize=4)
def _pipeline(directory: str, processors: tuple[str, ...]) -> Any:
    import stanza  # type: ignore[import-untyped]

    try:
        return stanza.Pipeline(
            "en", dir=directory, processors=",".join(processors), download_method=None, use_gpu=False,
            logging_level="WARN",
        )
    except Exception as exc:  # FileNotFoundError, ResourcesFileNotFoundError, ImportError ...
        raise BackendError(
            f"stanza could not load its English models from {directory} ({exc}); "
            f"run: quotetrack models download --dir {directory}"
        ) from exc


def pipeline(stanza_dir: str | os.PathLike[str] | None = None) -> Any:
    """A ``stanza.Pipeline`` of every installed English processor, built once per folder.

    Raises
    ------
    BackendError
        When the extra is missing or no tokenizer is installed.
    """
    if not _stanza_installed():
        raise BackendError(f"the stanza backend needs the stanza extra: {INSTALL}")
    installed = status(stanza_dir)
    if "tokenize" not in installed.processors:
        raise BackendError(
            f"stanza's English models are not installed in {installed.directory}; "
            f"run: quotetrack models download --dir {installed.directory}"
        )
    processors = tuple(p for p in PROCESSORS if p in installed.processors)
    return _pipeline(str(installed.directory), processors)


def _aligned_offsets(text: str, pieces: Sequence[tuple[str, int | None, int | None]]) -> list[tuple[int, int] | None]:
    """Offsets of each token in ``text``: stanza's own when they slice ``text``, else found in order."""
    found: list[tuple[int, int] | None] = []
    cursor = 0
    for token_text, start, end in pieces:
        if start is not None and end is not None and text[start:end] == token_text:
            found.append((start, end))
            cursor = end
            continue
        at = text.find(token_text, cursor, cursor + len(token_text) + 1000)  # bounded: linear in the text
        if at < 0:
            found.append(None)
            continue
        found.append((at, at + len(token_text)))
        cursor = at + len(token_text)
    return found


def from_stanza(doc: Any, text: str | None = None, *, lexicon: Lexicon | None = None) -> Document:
    """Convert a ``stanza.Document`` into quotetrack's :class:`~quotetrack.document.Document`.

    Tokens keep offsets into ``text`` (multi-word tokens such as "didn't" stay
    one token, whose head, relation, part of speech and lemma are those of its
    syntactic head word); stanza's entities come first, and the embedded
    tagger adds titles and the names stanza did not tag; coreference chains
    become character spans.

    Parameters
    ----------
    doc : stanza.Document
        A document from a stanza pipeline, from CoNLL-U or built by hand.
    text : str, optional
        The original text; ``doc.text`` by default.
    lexicon : Lexicon, optional
        Word lists for titles; the packaged ones by default.

    Returns
    -------
    Document
        The document, ``backend="stanza"``.
    """
    lexicon = lexicon or load_lexicon()
    text = text if text is not None else (doc.text or "")
    stanza_tokens = [(sentence, token) for sentence in doc.sentences for token in sentence.tokens]
    offsets = _aligned_offsets(text, [(t.text, t.start_char, t.end_char) for _, t in stanza_tokens])
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    index_of_word: dict[tuple[int, int], int] = {}  # (sentence index, word id) -> token index
    kept: list[tuple[Any, list[Any]]] = []  # each token's sentence and stanza words
    for (sentence, token), span in zip(stanza_tokens, offsets):
        if span is None:
            continue
        for (start, end), words in _possessive_split(text, span, list(token.words)):
            for word in words:
                index_of_word[(sentence.index, word.id)] = len(kept)
            kept.append((sentence, words))
            tokens.append(Token(start=start, end=end, text=text[start:end]))
    # Heads, relations, tags: from the word of each token whose head lies outside the token.
    for i, (sentence, words) in enumerate(kept):
        ids = {w.id for w in words}
        head_word = next((w for w in words if w.head is None or w.head not in ids), words[0]) if words else None
        if head_word is None:
            continue
        head = None
        if head_word.head:  # 0 is the root
            head = index_of_word.get((sentence.index, head_word.head))
        tokens[i] = attrs.evolve(tokens[i], head=head, deprel=head_word.deprel, upos=head_word.upos,
                                 lemma=head_word.lemma)
    first = 0
    for i in range(len(kept) + 1):
        if i == len(kept) or (i > first and kept[i][0] is not kept[i - 1][0]):
            if i > first:
                sentences.append(Sentence(start=tokens[first].start, end=tokens[i - 1].end, first_token=first,
                                          last_token=i))
            first = i
    paragraphs = split_paragraphs(text)
    entities = _entities(doc, text, tokens, sentences, lexicon)
    coref = _coref(doc, text, index_of_word, tokens)
    return Document(text=text, tokens=tuple(tokens), sentences=tuple(sentences), paragraphs=tuple(paragraphs),
                    entities=tuple(entities), coref=tuple(coref), backend="stanza")


def _possessive_split(text: str, span: tuple[int, int], words: list[Any]) -> list[tuple[tuple[int, int], list[Any]]]:
    """A token ending with a possessive "'s" ("company's", one multi-word token of stanza's) as two, the name and
    its "'s", as the embedded tokenizer writes them (the reading rules look for "'s" as a token of its own); each
    with its words (the possessive's own word when stanza split it, else none). Any other token stays whole."""
    start, end = span
    if end - start < 3 or text[end - 2 : end] not in ("'s", "’s") or not text[end - 3].isalnum() \
            or len(words) > 2:
        return [(span, words)]
    if len(words) == 2:
        return [((start, end - 2), words[:1]), ((end - 2, end), words[1:])]
    return [((start, end - 2), words), ((end - 2, end), [])]


def _entities(doc: Any, text: str, tokens: list[Token], sentences: list[Sentence], lexicon: Lexicon) -> list[Entity]:
    """Stanza's named entities, then the embedded tagger's titles and the names stanza left untagged."""
    from_ner: list[Entity] = []
    ner_ran = any(getattr(t, "ner", None) not in (None, "O") for s in doc.sentences for t in s.tokens)
    for ent in getattr(doc, "ents", []) or []:
        label = _ENTITY_TYPES.get(ent.type, ent.type)
        found = _aligned_offsets(text, [(ent.text, ent.start_char, ent.end_char)])[0]
        if found is not None:
            from_ner.append(Entity(start=found[0], end=found[1], text=text[found[0] : found[1]], label=label))
    ours = tag_entities(text, tokens, sentences, lexicon)
    merged = list(from_ner)
    for entity in ours:
        overlaps = any(e.start < entity.end and entity.start < e.end for e in from_ner)
        if entity.label == "TITLE" and not any(
            e.start <= entity.start and entity.end <= e.end and e.label == "PERSON" for e in from_ner
        ):
            merged.append(entity)  # stanza puts "Senator" outside the PERSON span
        elif not overlaps and (not ner_ran or entity.label in {"NORP", "GPE"}):
            merged.append(entity)
    return sorted(merged, key=lambda e: (e.start, e.end))


def _coref(doc: Any, text: str, index_of_word: dict[tuple[int, int], int], tokens: list[Token]) -> list[CorefChain]:
    chains = []
    for chain in getattr(doc, "coref", None) or []:
        spans = []
        for mention in chain.mentions:
            if not isinstance(mention.start_word, int) or not isinstance(mention.end_word, int):
                continue  # a zero anaphor: no words in the text
            sentence = doc.sentences[mention.sentence]
            words = sentence.words[mention.start_word : mention.end_word]
            indices = [i for w in words if (i := index_of_word.get((sentence.index, w.id))) is not None]
            if indices:
                spans.append((tokens[min(indices)].start, tokens[max(indices)].end))
        if not spans:
            continue
        rep = chain.representative_index
        representative = spans[rep] if isinstance(rep, int) and 0 <= rep < len(spans) else max(
            spans, key=lambda s: s[1] - s[0])
        chains.append(CorefChain(mentions=tuple(spans), representative=representative))
    return chains


def parse(text: str, *, stanza_dir: str | os.PathLike[str] | None = None, lexicon: Lexicon | None = None) -> Document:
    """Annotate ``text`` with stanza's installed English models.

    Raises
    ------
    BackendError
        When stanza or its models are missing (the message says how to get them).
    """
    nlp = pipeline(stanza_dir)
    return from_stanza(nlp(text), text, lexicon=lexicon)
