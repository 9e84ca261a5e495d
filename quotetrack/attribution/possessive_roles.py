"""A role owned by a possessive in the words before a name: "Nato's deputy spokesman, X", "the opposition Greens'
housing critic, X", "the Farmers' Party's leader in the assembly, X", "the Congress party's spokesman, X".

:func:`owner_role` finds the owner and the role in the phrase before the name's comma; :func:`owned_role` drops
the role's place or seat ("director in Mexico", "leader on the council") so that the rest is read as a role.
"""

from __future__ import annotations

import re

__all__ = ["field_role", "owned_role", "owner_role"]

_OWNER_ROLE = re.compile(  # "Nato's deputy spokesman", "the Liberals' health critic", "the Workers' Party's leader"
    r"([\w.&\-]+(?:(?<=s)['’](?= ))?(?: [A-Z][\w.&\-]*(?:(?<=s)['’](?= ))?)*(?: party)?)(?:'s|’s|(?<=s)['’]) "
    r"([\w \-]+)$")
_ROLE_TAIL = re.compile(r"[\w \-]+$")  # the role after the possessive, to the end
_PLACED = re.compile(r" (?:in|for) [A-Z][a-z]+(?: [A-Z][a-z]+)?$")  # a role's place: "chief executive in Mexico"
_FIELD = re.compile(r" (?:for|of|on) [a-z][a-z \-]*$")  # the role's field: "alderman for poverty"
_SEATED = re.compile(r" (?:in|on) the [a-z][a-z ]*$")  # a role's seat: "leader in the state assembly"


def owner_role(head: str) -> re.Match[str] | None:
    """The owner's words (group 1; the caller reads the whole name back from its end) and the role (group 2) of a
    possessive ending ``head``.

    ``_OWNER_ROLE.search(head)``, tried at the one place it can match: its possessive is the last apostrophe (the
    words after it hold none) and its owner's words run back from there, the first one any word, each other
    capitalised (the pattern tried at every position cost about 100 microseconds a head).

    Examples
    --------
    >>> owner_role("The opposition Greens' housing critic").groups()
    ('opposition Greens', 'housing critic')
    >>> owner_role("The opposition Congress party's spokesman").groups()
    ('opposition Congress party', 'spokesman')
    >>> owner_role("He said the plan") is None
    True
    """
    k = max(head.rfind("'"), head.rfind("’"))
    plural = k > 0 and head[k - 1] == "s" and head[k + 1 : k + 2] == " "  # "the Liberals' health critic"
    if k < 0 or not (plural or head[k + 1 : k + 3] == "s ") or _ROLE_TAIL.match(head, k + (2 if plural else 3)) is None:
        return None
    start = k
    if head[max(0, k - 6) : k] == " party":
        start = k - 6  # "the opposition Congress party's": the party's name before the noun
    while True:
        while start > 0 and _name_char(head[start - 1]):
            start -= 1  # back over a word
        if start >= 2 and head[start - 1] == " " and "A" <= head[start] <= "Z" and _name_char(head[start - 2]):
            start -= 1  # a capitalised word after one space: the owner's words go on before it
        elif start >= 3 and head[start - 1] == " " and "A" <= head[start] <= "Z" and head[start - 2] in "'’" \
                and head[start - 3] == "s":
            start -= 2  # ... after a plural possessive too ("the Workers' Party's leader")
        else:
            return _OWNER_ROLE.search(head, start)


def owned_role(role: str) -> str:
    """``role`` without its place or seat.

    Examples
    --------
    >>> owned_role("director general in Mexico"), owned_role("leader in the state assembly")
    ('director general', 'leader')
    >>> owned_role("head of public policy for Canada")
    'head of public policy'

    """
    return _SEATED.sub("", _PLACED.sub("", role))


def field_role(role: str) -> str:
    """``role`` without the field it is held for ("alderman for poverty": alderman).

    Examples
    --------
    >>> field_role("alderman for poverty"), field_role("director of aquaculture"), field_role("spokesman")
    ('alderman', 'director', 'spokesman')
    """
    return _FIELD.sub("", role)


def _name_char(ch: str) -> bool:
    """Whether ``ch`` is one of ``[\\w.&\\-]``: a character of an owner's word."""
    return ch.isalnum() or ch in "_.&-"
