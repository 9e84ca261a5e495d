"""A lead-in paragraph: one sentence naming a speaker's reaction, then their words in the next paragraph.

News writing often gives a reaction a paragraph of its own and quotes the speaker in the paragraph after it::

    Mayor Tom Hale, for his part, sided with Baxter.

    "She is doing the right thing," he said.

The cue of the quotation opening a paragraph is then in the paragraph before (``lead_cue``): it counts where that
paragraph is one sentence with no quotation that opens with the speaker (after a dateline and a few title words: the
subject), with no clause ("that", "who", "if") between the speaker and the cue ("Hale tweeted that the city had too
little to say about the attacks": the attacks are what Hale spoke of, not his cue; "Also Monday, Gray and Lee sent a
letter to Hale, seeking answers", "The rise of Hale gave Gray a reason to oppose Lee": Hale is no subject). Of a
paragraph of several sentences the last leads in, and an opening phrase before the subject's comma may be long ("Polls
show the race tightening. In response to the pressure, Hale has returned to criticizing Baxter over ..."): the cue
is the first after the speaker's name, not one of the opening phrase.
"""

from __future__ import annotations

import re

from quotetrack.model import Speaker

__all__ = ["lead_cue"]

_QUOTES = re.compile(r"[\"“”]")
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])[.!?]\s+(?=[A-Z])")  # not after "Sen." or "W."
_DATELINE = re.compile(r"^[^a-z]*?\s[—–-]\s")  # "ATLANTIC CITY — ", "PARIS, Aug 31 (Reuters) - "
_BACK = 200  # characters before a statement read for the white space ending the paragraph before it
_OPENING_WORDS = 5  # words before the speaker's name: "Trump campaign manager Corey Lewandowski"
_CLAUSE = re.compile(r"\b(?:that|who|which|whom|whose|if|whether)\b")  # a clause the cue may be in, not the speaker's
_PHRASE = re.compile(r"[^,\n]*,\s+(?:[\w.'’-]+\s+){0,4}")  # an opening phrase, then the subject ("In reply, ")
_NAMED_OBJECT = re.compile(r"\s+(?:the\s+)?[A-Z]")  # the cue's object by name: "criticizing Baxter"
_OBJECT = re.compile(r"\b(?:of|to|at|with|for|from|by|about|on|against)\s+$", re.IGNORECASE)  # "The rise of Hale"


def lead_cue(text: str, speaker: Speaker | None, start: int, pattern: re.Pattern[str]) -> tuple[str, int] | None:
    """The response cue of the one-sentence paragraph right before ``start``, where a statement's sentence opens
    its paragraph, when the paragraph names ``speaker`` before the cue.

    Examples
    --------
    >>> pattern = re.compile(r"\\bsided with\\b|\\bcriticized\\b")
    >>> hale = Speaker(name="Tom Hale", kind="person", aliases=("Hale",))
    >>> text = 'Mayor Tom Hale, for his part, sided with Baxter.\\n\\n"She is right," he said.'
    >>> lead_cue(text, hale, text.index('"'), pattern)
    ('sided with', 30)
    >>> text = 'Hale tweeted that Baxter criticized the plan.\\n\\n"She is right," he said.'
    >>> lead_cue(text, hale, text.index('"'), pattern) is None
    True
    """
    if speaker is None:
        return None
    floor = max(0, start - _BACK)  # (not the whole text before ``start`` copied for each statement of a long one)
    end = floor + len(text[floor:start].rstrip())
    if end == floor and floor > 0:  # nothing but white space that far back
        end = len(text[:start].rstrip())
    if "\n" not in text[end:start] or _QUOTES.match(text, start) is None:
        return None  # the same paragraph (``placement.cue_near`` reads it), or no quotation opening the next
    begin = text.rfind("\n", 0, end) + 1
    last = None
    for last in _SENTENCE_END.finditer(text, begin, end):
        pass
    begin = last.end() if last is not None else begin  # the paragraph's last sentence leads in
    paragraph = text[begin:end]
    if _QUOTES.search(paragraph) is not None:
        return None  # a quotation is someone's words
    names = [n for n in (speaker.name, *speaker.aliases) if len(n) > 2]
    named = [i for i in (paragraph.find(n) for n in names) if i >= 0]
    cue = pattern.search(paragraph, min(named)) if named else None
    if cue is None or _CLAUSE.search(paragraph, min(named), cue.start()) is not None \
            or _OBJECT.search(paragraph, 0, min(named)) is not None:
        return None
    dateline = _DATELINE.match(paragraph)
    opening = paragraph[dateline.end() if dateline else 0:min(named)]
    if len(opening.split()) > _OPENING_WORDS and not _PHRASE.fullmatch(opening):
        return None  # named further on: another is the subject
    if (last is not None or len(opening.split()) > _OPENING_WORDS) and not _NAMED_OBJECT.match(paragraph, cue.end()):
        return None  # a pronoun's party, read far from the paragraph before, is too often another's
    return cue.group(), begin + cue.start()
