"""The word lists the reading relies on, loaded from data files in ``quotetrack/lexicon/data``.

The files are plain UTF-8 text (``#`` starts a comment), so that a user can read
and extend them without touching code. :func:`load_lexicon` reads them once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

import attrs

__all__ = ["FunctionWords", "Lexicon", "load_lexicon", "phrase_alternation", "place_country"]


@attrs.frozen(kw_only=True)
class FunctionWords:
    """Closed-class words the reading rules test for, one set each (``lexicon/data/function_words.tsv``).

    Each field is a frozenset of lower-case words; the file's comments say what each set is
    for. ``subject_pronouns`` and ``reflexive_pronouns`` come from ``pronouns.tsv``;
    ``clause_starters`` and ``relatives`` are unions the rules use as they are.
    """

    between: frozenset[str]
    weekdays: frozenset[str]
    months: frozenset[str]
    periods: frozenset[str]
    clause_openers: frozenset[str]
    clause_leads: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    clause_starters: frozenset[str]
    infinitive_cues: frozenset[str]
    response_catenatives: frozenset[str]
    conjunctions: frozenset[str]
    source_prepositions: frozenset[str]
    plural_determiners: frozenset[str]
    singular_determiners: frozenset[str]
    share_nouns: frozenset[str]
    dangling: frozenset[str]
    quantifiers: frozenset[str]
    addressed_cues: frozenset[str]
    naming_cues: frozenset[str]
    finding_cues: frozenset[str]
    informant_nouns: frozenset[str]
    answers: frozenset[str]
    auxiliaries: frozenset[str]
    finite_verbs: frozenset[str]
    particles: frozenset[str]
    clause_joints: frozenset[str]
    relative_pronouns: frozenset[str]
    clause_relatives: frozenset[str]
    subordinators: frozenset[str]
    clause_breaks: frozenset[str]
    stop_words: frozenset[str]
    sentence_starters: frozenset[str]
    name_particles: frozenset[str]
    surname_particles: frozenset[str]
    organisation_heads: frozenset[str]
    name_endings: frozenset[str]
    company_heads: frozenset[str]
    generation_suffixes: frozenset[str]
    numeral_suffixes: frozenset[str]
    personal_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    time_adverbs: frozenset[str]
    time_modifiers: frozenset[str]
    participle_openers: frozenset[str]
    prepositional_participles: frozenset[str]
    answering_participles: frozenset[str]
    indefinite_articles: frozenset[str]
    time_conjunctions: frozenset[str]
    rank_modifiers: frozenset[str]
    period_determiners: frozenset[str]
    closeness_adjectives: frozenset[str]
    minor_title_words: frozenset[str]
    work_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    time_openers: frozenset[str]
    medium_prepositions: frozenset[str]
    addressee_prepositions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    association_heads: frozenset[str]
    party_openers: frozenset[str]
    negations: frozenset[str]
    noun_cues: frozenset[str]
    modifier_cues: frozenset[str]
    plural_noun_cues: frozenset[str]
    reflexive_idioms: frozenset[str]
    light_verbs: frozenset[str]
    content_nouns: frozenset[str]
    cardinals: frozenset[str]
    approximators: frozenset[str]
    count_bounds: frozenset[str]
    topic_prepositions: frozenset[str]
    target_prepositions: frozenset[str]
    turn_adverbs: frozenset[str]
    display_nouns: frozenset[str]
    ad_nouns: frozenset[str]
    ad_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    reaction_nouns: frozenset[str]
    reaction_agent_words: frozenset[str]
    reaction_agent_adverbs: frozenset[str]
    attack_cues: frozenset[str]
    copulas: frozenset[str]
    argument_prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    title_prefixes: frozenset[str]
    ad_relatives: frozenset[str]
    subject_joins: frozenset[str]
    non_subjects: frozenset[str]
    under_reaction_verbs: frozenset[str]
    place_head_roles: frozenset[str]
    state_government_modifiers: frozenset[str]
    national_government_modifiers: frozenset[str]
    party_chamber_words: frozenset[str]
    subject_pronouns: frozenset[str]
    reflexive_pronouns: frozenset[str]
    relatives: frozenset[str]
    purpose_verbs: frozenset[str]
    medium_clause_cues: frozenset[str]
    withdrawal_cues: frozenset[str]
    withdrawn_things: frozenset[str]
    stance_links: frozenset[str]
    stance_degrees: frozenset[str]
    stance_non_holders: frozenset[str]


@attrs.frozen(kw_only=True, eq=False)  # compared by identity, so stages can cache per lexicon
class Lexicon:
    """Everything the reading knows about words, names and organisations.

    Parameters
    ----------
    cue_forms : dict of str to tuple of (str, str)
        Inflected cue verb form (lower case) to ``(lemma, class)``, class being
        ``speech``, ``response`` or ``belief``.
    cue_phrases : dict of str to str
        Multiword cue (lower case, lemma form) to its kind (``source_after``,
        ``verb_particle``).
    titles : dict of str to tuple of (str, str)
        Title (lower case) to ``(organisation template, default country)``.
    title_words : frozenset of str
        The last word of every title, lower case (``"spokesperson"``, ``"state"``).
    organisations : dict of str to tuple of (str, str)
        Organisation alias (lower case) to ``(canonical name, country)``.
    places : dict of str to tuple of (str, str)
        Place name, demonym or abbreviation (as written) to ``(country, kind)``.
    honorifics : frozenset of str
        Courtesy titles, lower case, without a final period.
    given_names : frozenset of str
        Given names, as written (capitalised).
    family_name_first : frozenset of str
        Family names that, first in a name, mark family-name-first order.
    pronouns : dict of str to tuple of (str, str)
        Pronoun (lower case) to ``(gender, kind)``.
    non_names : frozenset of str
        Capitalised words that are not parts of personal names.
    source_nouns : frozenset of str
        Nouns heading a described speaker (``officials``, ``report``).
    cue_nouns : frozenset of str
        Nouns of saying or believing that take a content clause (``claim``, ``argument``: "the claim that ...").
    cue_noun_objects : dict of str to frozenset of str
        Nouns of saying, judging and deciding to the prepositions that open what their owner holds a stance
        on (``"criticism"`` -> ``{"of"}``: "his criticism of the court"; ``cue_noun_objects.tsv``).
    abbreviations : frozenset of str
        Words whose final period does not end a sentence (lower case, no period).
    word_abbreviations : frozenset of str
        Abbreviations that are also English words (``ill``, ``mass``): written in lower case they are the word.
    party_letters : dict of str to str
        A party's one-letter mark to its canonical name (``"D"`` -> Democratic Party; ``party_letters.tsv``).
    state_marks : dict of str to str
        A US state's abbreviation in a party mark, without a final period, to the state (``"Md"`` -> Maryland,
        ``"S.C"`` -> South Carolina; ``us_states.tsv``).
    party_mark_words : frozenset of str
        Lower-case words that may stand between a party word and the name it marks (``"presidential"``,
        ``"ranking"``; ``party_mark_words.txt``).
    genders : dict of str to str
        Given name or courtesy title (``"Ms"``) to the gender it usually marks (``m``/``f``).
    quoted_only_cues : frozenset of str
        Cue lemmas that report words only when they quote them (``"refer to"``).
    function_words : FunctionWords
        Closed-class word sets (prepositions, determiners, auxiliaries...).
    titles_by_country : dict of (str, str) to str
        ``(title, country)`` to the organisation template the title has in that country
        (``("chancellor", "United Kingdom")`` -> ``"HM Treasury"``).
    parties : dict of str to tuple of (str, str)
        Party alias (lower case) to ``(canonical name, country)`` (``"tories"`` -> Conservative Party).
    parties_by_country : dict of (str, str) to str
        ``(alias, country)`` to the canonical party the alias names in that country (``("greens", "Australia")``
        -> ``"Australian Greens"``; ``parties`` holds the first row's).
    role_words : frozenset of str
        Nouns that head a role (``"executive"``, ``"coach"``), lower case (``roles.tsv``).
    role_modifiers : frozenset of str
        Words that open or qualify a role when capitalised (``"acting"``, ``"deputy"``).
    body_nouns : frozenset of str
        Common nouns naming a kind of body (``"firm"``, ``"ministry"``).
    team_roles : frozenset of str
        Roles that after a place's name are in its side or its own government (``"Scotland manager"``,
        ``"Paris mayor"``): roles.tsv kinds ``team`` and ``city``.
    firm_roles : frozenset of str
        Roles whose holder, named with no body, speaks for the body last named (``"chief executive"``).
    bank_roles : frozenset of str
        Roles whose holder, named with no body, speaks for the bank opening a sentence just before (``"governor"``).
    court_roles : frozenset of str
        Roles whose holder, named with no body, speaks for the court the text names (``"judge"``).
    legislator_roles : frozenset of str
        Titles held in the legislature of the story's country (``"senator"``, ``"mp"``): roles.tsv kind ``legislator``.
    legislatures : frozenset of str
        Canonical names of the bodies those titles name in a country (``"United States Senate"``): a house of
        rivals, no one side.
    affiliating_verbs : frozenset of str
        Verbs of a relative clause tying a name to the body after it ("X, who heads Y"; ``affiliating_verbs.txt``).
    referring_bodies : frozenset of str
        Body nouns by which a role refers to the body last named (``"the club's manager"``, ``"a company spokesman"``).
    portfolio_words : frozenset of str
        Words naming a minister's portfolio (``"health"``, ``"housing"``): "Health Cabinet Secretary X" is a minister.
    minister_roles : frozenset of str
        Words heading a government minister's title (``"minister"``, ``"secretary"``): the holder speaks for the
        ministry the title names only when the article names it, else for the government (``ministers.py``).
    council_roles : frozenset of str
        Roles held in a local council (``"mayor"``, ``"councillor"``): the holder the text names with no body speaks
        for the council the text names (roles.tsv kind ``council``; ``councils.py``).
    courtesy_titles : frozenset of str
        Honorifics that are never a person's title (``"mr"``, ``"dr"``), lower case, no period.
    nicknames : dict of str to frozenset of str
        Given name (lower case) to the names it pairs with as formal name or nickname
        (``"mike"`` -> ``{"michael"}``, ``"michael"`` -> ``{"mike", "mickey"}``; ``nicknames.tsv``).
    media : dict of str to dict of str to str
        Words naming a statement's medium, by kind (``noun``, ``platform``, ``verb``), to the canonical
        medium (``media["noun"]["news conference"]`` -> ``"press conference"``; ``channels.tsv``).
    verb_forms : dict of str to frozenset of str
        A verb's irregular forms (``"make"`` -> ``{"made"}``; ``irregular_verbs.tsv``), for the first word of
        a phrasal cue whose verb ``cues.tsv`` does not list.
    """

    cue_forms: dict[str, tuple[str, str]]
    cue_phrases: dict[str, str]
    titles: dict[str, tuple[str, str]]
    title_words: frozenset[str]
    organisations: dict[str, tuple[str, str]]
    places: dict[str, tuple[str, str]]
    honorifics: frozenset[str]
    given_names: frozenset[str]
    family_name_first: frozenset[str]
    pronouns: dict[str, tuple[str, str]]
    non_names: frozenset[str]
    source_nouns: frozenset[str]
    abbreviations: frozenset[str]
    genders: dict[str, str]
    quoted_only_cues: frozenset[str]
    function_words: FunctionWords
    titles_by_country: dict[tuple[str, str], str] = attrs.Factory(dict)
    parties: dict[str, tuple[str, str]] = attrs.Factory(dict)
    parties_by_country: dict[tuple[str, str], str] = attrs.Factory(dict)
    role_words: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    team_roles: frozenset[str] = frozenset()
    courtesy_titles: frozenset[str] = frozenset()
    firm_roles: frozenset[str] = frozenset()
    bank_roles: frozenset[str] = frozenset()
    court_roles: frozenset[str] = frozenset()
    legislator_roles: frozenset[str] = frozenset()
    legislatures: frozenset[str] = frozenset()
    referring_bodies: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    minister_roles: frozenset[str] = frozenset()
    council_roles: frozenset[str] = frozenset()
    affiliating_verbs: frozenset[str] = frozenset()
    nicknames: dict[str, frozenset[str]] = attrs.Factory(dict)
    media: dict[str, dict[str, str]] = attrs.Factory(dict)
    cue_nouns: frozenset[str] = frozenset()
    cue_noun_objects: dict[str, frozenset[str]] = attrs.Factory(dict)
    verb_forms: dict[str, frozenset[str]] = attrs.Factory(dict)
    word_abbreviations: frozenset[str] = frozenset()
    party_letters: dict[str, str] = attrs.Factory(dict)
    state_marks: dict[str, str] = attrs.Factory(dict)
    party_mark_words: frozenset[str] = frozenset()


def _function_words(pronouns: dict[str, tuple[str, str]]) -> FunctionWords:
    sets = {name: frozenset(words.split()) for name, words in _rows("function_words.tsv", 2)}
    subject_pronouns = frozenset(p for p, (_, kind) in pronouns.items() if kind == "subject")
    sets["clause_starters"] |= sets["determiners"] | subject_pronouns
    reflexive_pronouns = frozenset(p for p, (_, kind) in pronouns.items() if kind == "reflexive")
    return FunctionWords(**sets, subject_pronouns=subject_pronouns, reflexive_pronouns=reflexive_pronouns,
                         relatives=sets["relative_pronouns"] | sets["subordinators"])


def _rows(name: str, columns: int) -> Iterator[list[str]]:
    """Yield the non-comment rows of a lexicon file, padded to ``columns`` fields."""
    text = (resources.files("quotetrack.lexicon") / "data" / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        yield (fields + [""] * columns)[:columns]


def _words(name: str) -> Iterator[str]:
    for (word,) in _rows(name, 1):
        yield word


@functools.cache
def load_lexicon() -> Lexicon:
    """Load the lexicons shipped with quotetrack (once per process).

    Returns
    -------
    Lexicon
        The parsed word lists.

    Examples
    --------
    >>> lexicon = load_lexicon()
    >>> lexicon.cue_forms["said"]
    ('say', 'speech')
    """
    cue_forms: dict[str, tuple[str, str]] = {}
    for lemma, cls, forms in _rows("cues.tsv", 3):
        for form in (forms or lemma).split():
            cue_forms.setdefault(form.lower(), (lemma.lower(), cls))
    cue_phrase_rows = list(_rows("cue_phrases.tsv", 3))
    cue_phrases = {phrase.lower(): kind for phrase, kind, _ in cue_phrase_rows}
    title_rows = list(_rows("titles.tsv", 3))
    titles: dict[str, tuple[str, str]] = {}
    titles_by_country: dict[tuple[str, str], str] = {}
    for title, org, country in title_rows:
        titles.setdefault(title.lower(), (org, country))
        if country:
            titles_by_country.setdefault((title.lower(), country), org)
    title_words = frozenset(title.split()[-1] for title in titles)
    organisations: dict[str, tuple[str, str]] = {}
    for canonical, country, aliases in _rows("organisations.tsv", 3):
        for alias in [canonical, *aliases.split("|")]:
            if alias.strip():
                organisations.setdefault(alias.strip().lower(), (canonical, country))
    parties: dict[str, tuple[str, str]] = {}
    parties_by_country: dict[tuple[str, str], str] = {}
    for canonical, country, aliases in _rows("parties.tsv", 3):
        for alias in [canonical, *aliases.split("|")]:
            if alias.strip():
                parties.setdefault(alias.strip().lower(), (canonical, country))
                parties_by_country.setdefault((alias.strip().lower(), country), canonical)
                organisations.setdefault(alias.strip().lower(), (canonical, country))
    roles = list(_rows("roles.tsv", 2))
    legislator_roles = frozenset(w for w, kind in roles if kind == "legislator")
    legislatures = frozenset(  # the bodies a legislator's title names in their country ("Senate of Brazil")
        name for name, country in set(organisations.values()) if country and any(
            titles[t][0].replace("{country}", country).lower() in organisations
            and organisations[titles[t][0].replace("{country}", country).lower()][0] == name
            for t in legislator_roles if t in titles))
    media: dict[str, dict[str, str]] = {}
    for words, medium, kind in _rows("channels.tsv", 3):
        media.setdefault(kind, {})[words.lower()] = medium
    places = {name: (country, kind) for name, country, kind in _rows("places.tsv", 3)}
    pronouns = {p.lower(): (gender, kind) for p, gender, kind in _rows("pronouns.tsv", 3)}
    honorific_entries = list(_words("honorifics.txt"))
    honorifics = frozenset(w.lower().rstrip(".") for w in honorific_entries)
    # "Sen." and "Lt. Gov." are abbreviations; "President." and "Senator." end sentences.
    dotted = {part.lower().rstrip(".") for entry in honorific_entries for part in entry.split() if part.endswith(".")}
    abbreviations = frozenset(_words("abbreviations.txt")) | dotted
    return Lexicon(
        cue_forms=cue_forms,
        cue_phrases=cue_phrases,
        titles=titles,
        title_words=title_words,
        organisations=organisations,
        places=places,
        honorifics=honorifics,
        given_names=frozenset(_words("given_names.txt")),
        family_name_first=frozenset(_words("family_name_first.txt")),
        pronouns=pronouns,
        non_names=frozenset(_words("non_names.txt")),
        source_nouns=frozenset(_words("source_nouns.txt")) | {t.split()[-1] for t in titles if not t.endswith(".")},
        genders={name: g for name, g in [*_rows("given_name_genders.tsv", 2), *_rows("honorific_genders.tsv", 2)]},
        abbreviations=abbreviations | {t.rstrip(".") for t in titles if t.endswith(".") and " " not in t},
        quoted_only_cues=frozenset(p.lower() for p, _, flags in cue_phrase_rows if "quoted_only" in flags.split()),
        function_words=_function_words(pronouns),
        titles_by_country=titles_by_country,
        parties=parties,
        parties_by_country=parties_by_country,
        role_words=frozenset(w for w, kind in roles if kind == "role"),
        role_modifiers=frozenset(w for w, kind in roles if kind == "modifier"),
        body_nouns=frozenset(w for w, kind in roles if kind == "body"),
        team_roles=frozenset(w for w, kind in roles if kind in {"team", "city"}),
        firm_roles=frozenset(w for w, kind in roles if kind == "firm"),
        bank_roles=frozenset(w for w, kind in roles if kind == "bank"),
        court_roles=frozenset(w for w, kind in roles if kind == "court"),
        legislator_roles=legislator_roles,
        legislatures=legislatures,
        referring_bodies=frozenset(w for w, kind in roles if kind == "referring"),
        portfolio_words=frozenset(w for w, kind in roles if kind == "portfolio"),
        minister_roles=frozenset(w for w, kind in roles if kind == "minister"),
        council_roles=frozenset(w for w, kind in roles if kind == "council"),
        affiliating_verbs=frozenset(_words("affiliating_verbs.txt")),
        courtesy_titles=frozenset(w.lower() for w in _words("courtesy_titles.txt")),
        nicknames=_nicknames(),
        media=media,
        cue_nouns=frozenset(_words("cue_nouns.txt")),
        cue_noun_objects={noun: frozenset(words.split()) for noun, words in _rows("cue_noun_objects.tsv", 2)},
        verb_forms={verb: frozenset(forms.split()) for verb, forms in _rows("irregular_verbs.tsv", 2)},
        word_abbreviations=frozenset(_words("word_abbreviations.txt")),
        party_letters=dict(_rows("party_letters.tsv", 2)),
        state_marks={mark.rstrip("."): state for state, marks in _rows("us_states.tsv", 2)
                     for mark in marks.split("|")},
        party_mark_words=frozenset(_words("party_mark_words.txt")),
    )


def _nicknames() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for formal, forms in _rows("nicknames.tsv", 2):
        for form in forms.split("|"):
            if form.strip():
                pairs.setdefault(formal.lower(), set()).add(form.strip().lower())
                pairs.setdefault(form.strip().lower(), set()).add(formal.lower())
    return {name: frozenset(others) for name, others in pairs.items()}


_TRIE_MAX = 200  # characters: past this a phrase's nested groups would go too deep; the plain alternation then


def place_country(text: str, lexicon: Lexicon) -> str | None:
    """The canonical country of a place name or demonym (``"Chinese"`` -> ``"China"``).

    Examples
    --------
    >>> place_country("Chinese", load_lexicon())
    'China'
    """
    entry = lexicon.places.get(text) or lexicon.places.get(text.strip().removeprefix("the ").strip())
    return entry[0] if entry else None


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regular expression matching what the alternation of ``phrases``, longest first, matches: as a trie.

    ``re`` tries an alternation's branches one by one at every position of the text; the trie shares the
    branches' common beginnings, so each position costs a character or two instead of a try per phrase
    (about 14 times faster on the response cues). Longer phrases are still tried first, so a match is the
    longest phrase at its position that the rest of the pattern accepts, as with ``"|".join`` longest first.

    Examples
    --------
    >>> phrase_alternation(["denied", "deny", "denies", "den"])
    'den(?:(?:ie(?:d|s)|y))?'
    >>> import re
    >>> re.findall(rf"\\b(?:{phrase_alternation(['hit', 'hit back'])})\\b", "They hit back, hit hard.")
    ['hit back', 'hit']
    """
    unique = sorted(set(phrases), key=len, reverse=True)
    if any(len(p) > _TRIE_MAX for p in unique) or "" in unique:
        return "|".join(re.escape(p) for p in unique)
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in unique:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _render_trie(trie)


def _render_trie(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """The pattern of a trie of :func:`phrase_alternation` (a function of the module: a nested one calling itself
    would make a reference cycle at each call)."""
    branches = [re.escape(ch) + _render_trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # the longer phrases first, then the one ending here
