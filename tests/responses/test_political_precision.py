"""Signs that were wrong more often than right on political news: a restatement with no frame, and a
continuation after the speaker has moved on."""

from __future__ import annotations

import pytest


HART_JENSEN = ("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Senator Mark Jensen hit back "
               "at Hart, saying the cut would drain the schools budget. \"The schools need every dollar,\" Jensen "
               "said.")


@pytest.mark.parametrize("text", [
    pytest.param("Acme Motors chief executive Paul Grey said the Leeds plant had lost money for five years. Union "
                 "leader Kath Brown said the claim that the Leeds plant had lost money for five years was false.",
                 id="the-claim-that"),
    pytest.param("Secretary of State Mike Pompeo said the trade agreement with Beijing had collapsed completely. "
                 "Chinese Foreign Minister Wang Yi said the notion that the trade agreement had collapsed was absurd.",
                 id="the-notion-that"),
])
def test_a_restatement_framed_as_a_claim_answers_its_author(text, pairs):
    assert any(evidence == "restatement" for _, _, evidence in pairs(text))


@pytest.mark.parametrize("text", [
    pytest.param("Acme Motors chief executive Paul Grey said the Leeds plant had lost money for five years. Union "
                 "leader Kath Brown said the Leeds plant had lost money for five years because of poor management.",
                 id="same-event-told-twice"),
    pytest.param("Secretary of State Mike Pompeo said the trade agreement with Beijing had collapsed completely. "
                 "Chinese Foreign Minister Wang Yi said the trade agreement had collapsed because Washington walked "
                 "away.", id="shared-words-no-frame"),
])
def test_shared_words_alone_answer_nobody(text, pairs):
    assert pairs(text) == set()


@pytest.mark.parametrize(("tail", "continues"), [
    pytest.param(" \"Teachers will lose their jobs and classes will grow,\" he added.", True, id="same-paragraph"),
    pytest.param("\n\n\"Teachers will lose their jobs,\" Jensen said.", True, id="quote-in-next-paragraph"),
    pytest.param("\n\nJensen said he would visit three farms in the north of the state on Friday.", False,
                 id="narrated-in-next-paragraph"),
    pytest.param("\n\nOn Tuesday he flew to Denver for a fundraiser.\n\n\"I will visit three farms on Friday,\" "
                 "Jensen said.", False, id="two-paragraphs-on"),
])
def test_a_continuation_stays_close_to_the_response(tail, continues, pairs):
    pairs = pairs(HART_JENSEN + tail)
    assert ("Mark Jensen", "Lisa Hart", "continuation") in pairs if continues else \
        all(evidence != "continuation" for _, _, evidence in pairs)


POMPEO_SAID = "Secretary of State Mike Pompeo said on Monday that the talks had stalled. "


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Chinese Foreign Ministry spokesperson Zhao Lijian said Pompeo was spreading rumours again.", False,
                 id="narrated-opening-with-the-name"),
    pytest.param('"Pompeo keeps spreading rumours," Chinese Foreign Ministry spokesperson Zhao Lijian said.', True,
                 id="quote-opens-with-the-name"),
    pytest.param("Chinese Foreign Ministry spokesperson Zhao Lijian said Beijing had sent a letter to Pompeo about "
                 "the visit.", False, id="name-further-in"),
    pytest.param("Chinese Foreign Ministry spokesperson Zhao Lijian said China would work with other members of the "
                 "Pompeo delegation on trade.", False, id="name-as-a-modifier"),
])
def test_a_name_alone_answers_only_when_a_quotation_opens_with_it(said, answers, pairs):
    assert (("Zhao Lijian", "Mike Pompeo", "mention") in pairs(POMPEO_SAID + said)) is answers


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Ruth Ellis said on Monday that the state budget was balanced. Governor Sam Ortiz said the "
                 "deficit would grow. Mayor Ann Cole pointed to Ellis's record on schools and praised her for the new "
                 "budget.", ("Ann Cole", "Ruth Ellis"), id="named-after-the-latest-speaker"),
    pytest.param("Home Secretary Yvette Cooper said the new border unit would cut crossings. Shadow home secretary "
                 "Chris Philp dismissed her plan as a gimmick, saying it would not work.",
                 ("Chris Philp", "Yvette Cooper"), id="nobody-named-between"),
])
def test_a_pronoun_object_stands_for_the_party_named_last(text, pair, pairs):
    assert (*pair, "pronoun") in pairs(text)


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Governor Lisa Hart said on Monday that judges should stay out of the race. Senate leader Tom "
                 "Becker said that it was wrong for Judge Anna Lee to criticize Hart. He said judges should never "
                 "weigh in on elections.", None, id="for-another-to-criticize"),
    pytest.param("Governor Lisa Hart said on Monday that judges should stay out of the race. Senate leader Tom "
                 "Becker criticized Hart. He said judges were free to speak.", ("Tom Becker", "Lisa Hart"),
                 id="his-own-criticism"),
])
def test_a_cue_with_its_own_subject_after_for_is_not_the_speakers(text, pair, pairs):
    found = {(s, t) for s, t, _ in pairs(text)}
    assert (pair in found) if pair else not any(s == "Tom Becker" for s, _ in found)


@pytest.mark.parametrize(("text", "answers"), [
    pytest.param("\"We will take this fight to the convention,\" Senator Mark Jensen said. Aides have also "
                 "suggested Jensen's plan for free college is something he will push in the platform.", False,
                 id="aides-of-the-candidate"),
    pytest.param("\"We will take this fight to the convention,\" Senator Mark Jensen said. Aides dismissed "
                 "Jensen's plan as a fantasy.", True, id="aides-with-a-cue"),
])
def test_bare_aides_answer_only_by_a_cue(text, answers, pairs):
    assert any(s == "Aides" for s, _, _ in pairs(text)) is answers


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Senator Mark Jensen said "
                 "the cut would drain the schools. In the debate she needs to temper her attacks on Jensen, which "
                 "critics say have made her look angry.", None, id="critics-after-her-attacks"),
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Senator Mark Jensen said "
                 "the cut would drain the schools. Hart stepped up her attacks on Jensen, saying he had never "
                 "balanced a budget.", ("Lisa Hart", "Mark Jensen"), id="her-own-attacks"),
])
def test_a_cue_owned_by_a_possessive_of_another_is_not_the_speakers(text, pair, pairs):
    found = {(s, t) for s, t, _ in pairs(text)}
    assert (pair in found) if pair else not any(s == "critics" for s, _ in found)


@pytest.mark.parametrize(("text", "principal"), [
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Hart campaign spokesman Tom "
                 "Reyes said Hart's plan would save families money.", True, id="name-before-role"),
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Her campaign manager, Tom "
                 "Reyes, said Hart's plan would save families money.", True, id="her-campaign-manager"),
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Tom Reyes, an adviser to "
                 "Hart, said Hart's plan would save families money.", True, id="adviser-to"),
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Senator Mark Jensen said "
                 "the cut would drain the schools. Jensen campaign spokesman Tom Reyes said Hart's plan would cost "
                 "families money.", False, id="the-rivals-spokesman"),
])
def test_one_who_works_for_a_party_does_not_answer_it(text, principal, pairs):
    assert (("Tom Reyes", "Lisa Hart") not in {(s, t) for s, t, _ in pairs(text)}) is principal


@pytest.mark.parametrize(("text", "target"), [
    pytest.param("Senator Mark Jensen said the governor had lied about the budget. Governor Lisa Hart backed her "
                 "treasurer up in an interview last week on NBC News, saying the books were sound.", "NBC News",
                 id="medium-a-few-words-before-on"),
])
def test_a_broadcaster_after_a_medium_noun_is_no_target(text, target, pairs):
    assert not any(t == target for _, t, _ in pairs(text))


def test_a_former_aide_speaks_for_themself(pairs):
    text = ("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Formerly one of Hart's closest "
            "aides, Tom Reyes said Hart's plan was a sensible thing to do.")
    assert ("Tom Reyes", "Lisa Hart") in {(s, t) for s, t, _ in pairs(text)}


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Mark Jensen demanded that the network give the fee to charity. According to Variety, the "
                 "network has answered the demand. \"No,\" replied Tom Reyes.", ("Tom Reyes", "Variety"),
                 id="according-to-a-publication"),
])
def test_the_source_of_a_report_is_no_turn(text, pair, pairs):
    assert pair not in {(s, t) for s, t, _ in pairs(text)}


@pytest.mark.parametrize("text", [
    pytest.param("Governor Lisa Hart said on Monday she would stay in the race. Among the big spenders is a super PAC "
                 "supporting retired surgeon Lisa Hart's fading campaign for the nomination.",
                 id="described-candidate"),
    pytest.param("Governor Lisa Hart said on Monday she would stay in the race. Acme Holdings, which has been "
                 "supporting retired surgeon Lisa Hart's fading campaign, said it would spend $2 million on ads.",
                 id="a-backer-that-speaks"),
])
def test_support_for_a_candidacy_is_a_pledge(text, pairs):
    assert not any(t == "Lisa Hart" for _, t, _ in pairs(text))


@pytest.mark.parametrize(("text", "pair", "found"), [
    pytest.param("Senator Mark Jensen said the firm should close its sites. Paul Grey, chief executive of Acme, said "
                 "that in one case activists criticized his company for keeping sites online. \"It is risky to ask "
                 "firms to judge politics,\" Grey said.", ("Paul Grey", "Mark Jensen"), False,
                 id="group-before-the-cue"),
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. At a rally, Senator Mark "
                 "Jensen showed the crowd a clip of Governor Lisa Hart awkwardly trying to defend Senator Ruth "
                 "Ellis's honesty. \"Let me help you out, the answer is no,\" he said.", ("Mark Jensen", "Ruth Ellis"),
                 False, id="another-party-trying-to"),
    pytest.param("Governor Lisa Hart said on Monday that the state would cut fuel taxes. Senator Mark Jensen sharply "
                 "criticized Hart, calling the cut reckless.", ("Mark Jensen", "Lisa Hart"), True, id="own-cue"),
])
def test_a_cue_with_a_subject_of_its_own_after_the_speaker_is_not_theirs(text, pair, found, pairs):
    assert (pair in {(s, t) for s, t, _ in pairs(text)}) is found
