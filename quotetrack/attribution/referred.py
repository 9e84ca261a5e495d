"""Descriptions that name a role in a body the text named before by a common noun: "the club's manager", "a company
spokesman", "the firm's chief executive" speak for the club, company or firm last named."""

from __future__ import annotations

import re

from quotetrack.lexicon import Lexicon

__all__ = ["role_of_body_noun"]

_DESCRIPTION = re.compile(r"(?:the|a|an) ([a-z]+)(?:'s|’s)? ((?:[a-z\-]+ ){0,2}[a-z]+)", re.IGNORECASE)


def role_of_body_noun(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` is a role in a body named by a common noun ("the club's manager", "a company spokesman").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> role_of_body_noun("the club's manager", lexicon), role_of_body_noun("a company spokesman", lexicon)
    (True, True)
    >>> role_of_body_noun("the team played", lexicon), role_of_body_noun("a senior spokesman", lexicon)
    (False, False)
    """
    m = _DESCRIPTION.fullmatch(text)
    return m is not None and m.group(1).lower() in lexicon.referring_bodies \
        and m.group(2).split()[-1].lower() in lexicon.role_words
