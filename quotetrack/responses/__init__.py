"""Who answered whom: find the statements that respond to another party.

A statement responds to a target when the evidence says so: a response cue whose object
names or points at the target, a reference to the target's words or acts, or the
statement's placement in the exchange (``reader`` lists the kinds, ``evidence`` their confidence).
Ends are named people, organisations, and groups that speak as one ("critics", "the
unions"), and bodies the text names; "China" or "Chinese officials" summarise their side and
stay at the level of countries. The modules: ``words`` (the lexicon), ``parties`` (who can be
an end), ``objects`` (what a cue's object points at), ``acts`` (who is named doing an act),
``passive`` (cues in the passive), ``senses`` (cues that take no stance: denied, pledged, of another sense),
``placement`` (contrast, turns), ``references`` (nouns naming an earlier statement or act), ``groups``
(groups a statement takes up; a reaction group far from the proposal it answers), ``sequel`` ("X said, after Y
said ..."), ``anonymous`` (an unnamed partisan source on the rival party), ``rejoinder`` (the one just answered
answers back), ``denial`` (a claim before denied), ``recounted`` (a party's words told back), ``trial`` (the
defence and the accused), ``judged`` (words that open with a party and fault it), ``evidence`` (how the signs
combine), ``reader`` (the pass).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quotetrack.document import Document
from quotetrack.errors import InputError
from quotetrack.lexicon import Lexicon
from quotetrack.model import Article, Response, Speaker

from .anonymous import unnamed_partisan
from .denial import denial
from .described import described_speakers
from .evidence import CONFIDENCE, MIN_CONFIDENCE
from .learned import Combination, learned_response, load_model, scored_pairs
from .namesakes import reread_ends
from .cosources import co_sources
from .parties import own_voice
from .reader import ResponseReader
from .recounted import recounted
from .rejoinder import rejoinder
from .titled import titled_speakers
from .words import response_cues, response_words

__all__ = ["CONFIDENCE", "DEFAULT_COMBINATION", "MIN_CONFIDENCE", "Combination", "find_responses", "response_cues",
           "response_pairs", "response_words"]

DEFAULT_COMBINATION: Combination = "rules"
"""How a reading combines the signs of a response unless told (``combination=``): see :mod:`~.learned`."""
PairRow = tuple[int, str, str, tuple[float, ...]]
"""A statement's index, its speaker's and an earlier party's canonical names, and the pair's features."""


def find_responses(article: Article, lexicon: Lexicon, people: Sequence[Speaker] = (),
                   document: Document | None = None, combination: Combination = DEFAULT_COMBINATION
                   ) -> tuple[Response, ...]:
    """Find the statements of an article that respond to another party.

    Parameters
    ----------
    article : Article
        A read article (statements with speakers, terms).
    lexicon : Lexicon
        Cue verbs, for inflecting the response cues; pronouns and determiners.
    people : sequence of Speaker
        Other people the article names, who may be responded to without
        having spoken in it.
    document : Document, optional
        The annotated text the article was read from; its dependency parse, when
        it has one, gives each cue's object.

    Returns
    -------
    tuple of Response
        One per responding statement, in text order, each with its evidence,
        stance and confidence.

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Chinese Foreign Minister Wang Yi spoke. Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Wang Yi said in response.')
    >>> [(r.source, r.target) for r in read(text).responses]
    [('Wang Yi', 'Mike Pompeo')]
    """
    if combination not in ("rules", "learned"):
        raise InputError(f"combination is 'rules' or 'learned', got {combination!r}")
    return _responses(article, lexicon, people, document, combination)


def response_pairs(article: Article, lexicon: Lexicon, people: Sequence[Speaker] = (),
                   document: Document | None = None) -> list[PairRow]:
    """Every pair of a statement and an earlier party it may answer, with the pair's features
    (:func:`~.learned.pair_features`), as the hand-set reading meets them: the rows a model is trained on.

    Examples
    --------
    >>> from quotetrack import read
    >>> from quotetrack.lexicon import load_lexicon
    >>> article = read('Ann Lee said the tax would rise. "It is a disgrace," Tom Hale said.')
    >>> [(i, source, target) for i, source, target, _ in response_pairs(article, load_lexicon())]
    [(1, 'Tom Hale', 'Ann Lee')]
    """
    rows: list[PairRow] = []
    _responses(article, lexicon, people, document, "rules", rows.append)
    return rows


def _responses(article: Article, lexicon: Lexicon, people: Sequence[Speaker], document: Document | None,
               combination: Combination, observe: Callable[[PairRow], None] | None = None) -> tuple[Response, ...]:
    """:func:`find_responses`; each pair's row to ``observe``, if given."""
    article = titled_speakers(described_speakers(article, response_words(lexicon), lexicon.function_words.stop_words),
                              people, lexicon)  # "the senator said": the senator named last, for this pass
    reader = ResponseReader(article, lexicon, people, document)
    model = load_model() if combination == "learned" else None
    responses = []
    answered: dict[int, tuple[str, float]] = {}
    for index in range(len(article.statements)):
        evidence = reader.gather(index) if model is not None or observe is not None else None
        if observe is not None:
            source = reader.statements[index].speaker
            for party, _, vector in scored_pairs(reader, index, evidence):
                observe((index, reader.canonical.get(source.name, source.name) if source else "",
                         reader.canonical.get(party.speaker.name, party.speaker.name), vector))
        found = learned_response(reader, index, evidence, model) if model is not None else reader.respond(index)
        response = found or unnamed_partisan(
            reader.statements, index, reader.text, reader.by_name, reader.last_by_speaker, reader.words, lexicon
        ) or rejoinder(reader.statements, index, reader.text, reader.by_name, answered, reader.last_by_speaker,
                       reader.words) or denial(reader.statements, index, reader.text, reader.by_name,
                                               lexicon.function_words.stop_words, reader.last_by_speaker, reader.words
                                               ) or recounted(reader.statements, index, reader.text, reader.names,
                                                              reader.last_by_speaker, reader.words, lexicon)
        reader.record(index, response)
        if response is not None:
            answered[index] = response.target, response.confidence
        if response is not None:  # "Ellis" after "her husband, Tom Ellis": Ruth Ellis
            response = reread_ends(response, reader.statements, reader.text, reader.by_name, lexicon,
                                   reader.words)
        named = reader.named(response) if response is not None else None
        if named is not None and own_voice(named.source, named.target, reader.words):
            named = None  # "Clinton's campaign said ... Hillary Clinton": one side
        if named is not None:
            responses.append(named)  # and the same from a name joined to the speaker's: "A and B applauded Y"
            responses += co_sources(named, reader.statements[index], reader.text, reader.names, reader.canonical,
                                    document)
    return tuple(responses)
