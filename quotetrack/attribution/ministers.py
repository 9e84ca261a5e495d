"""Whom a minister speaks for: the ministry the article names, else the government of the minister's country.

A title the lexicon maps to a ministry ("Transport Minister", "minister of justice", "Health Secretary" in a
British story) names the minister's portfolio, not necessarily the body they speak for. News gives a minister the
government ("the government said it would study the plan", "Transport Minister X urged both sides ..."): the
minister speaks for the ministry only when the article itself names that ministry ("Chinese Foreign Ministry
spokesperson X ... Chinese Foreign Minister Y"). A US secretary keeps the department (the US convention, and
PolNeAR's). Minister role words are roles.tsv kind ``minister``.
"""

from __future__ import annotations

import functools
import re

from quotetrack.lexicon import Lexicon, place_country
from quotetrack.model import Organisation

__all__ = ["bare_title", "every_countrys", "every_countrys_title", "home_body", "minister_body", "minister_title",
           "named_ministry", "names_portfolio", "opening_country", "portfolio_title", "state_minister"]

_MINISTRY_OF = re.compile(r"(Ministry|Department) of (.+) of (.+)")


def minister_body(title: str, found: Organisation, country: str | None, text: str, lexicon: Lexicon,
                  national: bool = False) -> Organisation:
    """The body a holder of ``title`` speaks for, ``found`` being the ministry the lexicon maps the title to.

    Parameters
    ----------
    title : str
        The title, lower case, without rank modifiers ("transport minister").
    found : Organisation
        The body the title names by the lexicon.
    country : str or None
        The minister's country.
    text : str
        The article.
    lexicon : Lexicon
        The lexicon.
    national : bool
        Whether the title as written says the minister is the nation's ("Federal Health Minister").

    Returns
    -------
    Organisation
        ``found`` when the title is no minister's, the country is the United States, or the article names the
        ministry; else the country's government as the lexicon names it, or as the news does ("Chadian
        government").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> ministry = Organisation(name="Ministry of Transport of France", country="France")
    >>> minister_body("transport minister", ministry, "France", "Transport Minister Ann Roy said no.", lex).name
    'French government'
    >>> minister_body("transport minister", ministry, "France", "The transport ministry said no.", lex).name
    'Ministry of Transport of France'
    """
    words = title.split()
    if not words or not ({words[0], words[-1]} & lexicon.minister_roles) or not country \
            or country == "United States" or found.country == "United States":
        return found
    governing = "government" in found.name.lower()
    portfolio = len(words) == 1 or set(words) & lexicon.portfolio_words  # "Mines Minister" reaches here as "minister"
    national = national or bool(set(words) & lexicon.function_words.national_government_modifiers)  # "Federal Minister"
    if not governing and _names_ministry(found.name, country, text if national else _state_text(text, lexicon),
                                         lexicon):
        return found  # not "the Union Education Ministry" for a state's "Education Minister X"
    state = _named_state_government(country, text, lexicon) if portfolio and not national else None
    if state is not None:  # "The New South Wales government will ..., Planning Minister X said"; no prime minister
        return state
    if governing:
        return found
    entry = lexicon.organisations.get(f"government of {country}".lower())
    if entry is not None:
        return Organisation(name=entry[0], country=entry[1] or country)
    demonym = next((name for name, (place, kind) in lexicon.places.items()
                    if place == country and kind == "demonym" and not name.endswith("s")), None)
    return Organisation(name=f"{demonym} government", country=country) if demonym else found


def state_minister(place: str, role: str | None, text: str, lexicon: Lexicon) -> Organisation | None:
    """The government of a state or province (places.tsv kind ``region``, not a US state) whose minister or head
    ``role`` is, ``place`` being the body the text gives the role ("Saxony's economy minister", "Alberta Premier").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> state_minister("Saxony", "economy minister", "", load_lexicon()).name
    'Saxony government'
    >>> state_minister("Ontario", "premier", "The Ontario provincial government said", load_lexicon()).name
    'Ontario provincial government'
    >>> state_minister("Germany", "economy minister", "", load_lexicon()) is None
    True
    """
    place = place[4:] if place.startswith(("the ", "The ")) else place
    country, kind = lexicon.places.get(place, ("", ""))
    words = (role or "").lower().split()
    if kind != "region" or country == "United States" or not words \
            or not {words[0], words[-1]} & (lexicon.minister_roles | lexicon.function_words.place_head_roles):
        return None
    m = _state_match(place, text, lexicon)
    return Organisation(name=m.group(0) if m else f"{place} government", country=country)


def _state_match(region: str, text: str, lexicon: Lexicon) -> re.Match[str] | None:
    """The first "<region>['s] [state|provincial] government" of ``text``."""
    modifiers = "|".join(sorted(lexicon.function_words.state_government_modifiers))
    return re.search(rf"(?<![\w-]){re.escape(region)}(?:['’]s)? (?:(?i:{modifiers}) )?(?i:government)(?![\w-])", text)


def _named_state_government(country: str, text: str, lexicon: Lexicon) -> Organisation | None:
    """The government of a state or province of ``country`` the text names ("the New South Wales government"; "the
    provincial government" of the region it names most), when it names no national one (by a form of more than one
    word: "the federal government", "Canada's government"; a capital alone may be a dateline)."""
    states = [name for name, (place, kind) in lexicon.places.items() if place == country and kind == "region"]
    found = [(m.start(), m.group(0)) for name in states for m in [_state_match(name, text, lexicon)] if m]
    modifiers = "|".join(sorted(lexicon.function_words.state_government_modifiers))
    if not found and re.search(rf"\b(?:{modifiers}) government\b", text):
        counts = {name: len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) for name in states}
        most = max(counts, key=lambda name: counts[name], default=None)
        found = [(0, f"{most} government")] if most is not None and counts[most] else []
    if not found:
        return None
    entry = lexicon.organisations.get(f"government of {country}".lower())
    national = {f"{w} government" for w in lexicon.function_words.national_government_modifiers}
    if entry is not None:
        national |= {alias for alias, (canonical, _) in lexicon.organisations.items()
                     if canonical == entry[0] and " " in alias}
    if any(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE) for form in national):
        return None
    return Organisation(name=min(found)[1], country=country)


def every_countrys_title(title: str, template: str, lexicon: Lexicon) -> bool:
    """Whether ``title`` (lower case) names a role every country has, its organisation ``template`` having a
    "{country}": a legislator, or a role whose other words name the body or a portfolio ("transport secretary",
    "treasury secretary"), not one country's body ("Pentagon spokesman").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> every_countrys_title("transport secretary", "Ministry of Transport of {country}", lex)
    True
    >>> every_countrys_title("pentagon spokesman", "Department of Defense of {country}", lex)
    False
    """
    if "{country}" not in template:
        return False
    if title in lexicon.legislator_roles or title.split()[-1] in lexicon.court_roles:
        return True  # a legislator, a judge ("Chief Justice X": every country has a supreme court)
    body = set(template.lower().split())
    return all(w in body or w in lexicon.portfolio_words for w in title.split()[:-1])


def every_countrys(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is one every country's body has ("the Senate", "Supreme Court"): a titles.tsv template
    without its country, so it names no country by itself.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> every_countrys("the Supreme Court", load_lexicon()), every_countrys("US Supreme Court", load_lexicon())
    (True, False)
    """
    return _key(name) in _shared_names(lexicon)


def home_body(name: str, found: Organisation, article: str, lexicon: Lexicon) -> Organisation:
    """The body of the story's country ``article`` a name every country's body has stands for ("the Treasury" in a
    Kenyan story), ``found`` being the lexicon's (another country's) body of that name.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> home_body("Treasury", Organisation(name="U.S. Department of the Treasury"), "Kenya", lex).name
    'National Treasury'
    >>> home_body("the Supreme Court", Organisation(name="Supreme Court of the United States"), "Chile", lex).name
    'Supreme Court'
    """
    template = _templates(lexicon).get(found.name)
    if _key(name) in _template_names(lexicon):
        template = None  # "the Senate", "Congress": as named (an Indian "Congress" may be the party)
    entry = lexicon.organisations.get(template.replace("{country}", article).lower()) if template else None
    if entry is not None:
        return Organisation(name=entry[0], country=entry[1] or article, aliases=(name,))
    return Organisation(name=name[4:] if name.startswith(("the ", "The ")) else name, country=article)


@functools.cache
def _templates(lexicon: Lexicon) -> dict[str, str]:
    """Each body a titles.tsv template names, filled with the body's own country: its template (made once)."""
    templates = {t for t, _ in lexicon.titles.values() if "{country}" in t}
    countries = {country for country, kind in lexicon.places.values() if kind == "country"}
    found: dict[str, str] = {}
    for template in sorted(templates):
        for country in countries:
            entry = lexicon.organisations.get(template.replace("{country}", country).lower())
            if entry is not None and entry[1] == country:
                found.setdefault(entry[0], template)
    return found


@functools.cache
def _template_names(lexicon: Lexicon) -> frozenset[str]:
    """The titles.tsv templates "X of {country}" as "x" ("senate", "supreme court")."""
    suffix = " of {country}"
    return frozenset(t.lower().removesuffix(suffix) for t, _ in lexicon.titles.values() if t.lower().endswith(suffix))


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).lower().removeprefix("the ")


def opening_country(name: str, lexicon: Lexicon) -> str | None:
    """The country of the place or demonym opening a body's name the lexicon does not know: "Irish Congress of Trade
    Unions" tells an Irish story as "Irish" alone did before the body's name was read whole.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> [opening_country(n, load_lexicon()) for n in ["Irish Congress of Trade Unions", "Chinese Foreign Ministry",
    ...                                               "Irish"]]
    ['Ireland', None, None]
    """
    first, _, rest = name.partition(" ")
    known = " ".join(name.replace("’", "'").split()).lower().removeprefix("the ") in lexicon.organisations
    entry = lexicon.places.get(first) if rest and not known else None
    return entry[0] if entry else None


@functools.cache
def _shared_names(lexicon: Lexicon) -> frozenset[str]:
    """The titles.tsv templates "X of {country}" as "x", and the lexicon's names of such a body made of its
    template's words and no place ("Treasury", "Treasury Department"): names every country's body has (made once)."""
    names = set(_template_names(lexicon))
    templates = _templates(lexicon)
    for alias, (canonical, _) in lexicon.organisations.items():
        template = templates.get(canonical)
        if template is not None and set(alias.lower().split()) <= set(template.lower().split()) \
                and not any(place_country(w.title(), lexicon) for w in alias.split()):
            names.add(alias.lower())
    return frozenset(names)


def _state_text(text: str, lexicon: Lexicon) -> str:
    """``text`` without the ministries it names as the nation's ("the Union Education Ministry", "the Federal
    Health Ministry"): the ministries a state's minister may speak for."""
    modifiers = "|".join(sorted(w.title() for w in lexicon.function_words.national_government_modifiers))
    return re.sub(rf"\b(?:{modifiers}) (?:[A-Z][\w\-]* ){{1,3}}(?:Ministry|Department)\b", "", text)


def _names_ministry(name: str, country: str, text: str, lexicon: Lexicon) -> bool:
    """Whether the article names the ministry ``name``: one of the lexicon's forms of it, with or without its
    country ("Chinese Foreign Ministry", "the foreign ministry", "Ministry of Transport", "the Home Office")."""
    forms = {name} | {alias for alias, (canonical, _) in lexicon.organisations.items() if canonical == name}
    m = _MINISTRY_OF.fullmatch(name)
    if m is not None:
        forms |= {f"{m.group(1)} of {m.group(2)}", f"{m.group(2)} {m.group(1)}"}
    bare = set()
    for form in forms:
        form = form.removesuffix(f" of {country}").removesuffix(f" of {country.lower()}")
        words = form.split()
        for n in (2, 1):  # "South Korean Justice Ministry", "China's foreign ministry": without the country
            head = " ".join(words[:n])
            head = head[:-2] if head.endswith(("'s", "’s")) else head
            if len(words) > n and country in (place_country(head, lexicon), place_country(head.title(), lexicon)):
                words = words[n:]
                break
        bare.add(" ".join(words))
    for form in bare:
        if not form:
            continue
        flags = re.IGNORECASE if " " in form else 0  # "the foreign ministry"; "the Treasury", never "treasury"
        if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, flags):
            return True
    return False


def minister_title(role: str, lexicon: Lexicon) -> bool:
    """Whether ``role`` is a minister's title of a country's government ("health minister", "environment
    secretary"): a titles.tsv title headed by a roles.tsv ``minister`` word, whose body is a country's.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> minister_title("health minister", load_lexicon()), minister_title("company secretary", load_lexicon())
    (True, False)
    """
    key = role.lower()
    for modifier in lexicon.function_words.rank_modifiers:
        key = key.removeprefix(modifier + " ")
    return key.split()[-1] in lexicon.minister_roles and "{country}" in lexicon.titles.get(key, ("", ""))[0]


def bare_title(role: str, lexicon: Lexicon) -> str:
    """``role`` past one lower-case qualifier that is no rank when the rest is a title ("federal Minister").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> bare_title("federal Minister", load_lexicon()), bare_title("deputy minister", load_lexicon())
    ('Minister', 'deputy minister')
    """
    first, _, rest = role.partition(" ")
    if rest and first.islower() and first not in lexicon.role_modifiers and role.lower() not in lexicon.titles \
            and rest.lower() in lexicon.titles:
        return rest
    return role


def names_portfolio(body: str, role: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised premodifier names a minister's portfolio ("Natural Resources" before "Minister"), the
    role being one of a country's government.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> names_portfolio("Natural Resources", "Minister", lex), names_portfolio("Velto Group", "Minister", lex)
    (True, False)
    """
    words = body.lower().split()
    if role.lower() in lexicon.minister_roles and all(w in lexicon.portfolio_words for w in words):
        return True  # "Economy Secretary X": a bare minister's word after a portfolio
    if "{country}" not in lexicon.titles.get(bare_title(role, lexicon).lower(), ("", ""))[0]:
        return False
    if all(w in lexicon.portfolio_words or w in ("and", "&") for w in words) and words[0] != "and":
        return True
    if all(w in lexicon.role_modifiers for w in words):
        return True  # "Former Rep. X", "Acting Minister X": a qualifier, no body
    # "Brexit Minister X", "Aviation Minister X": any capitalised words before a minister's title name a portfolio or
    # a qualifier (before a premier's or a governor's, the place: "Alberta Premier X"), unless they name a body ("EU
    # Minister" is the lexicon's, "Union Minister" holds a body's head noun)
    heads = lexicon.function_words.organisation_heads
    return role.split()[-1].lower().rstrip(".") not in lexicon.function_words.place_head_roles \
        and all(w[:1].isupper() or w in ("and", "&") for w in body.split()) and words[0] != "and" \
        and " ".join(body.replace("’", "'").split()).lower().removeprefix("the ") not in lexicon.organisations \
        and not any(
            w in heads or w.lower() in lexicon.body_nouns for w in body.split())


def named_ministry(role: str, text: str, lexicon: Lexicon) -> str | None:
    """The ministry of a minister's portfolio as the article names it, when it does: "Manpower Minister X" in
    a story that names "the Ministry of Manpower", "Minister of State for Education X" in one that names "the Union
    Education Ministry"; None when the article names no ministry of those portfolio words.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> named_ministry("Fisheries Minister", "The Ministry of Fisheries said no.", lex)
    'Ministry of Fisheries'
    >>> named_ministry("Minister of State for Tourism", "It irked the Federal Tourism Ministry.", lex)
    'Federal Tourism Ministry'
    >>> named_ministry("Fisheries Minister", "The Fisheries Ministry said no.", lex)
    'Fisheries Ministry'
    >>> named_ministry("Fisheries Minister", "The ministry said no.", lex) is None
    True
    """
    words = role.split()
    if not set(w.lower() for w in words) & lexicon.minister_roles:
        return None
    portfolio = [w for w in words if w.lower() in lexicon.portfolio_words]
    if not portfolio or not all(w[:1].isupper() for w in portfolio):
        return None
    field = r" (?:and |& )?".join(re.escape(w) for w in portfolio)
    m = re.search(rf"\b(?:Ministry|Department) of (?:the )?{field}\b(?! [A-Z&])", text)
    if m is not None:
        return m.group()
    for m in re.finditer(rf"\b((?:[A-Z][a-z]+ )?){field} (?:Ministry|Department)\b", text):
        qualifier = m.group(1).strip()
        if qualifier and (qualifier.lower() in lexicon.function_words.sentence_starters
                          or qualifier.lower() in lexicon.function_words.determiners):
            return m.group()[m.end(1) - m.start() :]  # "The Education Ministry": no qualifier
        return m.group()
    return None


_MINISTER_FOR = re.compile(  # "Union Minister of State for Education", "Minister for Home Affairs"
    r"(?:[A-Z][a-z]+ )*([A-Z][a-z]+)(?: of State)? (?:for|of) (?:the )?((?:[A-Z][a-z]+(?: and| &)? )*[A-Z][a-z]+)")


def portfolio_title(phrase: str, lexicon: Lexicon) -> bool:
    """Whether ``phrase`` is a minister's title naming the portfolio after "for" or "of" ("Union Minister of State
    for Education", "Minister for Lands and Forestry").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> portfolio_title("Union Minister of State for Education", load_lexicon())
    True
    >>> portfolio_title("Friends of the Earth", load_lexicon())
    False
    """
    m = _MINISTER_FOR.fullmatch(phrase)
    return m is not None and m.group(1).lower() in lexicon.minister_roles and all(
        w.lower() in lexicon.portfolio_words or w in ("and", "&") for w in m.group(2).split())
