"""Responses to bodies and acts, passive cues, and the signs that must not make an edge (issue 13).

Every sentence here is written for these tests, in the style of news reports.
"""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.lexicon import load_lexicon
from quotetrack.model import Speaker
from quotetrack.responses.acts import find_acts
from quotetrack.responses.parties import Candidate, Names
from quotetrack.responses.passive import find_passives
from quotetrack.responses.words import response_words


def _responses(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(r.source, r.target, r.evidence, r.stance) for r in quotetrack.read(text, id="t").responses}


# story id: (text, the one expected (source, target, evidence, stance)) at the reporting floor
REPORTED = {
    "claim-named-by-said": (
        "Senator Ruth Ellis said the talks had failed. Governor Sam Ortiz denied the claim in a CNN interview "
        "on Sunday.",
        ("Sam Ortiz", "Ruth Ellis", "author", "rebuts")),
    "report-named-in-narration": (
        "Harlow Motors will close its Leeds plant, the Financial Times has reported. But Harlow Motors told the "
        "BBC that reports of the closure were speculation.",
        ("Harlow Motors", "Financial Times", "contrast", None)),
    "role-in-a-possessive": (
        "Chancellor Rachel Reeves said on Monday that the budget would raise taxes on banks. Shadow chancellor "
        "Mel Stride dismissed the chancellor's plan, saying it was a raid on savers.",
        ("Mel Stride", "Rachel Reeves", "role", "rejects")),
    "role-after-a-title-word": (
        "Health Secretary Wes Streeting said waiting lists would fall by spring. Nurses union leader Pat Cullen "
        "rejected the health secretary's claims, saying wards were full.",
        ("Pat Cullen", "Wes Streeting", "role", "rejects")),
    "stance-cue-weighs-for-the-topic": (
        "Chancellor Rachel Reeves announced a rise in employers' national insurance on Wednesday. Business groups "
        "warned that the rise would cost jobs.",
        ("Business groups", "Rachel Reeves", "topic", None)),
    "a-claim-takes-a-side-on-the-topic": (
        "The Harbour Council raised parking charges on Monday. The Harbour Traders Association claims that shop "
        "owners were never consulted over the rise.",
        ("Harbour Traders Association", "Harbour Council", "topic", None)),
    "party-speaking-of-an-act": (
        "President Joe Biden unveiled a $2 trillion infrastructure plan on Wednesday. Republicans said the plan "
        "was a tax grab.",
        ("Republicans", "Joe Biden", "topic", None)),
    "role-possessive-names-the-author-of-a-topic": (
        "Chancellor Rachel Reeves said taxes would rise by £40bn. Shadow chancellor Mel Stride said the "
        "chancellor's plan was a betrayal of working people.",
        ("Mel Stride", "Rachel Reeves", "topic", None)),
    "possessive-names-the-author": (
        "Senator Ruth Ellis said on Monday that the governor had misled voters. Governor Sam Ortiz said "
        "Ellis's claim was absurd.",
        ("Sam Ortiz", "Ruth Ellis", "owner", None)),
    "defence-before-the-prosecution-in-its-paragraph": (
        "The former chief executive is on trial in New York. Defence lawyer Richard Hale said his client had never "
        "seen the accounts. Prosecutors claim that losses were hidden from investors.",
        ("Richard Hale", "Prosecutors", "defence", None)),
    "protest-of-innocence-answers-the-accuser": (
        "Prosecutors allege that the former mayor Tom Hale took bribes from builders.\n\nThe trial is expected "
        "to last a month.\n\nMr Hale has firmly declared his innocence.",
        ("Tom Hale", "Prosecutors", "innocence", None)),
    "group-taken-up-by-its-head-noun": (
        "Belarusian authorities detained the blogger Ivan Petrov in March. Free Press Trust director Anna Berg "
        "said: \"The authorities are trying to silence every critic.\"",
        ("Anna Berg", "Belarusian authorities", "group", None)),
    "act-author-named-in-narration": (
        "The Marlow Water Company raised its charges by 12% on Monday. Consumer campaigner Jill Ray condemned "
        "the decision, saying families could not afford it.",
        ("Jill Ray", "Marlow Water Company", "author", "rejects")),
    "act-author-as-agent": (
        "Senator Ruth Ellis said the budget was fair. On Friday the bill was passed by the Senate. Mayor Tom "
        "Reid criticised the bill, saying cities would lose money.",
        ("Tom Reid", "United States Senate", "author", "rejects")),
    "charges-go-to-the-accuser": (
        "Prosecutors argued that the three banks had rigged currency markets for years. The banks denied the "
        "charges, saying they had acted within the law.",
        ("The banks", "Prosecutors", "author", "rebuts")),
    "first-person-cue-in-quote": (
        'The Football Association charged Rovers with breaking spending rules on Friday. "We reject these '
        'allegations entirely," said Tom Hale, a lawyer for the club.',
        ("Tom Hale", "Football Association", "author", "rejects")),
    "noun-names-the-earlier-statement": (
        "Union leader Kath Brown warned that the factory would close. But the Delmont Motor Company dismissed "
        "the warnings, saying the plant had a future.",
        ("Delmont Motor Company", "Kath Brown", "author", "rejects")),
    "passive-agent-speaks": (
        "Mayor Tom Reid said the new stadium would bring jobs. Within days the plan was attacked by councillor "
        "Ann Pike. Pike said the stadium would cost the town dearly.",
        ("Ann Pike", "Tom Reid", "passive", "rejects")),
    "passive-subject-answers": (
        'Leon Marsh was criticised by manager Paul Grey after the defeat. "I gave everything on the pitch," '
        "said Marsh.",
        ("Leon Marsh", "Paul Grey", "answer", "rejects")),
    "unnamed-agent-named-by-the-group-speaking-next": (
        "The Delmont Motor Company unveiled a plan to close its Leeds plant on Monday. Within hours the plan came "
        "under fire from several quarters. Many residents said the closure would ruin the town.",
        ("Many residents", "Delmont Motor Company", "reaction", "rejects")),
    "in-light-of-inside-the-statement": (
        "Judge Ann Lee ruled on Monday that the merger could go ahead. The Acme Corporation said it would review "
        "its options in light of the ruling.",
        ("Acme Corporation", "Ann Lee", "author", "neutral")),
    "possessive-act": (
        "Mayor Tom Reid's parking plan was published on Monday. Shop owner Ann Pike attacked the plan, saying "
        "customers would stay away.",
        ("Ann Pike", "Tom Reid", "author", "rejects")),
    "insist-answers-the-previous-speaker": (
        "Union leader Kath Brown said the plant closure was a betrayal. But the Delmont Motor Company insisted "
        "that Brown had been told of the plan in May.",
        ("Delmont Motor Company", "Kath Brown", "turn", "defends")),
    "group-named-with-what-it-opposes": (
        "Transport Secretary Ann Lee announced plans for a third runway on Monday. Opponents of the runway said it "
        "would ruin the village.",
        ("Opponents of the runway", "Ann Lee", "reaction", None)),
    "a-group-the-cue-names": (
        "City manager Paul Grey has accused the club's young players of lacking pride after the defeat.",
        ("Paul Grey", "club's young players", "cue", "rejects")),
    "the-statement-names-the-author-of-an-act": (
        "Water bills will rise by 12% in April. Consumer campaigner Jill Ray said the European Commission advice "
        "misled families.",
        ("Jill Ray", "European Commission", "owner", None)),
    "the-statement-names-the-possessor-of-an-act": (
        "Water bills will rise by 12% in April. Consumer campaigner Jill Ray said the European Commission's new "
        "plan would hurt families.",
        ("Jill Ray", "European Commission", "owner", None)),
    "the-defence-answers-the-prosecution": (
        "Prosecutors said the former bank chief had hidden losses from investors for years. Defence lawyer Richard "
        "Hale said his client would plead not guilty.",
        ("Richard Hale", "Prosecutors", "defence", None)),
    "a-narrated-rejection-answers-the-acts-author": (
        "Mayor Tom Reid announced a ban on cars in the old town. Shop owner Ann Pike rejected the ban as "
        "unworkable.",
        ("Ann Pike", "Tom Reid", "author", "rejects")),
    "short-form-goes-by-the-name-spelled-out": (
        "On Monday the Northern Rowing Federation banned two rowers for a year. Lisa Hart, their agent, said the "
        "rowers would appeal. But the NRF insisted that the rowers had been warned.",
        ("Northern Rowing Federation", "Lisa Hart", "turn", "defends")),
    "lexicon-short-form-goes-by-the-canonical-name": (
        "Dan Moss, the sprinters' coach, said they had been treated unfairly. But the IAAF insisted that the "
        "sprinters had missed three tests.",
        ("International Association of Athletics Federations", "Dan Moss", "turn", "defends")),
    # a body named only by a description, answered through the act a cue names (described.py)
    "described-committee-ordered": (
        "A Senate ethics committee has ordered an inquiry into the senator's travel spending. Senator Dale Price "
        "welcomed the decision, saying he had nothing to hide.",
        ("Dale Price", "Senate ethics committee", "author", "supports")),
    "described-court-blocked": (
        "A federal appeals court on Tuesday blocked the state's new voting map. Governor Sam Ortiz condemned the "
        "ruling, saying the map was fair.",
        ("Sam Ortiz", "federal appeals court", "author", "rejects")),
    "described-panel-after-a-comma": (
        "Earlier this month, a three-judge appeal court panel rejected the claim in a 2-1 decision. Justice "
        "Department lawyers criticised the ruling, saying the panel had misread the law.",
        ("Justice Department lawyers", "three-judge appeal court panel", "author", "rejects")),
    "described-commission-fined": (
        "A parliamentary standards commission has fined the former minister Ann Pike for breaking lobbying rules. "
        "Pike rejected the decision as unfair.",
        ("Ann Pike", "parliamentary standards commission", "author", "rejects")),
    # one who speaks for the one sanctioned answers the sanctioner (representation.py)
    "representative-spokesman-after-a-fine": (
        "The Senate ethics committee fined Senator Tom Hale for misusing campaign funds. Hale's spokesman Dan Roe "
        "said the senator would appeal.",
        ("Dan Roe", "Senate ethics committee", "representative", None)),
    "representative-management-company-after-a-suspension": (
        "The Northern Rowing Federation has suspended Olympic champion Kate Lyle for missing three drugs tests. "
        "Bright Sports, Lyle's management company, said she had never been told of the tests.",
        ("Bright Sports", "Northern Rowing Federation", "representative", None)),
    "representative-agent-after-issued-the-ban": (
        "The Northern Rowing Federation issued the ban after Kate Lyle failed to attend a training camp. Lyle's "
        "agent, Tom Reid, said she had been injured.",
        ("Tom Reid", "Northern Rowing Federation", "representative", None)),
    "the-sentencing-court-is-the-author": (
        "Governor Sam Ortiz was sentenced by a federal court in May. Senator Ruth Ellis attacked the ruling, saying "
        "it was too lenient.",
        ("Ruth Ellis", "federal court", "author", "rejects")),
    "representative-lawyer-after-a-passive-sentence-by-a-described-court": (
        "Blogger Omid Rezai was arrested in March. Mr Rezai, who edits a weekly paper, was sentenced by a "
        "revolutionary court in Tabriz on Monday. Mr Rezai's lawyer called the verdict unjust.",
        ("Mr Rezai's lawyer", "revolutionary court", "representative", None)),
    "representative-attorney-after-a-passive-fine": (
        "Former mayor Tom Hale was fined by a county ethics board in May. Hale's attorney, Ann Pike, said the fine "
        "was unlawful.",
        ("Ann Pike", "county ethics board", "representative", None)),
    # the two sides of a debate: the later group answers the other (groups.opposite_group)
    "exchange-supporters-after-critics": (
        "The city council approved a plan to close the Elm Street library on Monday. Critics say the closure will "
        "hurt poor families. Supporters say the money will fund longer hours at the main branch.",
        ("Supporters", "Critics", "exchange", None)),
    "exchange-opponents-after-supporters": (
        "Supporters say the new stadium will bring thousands of jobs to the area. Opponents say the town cannot "
        "afford the roads it needs.",
        ("Opponents", "Supporters", "exchange", None)),
    "representative-introduced-after-the-quote": (
        'The Senate ethics committee fined Senator Tom Hale for misusing campaign funds. "We will appeal," said '
        "Dan Roe, Hale's spokesman.",
        ("Dan Roe", "Senate ethics committee", "representative", None)),
}


@pytest.mark.parametrize("story", REPORTED)
def test_reported(story):
    """Each story gives exactly the expected response, on the expected evidence and stance."""
    text, expected = REPORTED[story]
    assert _responses(text) == {expected}


# story id: text, where no edge may be drawn
NOT_REPORTED = {
    "a-judgement-alone-names-nobody":
        "Prime Minister Keir Starmer said the government would build 1.5 million homes by 2029. Conservative "
        "leader Kemi Badenoch said the target was a fantasy.",
    "a-judgement-of-his-statements-is-not-the-latest-speakers":
        "Senator Ruth Ellis said on Monday that the governor had misled voters. Union leader Tom Reid said his "
        "statements had been absurd.",
    "a-role-possessive-topic-without-a-judgement":
        "Chancellor Rachel Reeves said taxes would rise by £40bn. Shadow chancellor Mel Stride said the "
        "chancellor's plan would raise taxes on pensions.",
    "a-stance-cue-without-a-topic":
        "Chancellor Rachel Reeves announced a rise in employers' national insurance on Wednesday. Business groups "
        "warned that hiring would slow.",
    "a-claim-without-a-topic":
        "The Harbour Council raised parking charges on Monday. The Harbour Traders Association claims that shop "
        "owners were never consulted.",
    "a-group-after-a-preposition-is-not-taken-up":
        "Belarusian authorities detained the blogger Ivan Petrov in March. Free Press Trust director Anna Berg "
        "said she had written to the authorities in Minsk.",
    "innocent-bystanders-are-no-protest":
        "Prosecutors allege that the former mayor Tom Hale took bribes from builders.\n\nMr Hale said innocent "
        "families had been hurt by the investigation.",
    "participle-before-were-has-no-object":
        "Among the firms accused were Acme and Brill. Brill chief executive Jo Park said the firm "
        "would cooperate.",
    "the-sentenced-is-no-author":
        "Governor Sam Ortiz was sentenced to two years in prison in May. Senator Ruth Ellis attacked the "
        "ruling, saying it was too lenient.",
    "topic-alone":
        "The Federal Trade Commission approved the merger on Tuesday. Consumer advocate Ruth Ellis "
        "said the merger would raise prices.",
    "passive-agent-is-not-the-speaker":
        "The scheme was attacked by the Liberal Democrats on Monday. Mayor Tom Reid said the scheme "
        "would go ahead.",
    "body-name-modifying-a-noun-is-no-target":
        "Senator Ruth Ellis warned that the talks had failed. Governor Sam Ortiz denied the claim in a CNN "
        "interview on Sunday.",
    "a-question-to-a-witness-answers-nobody":
        "Prosecutors said the former bank chief had hidden losses from investors for years. Defence lawyer Richard "
        "Hale asked the witness whether he had ever seen the accounts.",
    "a-group-after-a-preposition-is-no-target":
        "The Acme Corporation said it welcomed feedback from users, saying the service was still on trial.",
    "a-body-named-with-a-noun-no-act-is-no-target":
        "Water bills will rise by 12% in April. Consumer campaigner Jill Ray said the European Commission building "
        "was old.",
    "a-denied-cue-takes-no-stance":
        "Senator Ruth Ellis said the deal was bad. At his stops, Governor Sam Ortiz did not directly criticize "
        "Ellis's plan.",
    "defending-ones-own-record":
        "Senator Marco Reyes said the test was a threat. In her statement, Governor Lisa Hart defended her record "
        "as secretary of state.",
    "a-narrated-object-read-and-unresolved-answers-nobody":
        "Russian Foreign Minister Ivan Petrov said on Monday that the alliance was expanding. Secretary of State "
        "Mark Dale on Tuesday criticized the troop buildup near the border.",
    "a-cue-of-another-subject":
        "Senator Ruth Ellis said the bill was bad. At the time, Governor Sam Ortiz sided with Ellis and a coalition of "
        "farm unions who feared the bill would cut wages.",
    "defending-ones-own-record-against-a-body":
        "Senator Marco Reyes said the test was a threat. Governor Lisa Hart defended her record against the Acme "
        "Corporation.",
    "the-sanctioners-own-spokesman":
        "Acme Bank fined its former trader Tom Hale last year. Acme's spokesman Dan Roe said the bank had acted "
        "properly.",
    "a-representative-without-a-sanction":
        "The Northern Rowing Federation has chosen Olympic champion Kate Lyle to lead the team. Lyle's agent, Tom "
        "Reid, said she was proud.",
    "a-sanction-that-fell-on-others":
        "The Northern Rowing Federation has suspended two junior rowers. Lyle's agent, Tom Reid, said Kate Lyle "
        "would race in May.",
    "a-representative-nearby-is-not-the-speaker":
        "Former mayor Tom Hale was fined by a county ethics board in May. Hale's attorney was in court. Hale said "
        "he was relieved.",
    "no-sanction-in-the-passive":
        "Former mayor Tom Hale was praised by a county ethics board in May. Hale's attorney, Ann Pike, said he was "
        "pleased.",
    "no-exchange-on-one-side":
        "Critics say the bill will raise prices. Opponents say it will hurt farmers.",
    "no-exchange-with-another-voice-between":
        "Critics say the bill will raise prices. Farmer Tom Reid said he had not read it. Supporters say it will cut "
        "red tape.",
    "no-exchange-paragraphs-apart":
        "Critics say the bill will raise prices.\n\nThe vote is due in May.\n\nThe session ends in June.\n\n"
        "Supporters say it will cut red tape.",
    "a-described-body-is-answered-only-through-its-act":
        "A House oversight committee has approved a new ethics bill. Critics said the rules were toothless.",
    "a-name-past-the-object-is-no-target":
        "Senator Ruth Ellis said the deal was fair. Governor Sam Ortiz blasted the press for letting Ellis off "
        "lightly.",
    "responding-to-a-reporters-questions":
        "CNN reported on Monday that the fund was under investigation. Responding to CNN questions, Governor Sam "
        "Ortiz said he had made no promises.",
    "own-body-is-no-target":
        "Acme Bank chief executive Jo Park said profits had doubled. Park dismissed Acme Bank's critics "
        "as jealous.",
}


@pytest.mark.parametrize("story", NOT_REPORTED)
def test_not_reported(story):
    """No edge from a participle, from the patient of an act, from a topic alone, from a passive whose agent
    is someone else, or to the speaker's own body; none from a denied cue, from defending one's own record, or
    from a narrated object that names no party."""
    assert _responses(NOT_REPORTED[story]) == set()


def test_topic_and_contrast_combine():
    """A contrast and an act noun of the actor's act, each weak, together pass the floor."""
    text = ("The Federal Trade Commission approved the merger on Tuesday. But consumer advocate Ruth Ellis said "
            "the merger would raise prices.")
    (response,) = quotetrack.read(text).responses
    assert (response.source, response.target, response.evidence, response.supporting) == (
        "Ruth Ellis", "Federal Trade Commission", "contrast", ("topic",))
    assert response.confidence == pytest.approx(1 - 0.6 * 0.6)


def test_find_acts_subject_agent_and_not_passive_subject():
    """Acts are read from a subject before an act verb or an agent after 'by', never from a passive subject."""
    words = response_words(load_lexicon())
    acme = Candidate(speaker=Speaker(name="Acme Corp", kind="organisation"), names=("Acme Corp",), first=0,
                     side="Acme Corp")
    names = Names.of([acme])
    text = "Acme Corp has announced a rise. A ban was imposed by Acme Corp. Acme Corp was fined. Acme Corp rules."
    assert [text[a.start:a.end] for a in find_acts(text, names, words)] == ["announced", "imposed"]


def test_find_passives_subject_and_agent():
    """A passive cue gives its subject and the phrase after 'by' or 'from'."""
    words = response_words(load_lexicon())
    text = "The campaign has come under fire from privacy groups. The bill, criticised by unions, passed."
    found = [(p.cue, text[p.subject_start:p.subject_end], text[p.agent_start:p.agent_end])
             for p in find_passives(text, words)]
    assert found == [("come under fire", "The campaign has", "privacy groups"), ("criticised", "The bill", "unions")]


def test_bodies_are_targets_never_initiators():
    """A body named without speaking is answered through a cue; the structural guess never picks it."""
    text = ("The European Commission published its plan for airline compensation on Monday. Ryanair chief "
            "executive Tom Bell accused the European Commission of ignoring the airlines.")
    assert _responses(text) == {("Tom Bell", "European Commission", "cue", "rejects")}


def test_a_colleague_takes_up_the_response_of_their_body():
    """The body's chief speaking right after the body's response continues it; an outsider does not."""
    ruling = ("Judge Ann Lee ruled on Monday that the merger could not go ahead. The Acme Corporation said it would "
              "review its options in light of the ruling. ")
    assert _responses(ruling + 'Acme Corporation chief executive David Clarke said: "We believe our case is strong."') \
        == {("Acme Corporation", "Ann Lee", "author", "neutral"), ("David Clarke", "Ann Lee", "continuation", None)}
    assert _responses(ruling + 'Analyst David Clarke of Brill Capital said: "Their case is weak."') \
        == {("Acme Corporation", "Ann Lee", "author", "neutral")}


# Narrated reactions (issue 13): the statement the attribution stage now finds carries the cue to its target.
NARRATED = {
    "rejects-a-named-claim": (
        "Senator Ruth Ellis said the deal was illegal. Governor Sam Ortiz rejected Ellis's claim that the deal "
        "broke the law.",
        {("Sam Ortiz", "Ruth Ellis", "cue", "rejects")}),
    "casts-doubt-on-a-possessive": (
        "Leon Marsh, the sprinter, said he had been injured. Tom Reid, the coach, cast doubt on Marsh's injury "
        "claims.",
        {("Tom Reid", "Leon Marsh", "cue", "questions")}),
    "an-office-named-with-its-holder-is-a-party": (
        "Senator Ruth Ellis said the governor had failed the state. Governor Sam Ortiz's office dismissed her "
        "criticism as politically motivated.",
        {("Governor Sam Ortiz's office", "Ruth Ellis", "pronoun", "rejects")}),
    "the-object-before-its-reason": (
        "Senator Ruth Ellis said the deal was fair. Governor Sam Ortiz blasted Ellis for backing the deal.",
        {("Sam Ortiz", "Ruth Ellis", "cue", "rejects")}),
    "a-body-noun-is-no-group-of-another-noun": (
        "The Acme Corporation said it had done nothing wrong. Government lawyers said they would appeal. "
        "Prosecutors accused the firm of conspiring to rig markets.",
        {("Prosecutors", "Acme Corporation", "organisation", "rejects")}),
    "the-agents-relative-clause-and-the-answer": (
        'Leon Marsh was criticised by coach Tom Reid, who cast doubt on Marsh\'s injury claims. "I gave everything '
        'on the track," said Marsh.',
        {("Tom Reid", "Leon Marsh", "cue", "questions"), ("Leon Marsh", "Tom Reid", "answer", "rejects")}),
}


@pytest.mark.parametrize("story", NARRATED)
def test_narrated_reactions(story):
    """A narrated reaction answers the party its object names; the agent's own words in a passive sentence do
    not stand between the subject and its answer."""
    text, expected = NARRATED[story]
    assert _responses(text) == expected


@pytest.mark.parametrize("text", [
    'The Commission set new landing fees on Monday. The Freight Transport Association (FTA), which has attacked '
    'the fees as "a bad piece of law", will appeal. Ryanair chief Tom Hale said the fees were "a preposterous '
    'piece of law".',
    'The Commission set new landing fees on Monday. The Freight Transport Association has attacked the fees as '
    '"a costly piece of law". Ryanair chief Tom Hale said the fees were "a preposterous piece of law".',
])
def test_two_reactions_to_one_act_do_not_answer_each_other(text):
    """Words shared by two reactions to a third party's act are no restatement of one by the other."""
    assert not {r for r in _responses(text) if r[0] == "Tom Hale"}
