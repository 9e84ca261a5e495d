"""Tests of the issue-14 direct and mixed rows of branch ``dqm`` (docs/evaluation.md, "dqm")."""

from __future__ import annotations

import pytest

import quotetrack


def spoken_by(text: str, expected: str, speaker: str) -> bool:
    """Whether the reading of ``text`` has one statement reading ``expected``, said by ``speaker``."""
    found = [s for s in quotetrack.read(text).statements if s.text == expected]
    return len(found) == 1 and found[0].speaker is not None and found[0].speaker.name == speaker

# id: (text, the text of the mixed statement, its speaker's name)
QUOTED_CONTENT = {
    "remark": ('Governor Tom Reed stood by his remark that "the tax is theft," refusing to apologize.',
               'that "the tax is theft,"', "Tom Reed"),
    "claim-of-a-name": ('Residents were angered by Mayor Ann Dale\'s claim that "nobody was warned" before the flood.',
                        'that "nobody was warned" before the flood', "Ann Dale"),
    "assertion": ('Economists were unmoved by Senator Jo Hale\'s assertion that "the plant will close" next year.',
                  'that "the plant will close" next year', "Jo Hale"),
}


@pytest.mark.parametrize("case", QUOTED_CONTENT)
def test_a_cue_nouns_content_clause_may_open_with_quoted_words(case):
    """'his remark that "..."': a content clause whose first words are quoted is the noun owner's statement."""
    text, expected, speaker = QUOTED_CONTENT[case]
    found = [s for s in quotetrack.read(text).statements if s.kind == "mixed"]
    assert [s.text for s in found] == [expected]
    assert found[0].speaker is not None and found[0].speaker.name == speaker


def test_an_infinitive_is_no_cue_noun():
    """'to report that "..."': the infinitive of a verb, not the noun "report" with an owner before it."""
    text = 'Its hosts do not hesitate to report that "the data is still unclear," as one anchor put it.'
    assert not any(s.cue is not None and s.cue.text == "report" for s in quotetrack.read(text).statements)


# id: (text, the text of the statement, its speaker's name)
RELATIVE_AFTER_FROM = {
    "reaction-from": ('The remarks drew a sharp reaction from Governor Ann Dale, who called the senator '
                      '"unfit to lead" the state.', 'the senator "unfit to lead" the state', "Ann Dale"),
    "praise-from": ('The budget won praise from Tom Reed, who called it "long overdue."', 'it "long overdue."',
                    "Tom Reed"),
    "endorsed-by": ('The plan was endorsed by Senator Jo Hale, who said it would "save lives."',
                    'it would "save lives."', "Jo Hale"),
}


@pytest.mark.parametrize("case", RELATIVE_AFTER_FROM)
def test_a_relative_clause_after_from_or_by_a_name_is_the_names(case):
    """'a reaction from X, who called ...', 'endorsed by X, who said ...': the named antecedent speaks."""
    assert spoken_by(*RELATIVE_AFTER_FROM[case])


def test_a_relative_clause_after_of_a_name_stays_unsure():
    """'a backer of Tom Reed, who said ...': the antecedent may be the backer; no statement is given to Reed."""
    text = 'A longtime backer of Tom Reed, who said the tax was "a disgrace," left the party.'
    assert not any(s.speaker is not None and s.speaker.name == "Tom Reed" for s in quotetrack.read(text).statements)


# id: (text, the text of the statement, its speaker's name)
ABBREVIATED_ANTECEDENT = {
    "junior": ('It drew a harsh response from Tom Reed Jr., who suggested in a radio interview that Mr. Hale was '
               'trying to "stay relevant."', 'that Mr. Hale was trying to "stay relevant."', "Tom Reed Jr"),
    "company": ('The deal was announced by Acme Inc., which said the merger would "create value" for its owners.',
                'the merger would "create value" for its owners', "Acme Inc"),
}


@pytest.mark.parametrize("case", ABBREVIATED_ANTECEDENT)
def test_a_relative_clause_after_a_name_ending_in_an_abbreviation(case):
    """'Tom Reed Jr., who said ...': the period of the name's abbreviation does not hide the antecedent."""
    assert spoken_by(*ABBREVIATED_ANTECEDENT[case])


# id: (text, the mixed statement): a relative clause ends with its quotation before the main verb
RELATIVE_ENDS = {
    "voted": ('Tom Reed, who has called the plan "deeply flawed," voted against it on Monday.',
              'the plan "deeply flawed,"'),
    "described-as": ('The mayor, who described the levy as "unfair to renters," walked out of the meeting.',
                     'the levy as "unfair to renters,"'),
}


def test_a_comma_inside_a_quotation_that_goes_on_ends_nothing():
    """'who said the plan was "a mess, defeated ..."': a comma inside a quotation that goes on ends nothing."""
    text = 'Ann Dale, who said the plan was "a mess, defeated by its own costs," is running again.'
    assert 'the plan was "a mess, defeated by its own costs,"' in [s.text for s in quotetrack.read(text).statements]


# id: (text, the text of the participle's statement, its speaker's name)
ADVERB_BEFORE_PARTICIPLE = {
    "after-repeatedly": ('Hale reached out to senators after repeatedly dismissing them as part of the '
                         '"Washington elite" on the trail.',
                         'them as part of the "Washington elite" on the trail', "Hale"),
    "comma-publicly": ('The mayor defended the budget, publicly calling it "the best in a decade."',
                       'it "the best in a decade."', "The mayor"),
}


@pytest.mark.parametrize("case", ADVERB_BEFORE_PARTICIPLE)
def test_a_manner_adverb_before_a_participle_cue(case):
    """'after repeatedly dismissing them as "..."': the adverb leaves the participle the sentence subject's."""
    assert spoken_by(*ADVERB_BEFORE_PARTICIPLE[case])


# id: (text, the mixed statement): the writer's words after an unclaimed quotation finish its clause
CARRIED_ON = {
    "or-to": ('The senator said he would not back Reed. "After much thought, I have concluded that Tom Reed lacks the '
              'temperament to hold the office" or to control the state\'s budget.',
              '"After much thought, I have concluded that Tom Reed lacks the temperament to hold the office" or to '
              "control the state's budget"),
    "that": ('The county answered in court. "If the clerk finds more records, the county intends to search them for '
             'files" that would answer the request from the Tribune.',
             '"If the clerk finds more records, the county intends to search them for files" that would answer the '
             "request from the Tribune"),
}


@pytest.mark.parametrize("case", [*RELATIVE_ENDS, *CARRIED_ON])
def test_where_a_mixed_statement_ends(case):
    """'X, who called the plan "deeply flawed," voted ...': the main clause resumes after the quotation's comma;
    '"... hold the office" or to control the budget': the writer's words after the marks finish the clause."""
    text, expected = RELATIVE_ENDS.get(case) or CARRIED_ON[case]
    assert expected in [s.text for s in quotetrack.read(text).statements if s.kind == "mixed"]


def test_a_noun_after_a_quoted_label_is_no_continuation():
    """'"Make the State Great Again" hats': a noun after the marks is the label's, no statement goes on."""
    text = 'Fans waved banners at the rally. "Make the State Great Again" hats were sold out by noon.'
    assert not any(s.kind == "mixed" for s in quotetrack.read(text).statements)


@pytest.mark.parametrize("text", [
    'Sooner or later, the governor told reporters, "it starts to pay off."',
    'The governor told the crowd in Ohio, "it starts to pay off."',
])
def test_a_quotation_after_the_addressee_is_direct(text):
    """'told reporters, "it starts ..."': the addressee between the cue and the comma is no clause quoting words."""
    found = [(s.kind, s.text) for s in quotetrack.read(text).statements]
    assert ("direct", "it starts to pay off.") in found and not any(kind == "mixed" for kind, _ in found)


def test_a_setting_before_a_lower_case_quotation_keeps_it_a_clause():
    """'said in 2009, "it starts ..."': words other than an addressee make a clause that quotes words."""
    found = [s.kind for s in quotetrack.read('The governor said in 2009, "it starts to pay off."').statements]
    assert found == ["mixed"]
