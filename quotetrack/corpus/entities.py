"""Who is who across a corpus: each speaker's name in an article is a mention of an entity, joined on evidence.

A reading knows its speakers by the names one article gives them; the corpus
keeps each as a *mention* (``mentions``: article, name, entity, the rule that
decided it and its evidence) of an *entity* (``entities``). A mention joins an
entity when

- ``same name``: its full name is one already known, up to case, accents and
  middle initials (``Viktor Orbán`` / ``Viktor Orban``, ``George J. Mitchell`` /
  ``George Mitchell``);
- ``nickname``: it differs from one known full name only by a given name and
  its nickname (``nicknames.tsv``: ``Mike Pence`` / ``Michael Pence``), and no
  other full name does;
- ``surname + organisation`` / ``surname + story``: it is a surname alone
  (``Lopez``, ``Mr. Lopez``) and exactly one person of that surname speaks for
  the same organisation, or else appears in the same story thread (an article
  reporting the same words, or sharing a person named in full).

Otherwise it is a new entity (``new``), or, for a surname alone, the entity of
the other unresolved mentions of that surname (``short form``, with the
candidates in its evidence when there were several). A mention left unresolved
is tried again when a later article brings new evidence (:func:`revisit`).
Organisations are entities too (``org_entities``): one per canonical body of
the lexicon (``organisations.tsv``, ``parties.tsv``) or per name up to case,
accents and a leading "the", with every name they were given (``org_names``).
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from quotetrack.corpus.claims import CONTAINMENT, band_hashes, match_shingles, overlap, refile, signature
from quotetrack.lexicon import Lexicon, load_lexicon

__all__ = ["NameParts", "fold", "name_parts", "org_key", "rebuild_mentions", "refresh_entity", "remove_mentions",
           "resolve_article", "resolve_organisation", "revisit", "settle", "store_statement_bands"]

_SPACE = re.compile(r"\s+")
_DROP = re.compile(r"[.,\"“”()]")  # marks that do not tell two names apart
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def fold(text: str) -> str:
    """A name up to case and accents: decomposed, combining marks dropped, case-folded, periods dropped.

    Examples
    --------
    >>> fold("Viktor  Orbán"), fold("Mr. O’Rourke")
    ('viktor orban', "mr o'rourke")
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SPACE.sub(" ", _DROP.sub(" ", plain)).strip()


@attrs.frozen(kw_only=True)
class NameParts:
    """A person's name taken apart for matching.

    Parameters
    ----------
    key : str
        The name folded (:func:`fold`), without honorifics and middle initials.
    surname : str or None
        The folded family name (the first word of a family-name-first name).
    short : bool
        Whether the name is a surname alone (after honorifics are dropped).
    """

    key: str
    surname: str | None
    short: bool


def name_parts(name: str, lexicon: Lexicon | None = None) -> NameParts:
    """Take a person's name apart: its key, its surname, and whether it is a surname alone.

    Examples
    --------
    >>> name_parts("Lindsey O. Graham")
    NameParts(key='lindsey graham', surname='graham', short=False)
    >>> name_parts("Mr. Lopez")
    NameParts(key='lopez', surname='lopez', short=True)
    >>> name_parts("Wang Li").surname, name_parts("Martin Luther King Jr.").surname
    ('wang', 'king')
    """
    lexicon = lexicon or load_lexicon()
    words = fold(name).split()
    while len(words) > 1 and words[0] in lexicon.honorifics:
        words.pop(0)
    # A middle initial is one letter between the first word and the last (or before a suffix).
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1)]
    if not words:
        return NameParts(key="", surname=None, short=False)
    core = words[:-1] if len(words) > 2 and words[-1] in _SUFFIXES else words
    family_first = len(core) > 1 and core[0] in _family_first(lexicon)
    surname = core[0] if family_first else core[-1]
    return NameParts(key=" ".join(words), surname=surname, short=len(words) == 1)


@functools.cache
def _family_first(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(fold(name) for name in lexicon.family_name_first)


def org_key(name: str) -> str:
    """An organisation's name up to case, accents and a leading "the".

    Examples
    --------
    >>> org_key("The New York Times") == org_key("new york times")
    True
    """
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def _lexicon_body(name: str, lexicon: Lexicon) -> tuple[str, str | None] | None:
    lowered = name.strip().lower()
    for form in (lowered, lowered[4:] if lowered.startswith("the ") else None):
        if form and form in lexicon.organisations:
            canonical, country = lexicon.organisations[form]
            return canonical, country or None
    return None


def resolve_organisation(db: sqlite3.Connection, name: str, country: str | None = None,
                         lexicon: Lexicon | None = None) -> int:
    """The organisation entity a name stands for (made if new): the lexicon's canonical body, else the name's key.

    Examples
    --------
    >>> from quotetrack.corpus.schema import upgrade
    >>> db = sqlite3.connect(":memory:")
    >>> upgrade(db, None)
    >>> resolve_organisation(db, "State Department") == resolve_organisation(db, "U.S. Department of State")
    True
    """
    lexicon = lexicon or load_lexicon()
    known = _lexicon_body(name, lexicon)
    canonical, country = (known[0], known[1] or country) if known else (name.strip(), country)
    row = db.execute("SELECT org_id FROM org_names WHERE key = ? ORDER BY org_id LIMIT 1", (org_key(name),)).fetchone()
    if row is None:
        row = db.execute("SELECT id FROM org_entities WHERE key = ?", (org_key(canonical),)).fetchone()
    if row is None:
        row = db.execute("INSERT INTO org_entities (name, country, key) VALUES (?, ?, ?) RETURNING id",
                         (canonical, country, org_key(canonical))).fetchone()
    elif country is not None:
        db.execute("UPDATE org_entities SET country = COALESCE(country, ?) WHERE id = ?", (country, row[0]))
    db.executemany("INSERT OR IGNORE INTO org_names VALUES (?, ?, ?)",
                   [(row[0], form, org_key(form)) for form in {name.strip(), canonical}])
    return int(row[0])


# -- story threads ------------------------------------------------------------------------------------------------


def store_statement_bands(db: sqlite3.Connection, article_id: str, rows: Iterable[Mapping[str, Any]],
                          bands: Sequence[Sequence[tuple[int, int]]] | None = None) -> None:
    """Keep the bands of an article's statements whoever said them, to find the articles reporting the same words
    (``bands``: each statement's, when they were computed already: :func:`quotetrack.corpus.claims.prepare`)."""
    values = []
    for index, row in enumerate(rows):
        if bands is not None:
            values += [(b, h, article_id, index) for b, h in bands[index]]
            continue
        shingle_set = match_shingles(row["kind"], row["text"], row["start"], row["quoted"])
        if shingle_set:
            values += [(b, h, article_id, index) for b, h in band_hashes("", signature(shingle_set))]
    db.executemany("INSERT OR IGNORE INTO statement_bands VALUES (?, ?, ?, ?)", values)


def _statement_shingles(db: sqlite3.Connection, article_id: str, index: int) -> frozenset[str]:
    kind, text, start, quoted = db.execute(
        "SELECT kind, text, start, quoted FROM statements WHERE article_id = ? AND idx = ?",
        (article_id, index)).fetchone()
    return match_shingles(kind, text, start, json.loads(quoted))


def thread(db: sqlite3.Connection, article_id: str) -> dict[str, str]:
    """The articles of an article's story thread, each with why: the same words reported, or a person in common."""
    out: dict[str, str] = {}
    pairs = db.execute(
        "SELECT DISTINCT a.idx, b.article_id, b.idx FROM statement_bands a JOIN statement_bands b "
        "ON b.band = a.band AND b.hash = a.hash AND b.article_id != a.article_id WHERE a.article_id = ?",
        (article_id,)).fetchall()
    for mine, other, theirs in pairs:
        if other not in out and overlap(_statement_shingles(db, article_id, mine),
                                        _statement_shingles(db, other, theirs)) >= CONTAINMENT:
            out[other] = "reports the same words"
    for other, name in db.execute(
            "SELECT DISTINCT b.article_id, e.name FROM mentions a JOIN mentions b ON b.entity_id = a.entity_id "
            "AND b.article_id != a.article_id JOIN entities e ON e.id = a.entity_id "
            "WHERE a.article_id = ? AND a.kind = 'person' AND a.short = 0 AND b.short = 0 ORDER BY e.name",
            (article_id,)):
        out.setdefault(other, f"also quotes {name}")
    return out


# -- mentions -----------------------------------------------------------------------------------------------------


@attrs.frozen
class _Decision:
    entity_id: int | None
    rule: str
    evidence: str | None = None


def _kind(kind: str | None) -> str:
    return kind or "person"


def _full_name_match(db: sqlite3.Connection, parts: NameParts, lexicon: Lexicon) -> _Decision | None:
    found = db.execute("SELECT MIN(entity_id), name FROM mentions WHERE key = ? AND kind = 'person' AND short = 0",
                       (parts.key,)).fetchone()
    if found[0] is not None:
        return _Decision(found[0], "same name", f"as {found[1]!r}")
    words = parts.key.split()
    keys = {" ".join([*words[:i], alt, *words[i + 1:]]): (word, alt)
            for i, word in enumerate(words) if word != parts.surname for alt in lexicon.nicknames.get(word, ())}
    matches: dict[int, str] = {}
    for key, (word, alt) in keys.items():
        for (entity_id,) in db.execute(
                "SELECT DISTINCT entity_id FROM mentions WHERE key = ? AND kind = 'person' AND short = 0", (key,)):
            matches.setdefault(entity_id, f"{word} / {alt}")
    if len(matches) == 1:
        (entity_id, pair), = matches.items()
        return _Decision(entity_id, "nickname", pair)
    return None


def _names(db: sqlite3.Connection, entity_ids: Iterable[int]) -> str:
    return ", ".join(f"{db.execute('SELECT name FROM entities WHERE id = ?', (i,)).fetchone()[0]} (#{i})"
                     for i in sorted(entity_ids))


def _short_form_match(db: sqlite3.Connection, article_id: str, surname: str, org_id: int | None) -> _Decision:
    """Where a surname alone in an article goes: the one person of that surname in its organisation or story."""
    people = ("SELECT DISTINCT entity_id, article_id FROM mentions WHERE surname = ? AND kind = 'person' "
              "AND short = 0")
    if db.execute(people + " AND article_id = ?", (surname, article_id)).fetchone():
        return _Decision(None, "short form", "the article names another person of this surname in full")
    if org_id is not None:
        found = {e: a for e, a in db.execute(people + " AND org_id = ?", (surname, org_id))}
        org = db.execute("SELECT name FROM org_entities WHERE id = ?", (org_id,)).fetchone()[0]
        if len(found) == 1:
            (entity_id, other), = found.items()
            return _Decision(entity_id, "surname + organisation", f"{org}, as in {other}")
        if found:
            return _Decision(None, "short form", f"ambiguous in {org}: {_names(db, found)}")
    stories = thread(db, article_id)
    found = {}
    for entity_id, other in db.execute(people, (surname,)):
        if other in stories:
            found.setdefault(entity_id, other)
    if len(found) == 1:
        (entity_id, other), = found.items()
        return _Decision(entity_id, "surname + story", f"{other} {stories[other]}")
    return _Decision(None, "short form", f"ambiguous in the story: {_names(db, found)}" if found else None)


def _decide(db: sqlite3.Connection, article_id: str, name: str, kind: str, org_id: int | None,
            lexicon: Lexicon) -> tuple[_Decision, str, NameParts | None]:
    if kind != "person":
        # A body's proper name joins up to case and accents; a description ("the company", "officials") only
        # as the very same words, as before entities: two articles' "the company" are seldom one company.
        words = name.split()[1:] if name.lower().startswith("the ") else name.split()
        proper = kind == "organisation" and any(w[:1].isupper() for w in words)
        key = org_key(name) if proper else name
        found = db.execute("SELECT MIN(entity_id), name FROM mentions WHERE key = ? AND kind = ?",
                           (key, kind)).fetchone()
        return (_Decision(found[0], "same name", f"as {found[1]!r}") if found[0] is not None
                else _Decision(None, "new")), key, None
    parts = name_parts(name, lexicon)
    if not parts.short:
        return _full_name_match(db, parts, lexicon) or _Decision(None, "new"), parts.key, parts
    decision = _short_form_match(db, article_id, parts.surname or parts.key, org_id)
    if decision.entity_id is None:  # with the other unresolved mentions of this surname, as before entities
        found = db.execute(
            "SELECT MIN(m.entity_id) FROM mentions m WHERE m.key = ? AND m.kind = 'person' AND m.short = 1 AND NOT "
            "EXISTS (SELECT 1 FROM mentions o WHERE o.entity_id = m.entity_id AND o.short = 0)",
            (parts.key,)).fetchone()[0]
        decision = attrs.evolve(decision, entity_id=found)
    return decision, parts.key, parts


def resolve_article(db: sqlite3.Connection, article_id: str, speakers: Iterable[Mapping[str, Any]],
                    lexicon: Lexicon | None = None) -> dict[str, int]:
    """Store the mentions of an article's speakers, each joined to its entity (made if new).

    Parameters
    ----------
    db : sqlite3.Connection
        The corpus, in the transaction storing the article (its statement bands stored).
    article_id : str
        The article.
    speakers : iterable of mapping
        The article's speakers as :func:`quotetrack.records.speaker_record` gives them (``name``, ``kind``,
        ``title``, ``organisation`` as a mapping with ``name`` and ``country``, or None).

    Returns
    -------
    dict of str to int
        Each speaker's name -> its entity id.
    """
    lexicon = lexicon or load_lexicon()
    unique = {s["name"]: s for s in speakers}

    def order(record: Mapping[str, Any]) -> tuple[bool, bool]:  # full names first: they are a short form's evidence
        person = _kind(record.get("kind")) == "person"
        return person and name_parts(record["name"], lexicon).short, not person

    out: dict[str, int] = {}
    for record in sorted(unique.values(), key=order):
        kind = _kind(record.get("kind"))
        org = record.get("organisation")
        org_id = None if not org else resolve_organisation(db, org["name"], org.get("country"), lexicon)
        decision, key, parts = _decide(db, article_id, record["name"], kind, org_id, lexicon)
        entity_id = decision.entity_id
        if entity_id is None:
            entity_id = db.execute("INSERT INTO entities (name, kind) VALUES (?, ?) RETURNING id",
                                   (record["name"], kind)).fetchone()[0]
        db.execute("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (article_id, record["name"], entity_id, kind, key, parts.surname if parts else None,
                    int(parts.short) if parts else 0, org_id, record.get("title"), decision.rule, decision.evidence))
        refresh_entity(db, entity_id)
        out[record["name"]] = int(entity_id)
    return out


def revisit(db: sqlite3.Connection, article_id: str, lexicon: Lexicon | None = None) -> list[tuple[str, str, int]]:
    """Try again the unresolved surnames alone that a new article's full names may now resolve; move those that do.

    Returns
    -------
    list of (str, str, int)
        The moved mentions: article id, name, and the entity they left (whose
        statements' claims the caller files again).
    """
    lexicon = lexicon or load_lexicon()
    surnames = [r[0] for r in db.execute(
        "SELECT DISTINCT surname FROM mentions WHERE article_id = ? AND kind = 'person' AND short = 0", (article_id,))]
    moved = []
    for surname in surnames:
        for other, name, entity_id, org_id in db.execute(
                "SELECT m.article_id, m.name, m.entity_id, m.org_id FROM mentions m WHERE m.surname = ? AND "
                "m.short = 1 AND m.kind = 'person' AND m.article_id != ? AND NOT EXISTS (SELECT 1 FROM mentions o "
                "WHERE o.entity_id = m.entity_id AND o.short = 0) ORDER BY m.article_id", (surname, article_id)
        ).fetchall():
            decision = _short_form_match(db, other, surname, org_id)
            if decision.entity_id is not None:
                db.execute("UPDATE mentions SET entity_id = ?, rule = ?, evidence = ? WHERE article_id = ? AND "
                           "name = ?", (decision.entity_id, decision.rule, decision.evidence, other, name))
                refresh_entity(db, decision.entity_id)
                moved.append((other, name, int(entity_id)))
    return moved


def settle(db: sqlite3.Connection, moved: list[tuple[str, str, int]]) -> None:
    """File again the statements of mentions :func:`revisit` moved; drop the entities they left empty."""
    refile(db, [(article_id, index) for article_id, name, _ in moved for (index,) in db.execute(
        "SELECT idx FROM statements WHERE article_id = ? AND speaker = ?", (article_id, name))])
    for entity_id in {entity_id for _, _, entity_id in moved}:
        refresh_entity(db, entity_id)


def refresh_entity(db: sqlite3.Connection, entity_id: int) -> None:
    """Name an entity by its most frequent full form (then the longest, then the first), or drop it when no
    mention is left.

    An entity still named by claims is kept: the caller files them again first.
    """
    forms = db.execute("SELECT name, short, COUNT(*) FROM mentions WHERE entity_id = ? GROUP BY name, short "
                       "ORDER BY MIN(rowid)", (entity_id,)).fetchall()
    if not forms:
        if not db.execute("SELECT 1 FROM claims WHERE speaker_id = ?", (entity_id,)).fetchone():
            db.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
        return
    name = max(forms, key=lambda f: (not f[1], f[2], len(f[0])))[0]  # ties: the form stored first
    db.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))


def remove_mentions(db: sqlite3.Connection, article_id: str) -> None:
    """Forget an article's mentions (before the article goes), and the entities only it named."""
    entity_ids = [r[0] for r in db.execute("SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?",
                                           (article_id,))]
    db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    for entity_id in entity_ids:
        refresh_entity(db, entity_id)


def rebuild_mentions(db: sqlite3.Connection, lexicon: Lexicon | None = None) -> None:
    """Make the mentions and statement bands of every stored article, in ingestion order (the upgrade to version 2).

    The speakers are those of the version-1 tables: each name's kind, title, organisation and country.
    """
    lexicon = lexicon or load_lexicon()
    people = {name: {"name": name, "kind": kind, "title": title, "country": country,
                     "organisation": None if org is None else {"name": org, "country": org_country}}
              for name, kind, title, org, country, org_country in db.execute(
                  "SELECT s.name, s.kind, s.title, s.organisation, s.country, o.country FROM speakers s "
                  "LEFT JOIN organisations o ON o.name = s.organisation")}
    for (article_id,) in db.execute("SELECT id FROM articles ORDER BY seq").fetchall():
        rows = [{"kind": kind, "text": text, "start": start, "quoted": json.loads(quoted)}
                for kind, text, start, quoted in db.execute(
                    "SELECT kind, text, start, quoted FROM statements WHERE article_id = ? ORDER BY idx",
                    (article_id,))]
        store_statement_bands(db, article_id, rows)
        names = [r[0] for r in db.execute(
            "SELECT speaker FROM statements WHERE article_id = ? AND speaker IS NOT NULL UNION "
            "SELECT source FROM responses WHERE article_id = ? UNION SELECT target FROM responses WHERE article_id = ?",
            (article_id, article_id, article_id))]
        resolve_article(db, article_id, [people.get(n, {"name": n}) for n in sorted(names)], lexicon)
        revisit(db, article_id, lexicon)
