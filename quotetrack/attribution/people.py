"""Who is who: people in an article, their names, titles, organisations and countries.

:func:`find_people` clusters the person mentions of a document into people
(``"Wang"`` is the Wang last named before it, ``"Pompeo"`` is Mike Pompeo) and
reads each one's title, organisation and country from the words around the
name ("Chinese Foreign Ministry spokesperson Hua Chunying", "X, a spokesman
for Y", "Fellow spokesperson") and from the role lexicon ("Secretary of State"
-> U.S. Department of State).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

import attrs

from quotetrack.attribution.affiliations import Affiliation, expand_acronym, read_affiliation, verb_after
from quotetrack.attribution.councils import with_council
from quotetrack.attribution.countries import organisation_named, place_counts, story_countries
from quotetrack.attribution.courts import court_named
from quotetrack.attribution.home_parties import home_party
from quotetrack.attribution.ministers import (
    bare_title,
    every_countrys,
    every_countrys_title,
    home_body,
    minister_body,
    minister_title,
    named_ministry,
    names_portfolio,
    state_minister,
)
from quotetrack.attribution.owners import appointing_body, its_role, sentence_subject_body
from quotetrack.attribution.party_marks import party_mark
from quotetrack.attribution.referred import GOVERNED_NOUNS, body_of_possessive_title, owner_noun_around, referred_body
from quotetrack.attribution.story_body import full_name, story_company, story_lede
from quotetrack.attribution.story_titles import story_title_row
from quotetrack.attribution.subject_firm import subject_company
from quotetrack.attribution.persons import Cluster, People, Person
from quotetrack.document import Document, Entity
from quotetrack.lexicon import Lexicon, place_country
from quotetrack.model import Mention, Organisation

__all__ = ["Person", "People", "body_organisation", "find_people", "organisation_named", "party_named",
           "place_counts", "place_country"]

_NAME_LABELS = frozenset({"PERSON", "NAME"})
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")
_CONTEXT_LABELS = frozenset({"TITLE", "ORG", "NORP", "GPE"})
_DETERMINING = frozenset("a an the this that these those his her its their our my your replica".split())
_INHERITING = frozenset({"fellow"})  # "Fellow spokesperson X": same organisation as the last one


def _name_words(text: str) -> list[str]:
    words = text.replace("’", "'").split()
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    return [w for w in words if w]


def _family(words: Sequence[str], lexicon: Lexicon) -> str:
    if len(words) >= 2 and words[0] in lexicon.family_name_first:
        return words[0]
    tail = [w for w in words if w.rstrip(".").lower() not in lexicon.function_words.generation_suffixes]
    return (tail or list(words))[-1]


def _same_person(words: list[str], known: list[str], lexicon: Lexicon) -> bool:
    """Whether a name mention can be a known person's name ("Wang" for "Wang Wenbin", not "Wang Yi"; "de Gaulle"
    for "Charles de Gaulle")."""
    if words == known:
        return True
    particles = lexicon.function_words.surname_particles
    if any(w.lower() in particles for w in words[:-1] + known[:-1]):
        words = [w for w in words[:-1] if w.lower() not in particles] + words[-1:]
        known = [w for w in known[:-1] if w.lower() not in particles] + known[-1:]
        if words == known:
            return True
    if len(words) >= 2 and len(known) == len(words) + 1 and known[1:] == words and known[0] in lexicon.given_names:
        return True  # "Mr Lloyd Webber" is Andrew Lloyd Webber: a compound family name
    family = _family(known, lexicon)
    if len(words) == 1:
        return words[0] == family or (words[0] in known and words[0] != known[0])
    if _family(words, lexicon) != family:
        return False
    given, known_given = [w for w in words if w != family], [w for w in known if w != family]
    shorter, longer = sorted((given, known_given), key=len)
    return bool(shorter) and shorter[0] == longer[0] and set(shorter) <= set(longer)


def party_named(text: str, country: str | None, lexicon: Lexicon) -> Organisation | None:
    """The party a name the text uses is in the story's country ("the Greens" in an Australian story), else the
    lexicon's first.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> party_named("Greens", "Australia", load_lexicon()).name, party_named("Greens", None, load_lexicon()).name
    ('Australian Greens', 'Green Party of England and Wales')
    """
    key = " ".join(text.replace("’", "'").split()).lower().removeprefix("the ")
    name = lexicon.parties_by_country.get((key, country or ""))
    if name is None:
        return organisation_named(text, lexicon)
    return Organisation(name=name, country=country, aliases=(text,) if text != name else ())


def body_organisation(body: str, text: str, lexicon: Lexicon) -> Organisation:
    """The organisation a body named in the text is: the article's expansion of an acronym, the lexicon's
    canonical name of an alias, else the body as the text names it.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> body_organisation("Tories", "", load_lexicon()).name
    'Conservative Party'
    >>> body_organisation("ACME", "Acme Cement Makers Europe (ACME) said", load_lexicon()).name
    'Acme Cement Makers Europe'
    """
    expanded = expand_acronym(text, body) if text else None
    if expanded is not None:
        return organisation_named(expanded, lexicon) or Organisation(name=expanded, aliases=(body,))
    known = organisation_named(body, lexicon)
    if known is not None:
        return known
    full = full_name(body, text, lexicon) if text else None  # "Halden analyst X" after "Halden Securities"
    if full is not None:
        return organisation_named(full, lexicon) or Organisation(name=full, aliases=(body,))
    return Organisation(name=body)


def _organisation_for_title(title: str, country: str | None, lexicon: Lexicon, article: str | None = None,
                            party: Organisation | None = None, named: Collection[str] = (),
                            text: str = "", national: bool = False) -> Organisation | None:
    key = title.lower()
    for modifier in lexicon.function_words.rank_modifiers | {"former", "acting", "interim"}:
        key = key.removeprefix(modifier + " ")
    template, default_country = lexicon.titles.get(key, ("", ""))
    by_country = lexicon.titles_by_country.get((key, country or article or ""))
    if by_country is not None:  # a chancellor in a British story is at the Treasury
        template, default_country = by_country, country or article or ""
    elif country is None and (row := story_title_row(key, article, named, lexicon)) is not None:
        template, default_country = row  # the one the story names of the countries that use the title
    if template == "{party}":
        return party
    if not template:
        return None
    if country is None and article and default_country and default_country not in named \
            and every_countrys_title(key, template, lexicon):
        bare = template.replace(" of {country}", "")
        if organisation_named(template.replace("{country}", article), lexicon) is not None:
            default_country = article  # "Senator X", "Transport Secretary X" in a story that never names the US, UK
        elif "{country}" not in bare and re.search(rf"\b{re.escape(bare)}\b", text):
            return Organisation(name=bare, country=article)  # "Chief Justice X" ... "the Supreme Court": the story's
        elif key.split()[-1] in lexicon.court_roles:
            return None  # "Justice X" of a story naming only its own country's other courts (courts.py reads one)
    country = country or default_country or article or None
    if "{country}" in template:
        if country is None:
            return None
        template = template.replace("{country}", country)
    if template.lower() in lexicon.parties and article:  # "Conservative leader" in a Canadian story
        return party_named(template, article, lexicon)
    found = organisation_named(template, lexicon) or Organisation(name=template, country=country)
    return minister_body(key, found, country, text, lexicon, national) if text else found


def _read_context(
    document: Document, context: Sequence[Entity], lexicon: Lexicon, article: str | None = None,
    named: Collection[str] = (),
) -> tuple[str | None, Organisation | None, str | None]:
    """Title, organisation and country from the entities written around a name (``named``: the countries the text
    names)."""
    if not any(e.label == "TITLE" for e in context):
        return None, None, None
    text = document.text
    title = text[context[0].start : context[-1].end]
    organisation, country = None, None
    for e in context:
        if e.label in {"NORP", "GPE"}:
            country = country or place_country(e.text, lexicon)
        elif e.label == "ORG" and organisation is None:
            organisation = party_named(e.text, country or article, lexicon) or Organisation(name=e.text)
            if e.text.lower().removeprefix("the ") in lexicon.parties:  # "the opposition Republican Party" in Chile
                organisation = home_party(e.text, organisation, article, text, lexicon)
    if organisation is None:
        for e in reversed(context):
            if e.label == "TITLE":
                organisation = _organisation_for_title(e.text, country, lexicon, article, named=named, text=text)
                if organisation is not None:
                    break
    if organisation is not None and organisation.country:
        country = country or organisation.country
    elif organisation is not None and country:
        organisation = attrs.evolve(organisation, country=country)
    return " ".join(title.split()), organisation, country


def _strip_the(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


def _affiliated(
    affiliation: Affiliation | None, title: str | None, organisation: Organisation | None, country: str | None,
    text: str, lexicon: Lexicon, article: str | None, named: Collection[str] = (),
) -> tuple[str | None, Organisation | None, str | None, Organisation | None]:
    """Title, organisation, country and party, with what the affiliation constructions read from the text."""
    if title and all(w.lower().rstrip(".") in lexicon.courtesy_titles for w in title.split()):
        title = None  # "Mr", "Dr", "Sir": courtesy, never a title
    if affiliation is None:
        return title, organisation, country, None
    party, portfolio, state = None, None, None
    body = affiliation.body if affiliation.body is None or not affiliation.body.endswith("-based") else None
    role = affiliation.role  # "an Austin-based pollster": a place of work, no body
    team = role is not None and role.split()[-1].lower() in lexicon.team_roles and affiliation.construction in {
        "premodifier", "possessive", "preposed"}
    if body is not None and place_country(body, lexicon) and team:
        country = country or place_country(body, lexicon)  # "Scotland manager X", "Paris mayor X": its side, its city
        organisation = Organisation(name=_strip_the(body), country=country)
        body = None
    elif body is not None and place_country(body, lexicon):
        state = state_minister(body, role, text, lexicon)  # "Saxony's economy minister": the state's government
        country, body = country or place_country(body, lexicon), None  # "British Foreign Secretary": a country
    elif body is not None and len(body.split()) == 2 and body.split()[0].lower() in lexicon.parties \
            and body.split()[1].lower() in lexicon.function_words.party_chamber_words:
        party = party_named(body.split()[0], country or article, lexicon)  # "Republican Assembly leader X"
        party = home_party(body.split()[0], party, article, text, lexicon) if party is not None else None
        role, body = f"{body} {role}" if role else role, None
    elif body is not None and body.lower().removeprefix("the ") in lexicon.parties and not (
            role and names_portfolio(body, role, lexicon)):  # "Labour Secretary X": a minister of labour
        party = party_named(body, country or article, lexicon)
        party = home_party(body, party, article, text, lexicon) if party is not None else None
        body = None
    elif body is not None and role is not None and affiliation.owned and minister_title(role, lexicon) \
            and "government" not in body.lower() and organisation_named(body, lexicon) is None:
        organisation = Organisation(name=f"{_strip_the(body)} government", country=country or article)
        body = None  # "Manitoba's health minister, X": a minister of the province (a country is read above)
    elif body is not None and role is not None and len(body.split()) > 1 \
            and all(w.lower() in lexicon.portfolio_words for w in body.split()[1:]) \
            and f"{body.split()[0]} {role}".lower() in lexicon.titles:  # "EU Agriculture Commissioner X"
        portfolio, role, body = f"{body.split()[0]} {role}", f"{body} {role}", None
    elif body is not None and role is not None and affiliation.construction != "of" \
            and names_portfolio(body, role, lexicon):
        role, read = bare_title(role, lexicon), body.lower() in (organisation.name.lower() if organisation else "", )
        portfolio, role, body = role, f"{body} {role}", None  # "Health Cabinet Secretary X": a minister
        organisation = None if read else organisation  # "Labour Secretary X": no party read from the portfolio
        portfolio = "minister" if portfolio.lower() in lexicon.minister_roles else portfolio  # the government's
    elif body is not None and role is not None and role.split()[-1].lower() in lexicon.firm_roles \
            and all(w in lexicon.portfolio_words for w in body.lower().split()):
        role, body = f"{body} {role}", None  # "Finance director X", "Communications Director X": a department's
    if role and (role.lower().rstrip(".") in lexicon.courtesy_titles or affiliation.construction == "premodifier"
                 and role.lower().rstrip(".") in lexicon.honorifics):  # "Mr X", "President X": read as titles
        role = None
    if body is not None:
        organisation = body_organisation(body, text, lexicon)
        if article and organisation.country not in (None, article, *named) and every_countrys(body, lexicon):
            organisation = home_body(body, organisation, article, lexicon)  # "the Supreme Court" of a Polish story
            country = article
    elif affiliation.owned and affiliation.body is None:
        organisation = None  # "the company's president, X": the body the noun refers to (``_referred``), not a title's
    elif role is not None and not team:
        national = bool(set(role.lower().split()) & lexicon.function_words.national_government_modifiers)
        from_role = _organisation_for_title(role, country, lexicon, article, party, named, text) or (
            _organisation_for_title(portfolio, country, lexicon, article, text=text, national=national)
            if portfolio else None)  # "Federal Health Minister X": the nation's, though a province is named
        templated = organisation is None or "Parliament" in organisation.name or organisation == party
        if from_role is not None and (templated or affiliation.construction == "premodifier"):
            organisation = from_role
    if state is not None:
        organisation = state
    elif role is not None and (organisation is None or "government" in organisation.name.lower()
                               and lexicon.places.get(organisation.name.removesuffix(" government"), ("", ""))[1]
                               != "region" or article is not None and organisation.country not in (None, article)) \
            and (ministry := named_ministry(role, text, lexicon)) is not None:
        organisation = body_organisation(ministry, text, lexicon)  # "Fisheries Minister X" ... "Ministry of Fisheries"
        if article is not None and organisation.country not in (None, article) \
                and not any(place_country(w, lexicon) for w in ministry.split()):  # another country's by the lexicon
            organisation = Organisation(name=ministry, country=article)  # (not "Chinese Foreign Ministry")
    if party is not None and (organisation is None or "Parliament" in organisation.name
                              or organisation.name in lexicon.legislatures):  # "Senator X, who leads Y"
        organisation = party  # "Tory MP X", "Labour's X" speak for the party
    if title is None or (role and len(role) > len(title) and role.lower().endswith(title.lower())):
        title = role
    if organisation is not None and organisation.country:
        country = country or organisation.country
    return title, organisation, country, party


def _left_context(document: Document, entities: Sequence[Entity], k: int) -> list[Entity]:
    """The title, organisation and demonym entities written just before entity ``k``."""
    text = document.text
    context: list[Entity] = []
    edge = entities[k].start
    for j in range(k - 1, max(-1, k - 6), -1):
        e = entities[j]
        gap = text[e.end : edge]
        if e.label not in _CONTEXT_LABELS or gap.strip() not in {"", "'s", "’s", "-"} or len(gap) > 4:
            break
        context.insert(0, e)
        edge = e.start
    while context and context[-1].label != "TITLE":
        context.pop()
    return context


def _right_context(document: Document, entities: Sequence[Entity], k: int, lexicon: Lexicon) -> list[Entity]:
    """Entities of an appositive after entity ``k``: "X, a spokesman for Y," / "X of Y"; none when a verb
    follows the title ("In Chelsea, the mayor also said": the mayor is the clause's subject)."""
    text = document.text
    end = entities[k].end
    after = text[end : end + 160]
    if after.startswith(" of "):
        nxt = entities[k + 1] if k + 1 < len(entities) else None
        if nxt is not None and nxt.label == "ORG" and nxt.start - end <= 9:
            return [Entity(start=end + 1, end=end + 3, text="of", label="TITLE"), nxt][1:]
        return []
    if not after.startswith(", "):
        return []
    first = re.match(r"[a-z]+", after[2:])
    if first is not None and first.group() in lexicon.cue_forms and first.group() not in lexicon.role_words \
            and not first.group().endswith("ing"):  # (a participle's clause may say who: "X, saying the nominee")
        return []  # "X, accused the prime minister of ...": the name's verb, no apposition
    stop = min((i for i in (after.find(",", 2), after.find(".", 2), after.find(";", 2)) if i >= 0), default=-1)
    if stop < 0:
        return []
    limit = end + stop
    found = [e for e in entities[k + 1 : k + 8] if e.end <= limit and e.label in _CONTEXT_LABELS]
    if found and verb_after(text, found[-1].end, lexicon):
        return []
    return found if any(e.label == "TITLE" for e in found) else []


def find_people(document: Document, lexicon: Lexicon, places: Mapping[str, int] | None = None) -> People:
    """Cluster the person mentions of a document into people, with what is known of each.

    Parameters
    ----------
    document : Document
        The annotated article.
    lexicon : Lexicon
        Titles, organisations, places and name lists.
    places : mapping of str to int, optional
        The :func:`place_counts` of the text before the document (when a long text is read window by
        window), for the article's country.

    Returns
    -------
    People
        The people in order of first mention, and the person of each mention.
    """
    text = document.text
    entities = document.entities
    article, named = story_countries(document, lexicon, places)
    clusters: list[Cluster] = []
    by_mention: dict[int, int] = {}
    orphans: dict[str, list[int]] = {}  # single name -> entity indices of its mentions not yet linked to anyone
    by_word: dict[str, list[int]] = {}  # name word -> clusters whose name has it

    def honorific_gender(e: Entity) -> str | None:
        before = text[max(0, e.start - 6) : e.start].split()
        return lexicon.genders.get(before[-1].rstrip(".")) if before else None

    def add_mention(c: int, e: Entity) -> None:
        cluster = clusters[c]
        cluster.gender = cluster.gender or honorific_gender(e)
        if cluster.gender is None and len(cluster.words) > 1 and cluster.words[0] not in lexicon.family_name_first:
            cluster.gender = lexicon.genders.get(cluster.words[0])
        cluster.mentions.append(Mention(start=e.start, end=e.end, text=e.text))
        if text[max(0, e.start - 8) : e.start].split()[-1:] and \
                text[max(0, e.start - 8) : e.start].split()[-1].lower() in _DETERMINING:
            cluster.determined = True
        cluster.aliases.setdefault(" ".join(_name_words(e.text)), None)
        cluster.last = e.start
        by_mention[e.start] = c

    for k, e in enumerate(entities):
        if e.label not in _NAME_LABELS:
            continue
        words = _name_words(e.text)
        if not words:
            continue
        gender = honorific_gender(e)  # "Mr. Clinton" is not Hillary Clinton
        near = {c for w in words for c in by_word.get(w, ())}  # only clusters sharing a word can match
        candidates = [
            c for c in sorted(near)
            if _same_person(words, clusters[c].words, lexicon)
            and (gender is None or clusters[c].gender in (None, gender))
        ]
        if candidates:
            c = max(candidates, key=lambda c: (
                clusters[c].words == words,
                gender is not None and clusters[c].gender == gender,  # "Mr. Trump": Donald, not Ivana
                len(words) == 1 and words[0] == clusters[c].family,  # "Maddow": Rachel Maddow, not her show
                len(clusters[c].mentions),  # the Clinton the article is about
                clusters[c].last,
            ))
            add_mention(c, e)
        elif len(words) == 1 and e.label == "NAME":
            orphans.setdefault(words[0], []).append(k)
            continue
        else:
            clusters.append(Cluster(words=words, family=_family(words, lexicon), last=e.start))
            c = len(clusters) - 1
            add_mention(c, e)
            # A surname written before the full name (a headline's "Pompeo") is the same person.
            for o in orphans.pop(clusters[c].family, []):
                add_mention(c, entities[o])
            for w in words:
                by_word.setdefault(w, []).append(c)
        known = clusters[c].affiliation
        if known is None or known.body is None:
            clusters[c].affiliation = read_affiliation(text, e.start, e.end, lexicon) or known
        context = _left_context(document, entities, k) or _right_context(document, entities, k, lexicon)
        if context and not clusters[c].context:
            word_before = text[max(0, context[0].start - 8) : context[0].start].split()[-1:]
            inherits = [e for e in context if e.text.lower() in _INHERITING]
            clusters[c].context = [e for e in context if e not in inherits]
            clusters[c].inherits = bool(inherits) or any(w.lower() in _INHERITING for w in word_before)
    # Single names that never joined anyone: a mononym, an outlet, or a capitalised word.
    for o in sorted(o for indices in orphans.values() for o in indices):
        e = entities[o]
        clusters.append(Cluster(words=[e.text], family=e.text, last=e.start, orphan=True))
        add_mention(len(clusters) - 1, e)
    bodies = {c.affiliation.body for c in clusters if c.affiliation is not None and c.affiliation.body}

    people: list[Person] = []
    by_role: dict[str, Person] = {}  # last word of a title -> the latest person with it and an organisation
    for cluster in clusters:
        title, organisation, country = _read_context(document, cluster.context, lexicon, article, named)
        title, organisation, country, party = _affiliated(cluster.affiliation, title, organisation, country,
                                                          text, lexicon, article, named)
        body_like = not title and cluster.gender is None and cluster.words[0] not in lexicon.given_names
        kind = "organisation" if body_like and (
            cluster.orphan and (cluster.words[0] in bodies or "-" in cluster.words[0])
            or any(_ACRONYM.fullmatch(w) for w in cluster.words)  # "SAIC", "MG Rover": a body, not a person
        ) else "person"
        mentions = tuple(sorted(cluster.mentions, key=lambda m: m.start))
        if cluster.inherits and title:
            earlier = by_role.get(title.split()[-1].lower())
            if earlier is not None and earlier.mentions[0].start < mentions[0].start:
                organisation, country = earlier.organisation, earlier.country
        gender = cluster.gender
        if gender is None and title:
            role = title.split()[-1].lower()
            gender = "f" if role.endswith("woman") else "m" if role.endswith("man") else None
        words = cluster.words
        while len(words) > 2 and words[-1].rstrip(".").lower() in lexicon.function_words.numeral_suffixes:
            words = words[:-1]  # "Brent Bozell III" is called "Brent Bozell"; the full form stays an alias
        people.append(
            Person(
                name=" ".join(words),
                family=cluster.family,
                aliases=tuple(cluster.aliases),
                title=title,
                organisation=organisation,
                country=country,
                mentions=mentions,
                gender=gender,
                party=party,
                kind=kind,
                named=bool(title or gender) or len(cluster.mentions) > 1 or not cluster.orphan and (
                    cluster.words[0] in lexicon.given_names or cluster.words[0] in lexicon.family_name_first
                    or len(cluster.words) > 1 and not cluster.determined  # "Zeynep Akar", not "a replica Purple Heart"
                ),
            )
        )
        if title and organisation is not None and mentions:
            by_role[title.split()[-1].lower()] = people[-1]
    people = [with_council(_owned(_referred(_in_court(_firm_of(_bank_of(_marked(p, text, lexicon), text, lexicon),
                                                               document, people, by_mention, lexicon), text, lexicon),
                                            document, lexicon), document, lexicon), text, lexicon) for p in people]
    return People(people=tuple(people), by_mention=by_mention)


def _marked(person: Person, text: str, lexicon: Lexicon) -> Person:
    """A person with no party read gets the one a mark by any of their mentions gives ("X (D-Md.)", "Republican X";
    :mod:`~.party_marks`), and speaks for it when they speak for no body."""
    if person.party is not None or person.kind != "person":
        return person
    party = next((p for m in person.mentions if (p := party_mark(text, m.start, m.end, lexicon)) is not None), None)
    if party is None:
        return person
    return attrs.evolve(person, party=party, organisation=person.organisation or party)


def _in_court(person: Person, text: str, lexicon: Lexicon) -> Person:
    """A judge the text names with no body speaks for the court it names (:mod:`~.courts`)."""
    court = court_named(person, text, lexicon)
    return person if court is None else attrs.evolve(person, organisation=body_organisation(court, text, lexicon))


def _referred(person: Person, document: Document, lexicon: Lexicon) -> Person:
    """A person whose title names a body by a common noun ("the firm's boss X") speaks for the body just named."""
    if person.organisation is not None or not person.mentions:
        return person
    first = person.mentions[0]
    body = body_of_possessive_title(person.title, first.start, document, lexicon)
    noun = owner_noun_around(document.text, first.start, first.end, lexicon) if body is None else None
    body = referred_body(first.start, document, lexicon, noun) if noun is not None else body  # "the union's X"
    if body is None and noun is not None and (noun in lexicon.referring_bodies or noun not in lexicon.body_nouns
                                              and noun not in GOVERNED_NOUNS):  # "Banca Rossa ... the bank's X"
        body = _without_person(sentence_subject_body(document.text, first.start, lexicon), document)
        body = None if body is not None and body.lower() == noun else body  # "Club captain X": not "Club"
        lede = story_lede(document.text, document.paragraphs) if body is None else None
        body = story_company(document.text, document.entities, lede, first.start, lexicon) if lede else body
    if body is None:
        return person
    organisation = body_organisation(body, document.text, lexicon)  # "the party's X": the party's, their party too
    party = organisation if body.lower().removeprefix("the ") in lexicon.parties else person.party
    return attrs.evolve(person, organisation=organisation, party=party)


def _without_person(body: str | None, document: Document) -> str | None:
    """``body`` past a person's name opening it: "Tavi Oru of North Cape Racing" -> "North Cape Racing"."""
    if body is None or " of " not in body:
        return body
    for entity in document.entities:
        if entity.label == "PERSON" and body.startswith(entity.text + " of "):
            return body[len(entity.text) + 4:]
    return body


def _owned(person: Person, document: Document, lexicon: Lexicon) -> Person:
    """A person holding a role in "its" body ("Its chief executive, X") speaks for the body the text was just
    about (:mod:`~.owners`), else for the company the story is about (:mod:`~.story_body`)."""
    if person.organisation is not None or person.kind != "person":
        return person
    text = document.text
    for m in person.mentions[:3]:
        role = its_role(text, m.start, m.end, lexicon)
        body = sentence_subject_body(text, m.start, lexicon) if role is not None else None
        if role is not None and body is None and document.paragraphs:
            lede = story_lede(text, document.paragraphs)
            body = story_company(text, document.entities, lede, m.start, lexicon) if lede else None
        if role is not None and body is not None:
            organisation = body_organisation(body, text, lexicon)
            party = organisation if body.lower().removeprefix("the ") in lexicon.parties else person.party
            return attrs.evolve(person, organisation=organisation, title=person.title or role, party=party)
    body = next((b for m in person.mentions[:3] if (b := appointing_body(text, m.start, lexicon))), None)
    return person if body is None else attrs.evolve(person, organisation=body_organisation(body, text, lexicon))


def _bank_of(person: Person, text: str, lexicon: Lexicon) -> Person:
    """A bank's officer the text names with no body ("Governor X said", roles.tsv kind ``bank``) speaks for the bank
    opening the sentence or one of the two before ("The Reserve Bank of Velonia cut rates. Governor X said ...")."""
    if person.organisation is not None or not person.title or not person.mentions or person.kind != "person" \
            or person.title.split()[-1].lower() not in lexicon.bank_roles:
        return person
    body = sentence_subject_body(text, person.mentions[0].start, lexicon)
    if body is None or "Bank" not in body.split():
        return person
    return attrs.evolve(person, organisation=body_organisation(body, text, lexicon))


def _firm_of(person: Person, document: Document, people: Sequence[Person], by_mention: dict[int, int],
             lexicon: Lexicon) -> Person:
    """A company officer the text names with no body ("said chief executive X") speaks for the body that spoke
    last before them, within a few sentences ("Yukos said it would appeal. ... said chief executive X")."""
    if person.organisation is not None or person.party is not None or not person.title or not person.mentions \
            or person.kind != "person" or person.title.split()[-1].lower() not in lexicon.firm_roles \
            or not all(w.lower() in lexicon.role_words or w.lower() in lexicon.role_modifiers
                       or w[:1].isupper() and w.lower() in lexicon.portfolio_words  # "Finance director": a department
                       for w in person.title.split()):  # "campaign chairman", "former spokesman": someone else's
        return person
    first = person.mentions[0].start
    text = document.text
    for e in reversed(document.entities):
        if e.end > first:
            continue
        if first - e.end > 400:
            break
        named = by_mention.get(e.start)
        verb = re.match(r" (?:has |had )?([a-z]+)", text[e.end : e.end + 20])
        if (e.label == "ORG" or named is not None and people[named].kind == "organisation") \
                and verb is not None and verb.group(1) in lexicon.cue_forms \
                and e.text.lower().removeprefix("the ") not in lexicon.parties and not place_country(e.text, lexicon):
            return attrs.evolve(person, organisation=body_organisation(e.text, text, lexicon))
    lede = story_lede(text, document.paragraphs)
    company = subject_company(text, first, people, lexicon) or (  # "X said it would appeal. ... said chief executive Y"
        story_company(text, document.entities, lede, first, lexicon) if lede is not None
        else None)  # "Shares in X fell after the grocer warned ... Chief executive Y said"
    return person if company is None else attrs.evolve(person, organisation=body_organisation(company, text, lexicon))
