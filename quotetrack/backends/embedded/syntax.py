"""The embedded backend's dependency parse: the tagger and parser of :mod:`.parser` applied to a document.

The parser reads words as the Universal Dependencies treebanks write them, where a
contraction is two words ("do" "n't"); the embedded tokenizer keeps it as one token
("don't"). :func:`parse_tokens` splits such tokens into the parser's words, parses every
sentence, and gives each token the head, relation and tag of its main word (the one whose
head lies outside the token).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotetrack.backends.embedded.parser import Parser, default_parser
from quotetrack.document import Sentence, Token

__all__ = ["parse_tokens", "parser_words"]

_NEGATIONS = ("n't", "n’t")


def parser_words(token: str) -> list[str]:
    """The treebank words of one token: a negative contraction is two ("don't" -> "do", "n't").

    Examples
    --------
    >>> parser_words("don't"), parser_words("can’t"), parser_words("Trump")
    (['do', "n't"], ['ca', 'n’t'], ['Trump'])
    """
    if len(token) > 3 and token.lower().endswith(_NEGATIONS):
        return [token[:-3], token[-3:]]
    return [token]


def parse_tokens(tokens: Sequence[Token], sentences: Sequence[Sentence], parser: Parser | None = None) -> list[Token]:
    """``tokens`` with their dependency head (a token index; None for a sentence's root), relation and tag.

    Parameters
    ----------
    tokens : sequence of Token
        The document's tokens.
    sentences : sequence of Sentence
        Its sentences; each is parsed on its own, so heads never cross a sentence.
    parser : Parser, optional
        The packaged one by default.

    Examples
    --------
    >>> from quotetrack.backends.embedded import parse
    >>> document = parse("Officials said prices rose.", syntax=True)
    >>> [(t.text, t.head, t.deprel) for t in document.tokens]
    [('Officials', 1, 'nsubj'), ('said', None, 'root'), ('prices', 3, 'nsubj'), ('rose', 1, 'ccomp'), ('.', 1, 'punct')]
    """
    parser = parser or default_parser()
    out = list(tokens)
    batches: list[list[str]] = []
    owners: list[list[int]] = []  # per sentence: the token index of each word
    for sentence in sentences:
        words: list[str] = []
        owner: list[int] = []
        for k in range(sentence.first_token, sentence.last_token):
            for word in parser_words(tokens[k].text):
                words.append(word)
                owner.append(k)
        batches.append(words)
        owners.append(owner)
    for owner, parsed in zip(owners, parser.parse_many(batches)):
        for w, k in enumerate(owner):
            head = parsed.heads[w]
            if head >= 0 and owner[head] == k or w > 0 and owner[w - 1] == k:
                continue  # a token's first word attached outside it speaks for it ("do" of "don't")
            out[k] = attrs.evolve(out[k], head=None if head < 0 else owner[head], deprel=parsed.relations[w],
                                  upos=parsed.tags[w])
    return out
