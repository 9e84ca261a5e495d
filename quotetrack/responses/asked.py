"""The question a reply answers, across the background between them: "X asked Y about Z. [Z's story.] "...", Y
replied."

A reply cue with no object answers the previous speaker (a ``turn``), but news often sets a question and its reply
apart with a sentence or two of background, which the attribution may read as a statement of its own ("The company
agreed in 2009 to a settlement ..."). A question put to the replier, by a name of theirs right after a
``question`` cue ("asked Carson about ...", "pressed Sen. Hale on ..."), within one paragraph break and a few
sentences before, is what the reply answers, whoever spoke between.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quotetrack.model import Speaker, Statement

from .placement import paragraphs_between

__all__ = ["asker"]

_REACH = 1  # paragraph breaks between the question and its reply
_NEAR = 800  # characters from the question's end to the reply
_ADDRESSED = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def asker(text: str, statements: Sequence[Statement], index: int, before: int, names: Iterable[str],
          question: frozenset[str]) -> Speaker | None:
    """The speaker who put a question to the replier (one of ``names``) before statement ``index`` at ``before``.

    Examples
    --------
    >>> from quotetrack.model import Cue
    >>> text = ('Moderator Ann Lee asked Hale about his ties to the firm. The firm paid a fine in 2009.\\n\\n'
    ...         '"That is propaganda," Hale replied.')
    >>> asked = Statement(start=24, end=55, text=text[24:55], kind="indirect", cue=Cue(start=18, end=23,
    ...                   text="asked", lemma="ask"), speaker=Speaker(name="Ann Lee", kind="person"))
    >>> paid = Statement(start=57, end=85, text=text[57:85], kind="indirect", speaker=Speaker(name="The firm"))
    >>> reply = Statement(start=88, end=108, text=text[88:108], kind="direct", speaker=Speaker(name="Tom Hale"))
    >>> asker(text, [asked, paid, reply], 2, 88, ("Tom Hale", "Hale"), frozenset({"ask"})).name
    'Ann Lee'
    >>> asker(text, [asked, paid, reply], 2, 88, ("Ruth Baxter", "Baxter"), frozenset({"ask"})) is None
    True
    """
    source = statements[index].speaker
    names = list(names)
    for j in range(index - 1, -1, -1):
        earlier = statements[j]
        if earlier.end > before:
            continue
        if before - earlier.end > _NEAR or paragraphs_between(text, earlier.end, before) > _REACH:
            return None
        speaker, cue = earlier.speaker, earlier.cue
        if speaker is None or cue is None or cue.lemma not in question or source is not None \
                and speaker.name == source.name:
            continue
        addressed = _ADDRESSED.match(text, cue.end)
        if addressed is not None and any(addressed.group(1) == n or addressed.group(1).endswith(" " + n)
                                         for n in names):  # "asked Senator Paul Dunn": a title before the name
            return speaker
        return None  # the latest question was put to another
    return None
