"""The embedded backend: tokens, sentences, paragraphs and entities in pure Python.

It needs no model download: tokenization and sentence splitting are rules over
regular expressions, and entity recognition reads the lexicons shipped in the
package (given names, family names written first, titles, organisations,
places). Every pattern here runs in linear time.
"""

from __future__ import annotations

from quotetrack.backends.embedded.tokens import split_sentences, token_arrays, tokenize
from quotetrack.backends.layout import split_paragraphs
from quotetrack.backends.lexical import tag_entities
from quotetrack.document import Document, lower_case
from quotetrack.lexicon import Lexicon, load_lexicon

__all__ = ["parse", "split_paragraphs", "split_sentences", "tag_entities", "tokenize"]


def parse(text: str, *, lexicon: Lexicon | None = None, syntax: bool = False) -> Document:
    """Annotate ``text`` with the embedded backend.

    Parameters
    ----------
    text : str
        The article text.
    lexicon : Lexicon, optional
        Word lists to use; the packaged ones by default.
    syntax : bool
        Also tag and parse every sentence (Universal Dependencies heads, relations and tags).

    Returns
    -------
    Document
        Tokens, sentences, paragraphs and entities of the text.

    Examples
    --------
    >>> doc = parse("Chinese Foreign Minister Wang Yi said it failed.")
    >>> [(e.text, e.label) for e in doc.entities]
    [('Chinese', 'NORP'), ('Foreign Minister', 'TITLE'), ('Wang Yi', 'PERSON')]
    """
    lexicon = lexicon or load_lexicon()
    paragraphs = split_paragraphs(text)
    tokens, texts, starts, ends = token_arrays(text)  # (the arrays listed once: each stage after reads them)
    sentences = split_sentences(text, tokens, paragraphs, lexicon, (texts, starts, ends))
    lowered = lower_case(texts)  # shared by the entities and the document's stages
    entities = tag_entities(text, tokens, sentences, lexicon, lowered, texts, starts)
    if syntax:
        from quotetrack.backends.embedded.syntax import parse_tokens  # numpy, and the model: only when asked

        tokens = parse_tokens(tokens, sentences)
    return Document(
        text=text,
        tokens=tuple(tokens),
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        entities=tuple(entities),
        backend="embedded",
        lowered=lowered,
        given_starts=None if syntax else starts,  # (parsed tokens are new tokens: their arrays are found again)
        given_texts=None if syntax else texts,
    )
