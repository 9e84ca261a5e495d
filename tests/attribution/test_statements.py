"""Tests of statement attribution through quotetrack.read: kinds, spans, cues and speakers."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.attribution.statements import Attribution, _all_quoted

XF = pytest.mark.xfail


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    article = quotetrack.read(text)
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in article.statements]


CASES = [
    pytest.param(
        '"We will not back down," Senator Jane Smith said, "and we will win this fight."',
        [("direct", "We will not back down,", "Jane Smith"), ("direct", "and we will win this fight.", "Jane Smith")],
        id="split-quote-named",
    ),
    pytest.param(
        'Senator Jane Smith spoke first. "We will not back down," she said, "and we will win this fight."',
        [("direct", "We will not back down,", "Jane Smith"), ("direct", "and we will win this fight.", "Jane Smith")],
        id="split-quote-pronoun",
    ),
    pytest.param(
        'Senator Jane Smith said: "We will not back down from this fight."',
        [("direct", "We will not back down from this fight.", "Jane Smith")],
        id="colon-quote",
    ),
    pytest.param(
        '"The vote is a disgrace to the chamber," said Senator Jane Smith.',
        [("direct", "The vote is a disgrace to the chamber,", "Jane Smith")],
        id="inverted-said-x",
    ),
    pytest.param(
        '"It is a dark day for democracy," Sen. Chuck Schumer said on Twitter.',
        [("direct", "It is a dark day for democracy,", "Chuck Schumer")],
        id="quote-x-said",
    ),
    pytest.param(
        "“We are going to get this done,” Mr. Biden told reporters at the White House.",
        [("direct", "We are going to get this done,", "Biden")],
        id="curly-quote-honorific",
    ),
    pytest.param(
        'Fellow spokesperson Wang Wenbin said it was "preposterous for the dirty-handed U.S. to preach a '
        "'clean network,'\" arguing no Chinese companies had been linked to any incidents.",
        [("mixed", "it was \"preposterous for the dirty-handed U.S. to preach a 'clean network,'\"", "Wang Wenbin"),
         ("indirect", "no Chinese companies had been linked to any incidents", "Wang Wenbin")],
        id="mixed-and-participle",
    ),
    pytest.param(
        'Senator Jane Smith said it was "preposterous for the committee to delay the vote again."',
        [("mixed", 'it was "preposterous for the committee to delay the vote again."', "Jane Smith")],
        id="mixed",
    ),
    pytest.param(
        "Senator Jane Smith said that the committee would delay the vote until next week.",
        [("indirect", "that the committee would delay the vote until next week", "Jane Smith")],
        id="indirect-that",
    ),
    pytest.param(
        "Prime Minister Boris Johnson said on Monday that schools would reopen in September.",
        [("indirect", "that schools would reopen in September", "Boris Johnson")],
        id="indirect-that-after-adverbial",
    ),
    pytest.param(
        "Apple CEO Tim Cook pointed out that the company had paid every dollar of its taxes.",
        [("indirect", "that the company had paid every dollar of its taxes", "Tim Cook")],
        id="indirect-phrasal-cue",
    ),
    pytest.param(
        "The committee will delay the vote until next week, according to Senator Jane Smith.",
        [("indirect", "The committee will delay the vote until next week", "Jane Smith")],
        id="according-to-after",
    ),
    pytest.param(
        "According to Senator Jane Smith, the committee will delay the vote until next week.",
        [("indirect", "the committee will delay the vote until next week", "Jane Smith")],
        id="according-to-before",
    ),
    pytest.param(
        "Taxes will rise next year, per the Treasury.",
        [("indirect", "Taxes will rise next year", "Treasury")],
        id="per-a-named-body",
    ),
    pytest.param(
        "Taxes will rise next year, in the words of the Treasury.",
        [("indirect", "Taxes will rise next year", "Treasury")],
        id="in-the-words-of",
    ),
    pytest.param("The fee is $5 per share.", [], id="per-as-a-preposition"),
    pytest.param('"Hi," said Tom Jones.', [("direct", "Hi,", "Tom Jones")], id="short-quote-before-inverted-cue"),
    pytest.param('Asked whether he would go, Tom Jones replied: "Not yet."', [("direct", "Not yet.", "Tom Jones")],
                 id="the-question-is-the-reporters"),
    pytest.param("Jane Smith told her colleagues early on Monday the vote would fail.",
                 [("indirect", "the vote would fail", "Jane Smith")], id="addressee-then-time-phrase"),
    pytest.param("Jane Smith told him the vote would fail.", [("indirect", "the vote would fail", "Jane Smith")],
                 id="pronoun-addressee"),
    pytest.param('Jane Smith said the "Clean Network" plan was hypocritical.',
                 [("indirect", 'the "Clean Network" plan was hypocritical', "Jane Smith")],
                 id="a-quoted-name-makes-no-mixed-statement"),
    pytest.param("A quarter of that, per the budget plan, is $40,000.", [], id="per-a-plan-is-no-source"),
    pytest.param(
        'Senator Jane Smith said the plan was dead. "We have no path forward on this bill," she added.',
        [("indirect", "the plan was dead", "Jane Smith"),
         ("direct", "We have no path forward on this bill,", "Jane Smith")],
        id="pronoun-she-added",
    ),
    pytest.param(
        "Senator John Miller spoke to reporters on Monday.\n\n"
        '"There is simply no support for it in the caucus," he added.',
        [("direct", "There is simply no support for it in the caucus,", "John Miller")],
        id="pronoun-next-paragraph",
    ),
    pytest.param(
        '"We will not back down," Senator Jane Smith said.\n\n'
        '"This fight is far from over and we intend to win it."',
        [("direct", "We will not back down,", "Jane Smith"),
         ("direct", "This fight is far from over and we intend to win it.", "Jane Smith")],
        id="continuation-quote",
    ),
    pytest.param(
        '"This is a historic day for our city and for all of the people who live here," Mayor Eric Adams '
        'said. "We did it together."',
        [("direct", "This is a historic day for our city and for all of the people who live here,", "Eric Adams"),
         ("direct", "We did it together.", "Eric Adams")],
        id="continuation-same-paragraph",
    ),
    pytest.param(
        'Chinese Foreign Ministry spokesperson Hua Chunying hit back Thursday on social media, tweeting: '
        '"Talking CLEAN while doing DIRTY. How ironic!"',
        [("direct", "Talking CLEAN while doing DIRTY. How ironic!", "Hua Chunying")],
        id="participle-colon-seed",
    ),
    pytest.param(
        '"We have done nothing wrong," the company said in a statement.',
        [("direct", "We have done nothing wrong,", "the company")],
        id="described-source",
    ),
    pytest.param(
        "The committee met on Tuesday to discuss the budget for next year.",
        [],
        id="no-attribution",
    ),
    pytest.param(
        'The agency launched the "Clean Network" program on Wednesday.',
        [],
        id="name-in-quotes",
    ),
    pytest.param(
        'Her memoir, "A Promised Land," was published in November.',
        [],
        id="book-title",
    ),
    pytest.param(
        "Senator John Miller told reporters the vote would fail.",
        [("indirect", "the vote would fail", "John Miller")],
        id="told-addressee",
    ),
    pytest.param(
        "The mayor's office said in a statement that the roads would reopen on Friday.",
        [("indirect", "that the roads would reopen on Friday", "The mayor's office")],
        id="possessive-described-source",
    ),
    pytest.param(
        "Officials said the talks had stalled.",
        [("indirect", "the talks had stalled", "Officials")],
        id="capitalised-description",
    ),
    pytest.param(
        'Wang Wenbin spoke in Beijing.\n\n"We urge the U.S. to rectify its wrongdoing," Wang told reporters. '
        'Chinese Foreign Minister Wang Yi later said the talks had failed.',
        [("direct", "We urge the U.S. to rectify its wrongdoing,", "Wang Wenbin"),
         ("indirect", "the talks had failed", "Wang Yi")],
        id="surname-speaker",
    ),
    pytest.param(
        'Governor Tom Brown toured the flooded district on Monday and said the state would "rebuild every '
        'home."',
        [("mixed", 'the state would "rebuild every home."', "Tom Brown")],
        id="coordinated-verb-shares-subject",
    ),
    pytest.param(
        'When asked about the budget, Senator Jane Smith smiled and said the vote "would be close."',
        [("mixed", 'the vote "would be close."', "Jane Smith")],
        id="coordinated-verb-after-subordinate-clause",
    ),
    pytest.param(
        'Senator Jane Smith on Tuesday called the proposal "reckless and cruel."',
        [("mixed", 'the proposal "reckless and cruel."', "Jane Smith")],
        id="time-phrase-between-subject-and-cue",
    ),
    pytest.param(
        'Mayor Tom Brown last week said the bridge would reopen in May.',
        [("indirect", "the bridge would reopen in May", "Tom Brown")],
        id="period-phrase-between-subject-and-cue",
    ),
    pytest.param(
        'Governor Tom Brown defended the plan, calling long-delayed repairs "a disgrace" to the city.',
        [("mixed", 'long-delayed repairs "a disgrace" to the city', "Tom Brown")],
        id="hyphenated-word-opens-the-complement",
    ),
    pytest.param(
        'At one point, Senator Jane Smith referred to the plan as "a betrayal."',
        [("mixed", 'the plan as "a betrayal."', "Jane Smith")],
        id="referred-to-with-a-quote",
    ),
    pytest.param("The bill was referred to the committee on Monday.", [], id="referred-to-without-a-quote"),
    pytest.param(
        'Governor Tom Brown said the budget was "firmly opposed" by voters and warned lawmakers to start again.',
        [("mixed", 'the budget was "firmly opposed" by voters', "Tom Brown"),
         ("indirect", "lawmakers to start again", "Tom Brown")],
        id="coordinated-cue-ends-the-first-clause",
    ),
    pytest.param(
        "According to the Smith campaign, the senator will speak at the college on Friday.",
        [("indirect", "the senator will speak at the college on Friday", "Smith campaign")],
        id="name-modifying-a-source-noun",
    ),
    pytest.param(
        'Senator Jane Smith told voters this weekend she would consider it "a personal insult" if they stayed home.',
        [("mixed", 'she would consider it "a personal insult" if they stayed home', "Jane Smith")],
        id="time-phrase-after-the-addressee",
    ),
    pytest.param(
        'Senator Jane Smith told voters that "the fight goes on," and she vowed to return.',
        [("mixed", 'that "the fight goes on,"', "Jane Smith"), ("indirect", "to return", "Jane Smith")],
        id="clause-cut-before-and-keeps-no-and",
    ),
    pytest.param(
        "Senator Jane Smith of Ohio said the bill was dead.",
        [("indirect", "the bill was dead", "Jane Smith")],
        id="the-person-of-a-place-speaks",
    ),
    pytest.param(
        'Campaign chairman Tom Brown dismissed the whole affair as "absurd." Voters seemed unmoved.',
        [("mixed", 'the whole affair as "absurd."', "Tom Brown")],
        id="response-verb-object-quotes-words",
    ),
    pytest.param(
        'Senator Jane Smith blasted the governor as "a disgrace" Wednesday on a radio show.',
        [("mixed", 'the governor as "a disgrace"', "Jane Smith")],
        id="quoting-object-ends-before-a-time",
    ),
    pytest.param(
        "Senator Jane Smith blasted the governor on Wednesday.",
        [("indirect", "the governor", "Jane Smith")],
        id="response-verb-without-quote-reports-its-object",
    ),
    pytest.param(
        'Mayor Ann Lee, who has led the city since 2012, called the plan "a gift to developers."',
        [("mixed", 'the plan "a gift to developers."', "Ann Lee")],
        id="predicate-after-a-relative-clause",
    ),
    pytest.param(
        'Senator Jane Smith attended the "Made in Ohio" fair on Saturday.',
        [],
        id="name-in-object-is-no-statement",
    ),
    pytest.param(
        'Senator Jane Smith visited the plant, where workers said it was "a hard year."',
        [("mixed", 'it was "a hard year."', "workers")],
        id="fragment-takes-the-nearest-cue-not-the-subject",
    ),
    pytest.param(
        'Despite the delays at the plant, "we are still on schedule," Governor Tom Brown said.',
        [("mixed", 'Despite the delays at the plant, "we are still on schedule,"', "Tom Brown")],
        id="fragment-before-its-cue-takes-the-whole-sentence",
    ),
    pytest.param(
        'Governor Tom Brown has called the tax "unfair," and his aides have drafted a repeal.',
        [("mixed", 'the tax "unfair,"', "Tom Brown")],
        id="quoted-clause-ends-before-a-new-subject",
    ),
    pytest.param(
        'Senator Jane Smith said she was "encouraged" by the plan — a rare note of praise.',
        [("mixed", 'she was "encouraged" by the plan', "Jane Smith")],
        id="quoted-clause-ends-at-a-dash",
    ),
    pytest.param(
        'Senator Jane Smith said the plan was "a mistake," although she backs the goal.',
        [("mixed", 'the plan was "a mistake,"', "Jane Smith")],
        id="comma-inside-the-marks-ends-the-clause",
    ),
    pytest.param(
        'Senator Jane Smith said the vote - "a farce" - would be held again next week.',
        [("mixed", 'the vote - "a farce" - would be held again next week', "Jane Smith")],
        id="paired-dashes-are-an-aside",
    ),
    pytest.param(
        'The GOP front-runner complained that the count had been "rigged" against him.',
        [("mixed", 'that the count had been "rigged" against him', "The GOP front-runner")],
        id="hyphenated-head-of-a-described-source",
    ),
    pytest.param(
        'It was late, and when Senator Jane Smith took the stage and called him "a coward," the room fell silent.',
        [("mixed", 'him "a coward,"', "Jane Smith")],
        id="coordinated-cue-in-a-when-clause",
    ),
    pytest.param(
        'Mayor Ann Lee told CNN, her budget would be "the leanest in a decade."',
        [("mixed", 'her budget would be "the leanest in a decade."', "Ann Lee")],
        id="told-addressee-comma-clause",
    ),
    pytest.param(
        "The governor's office released a statement saying he was \"fully confident\" in the count.",
        [("mixed", 'he was "fully confident" in the count', "The governor's office")],
        id="office-issues-a-statement",
    ),
    pytest.param(
        'Senator Jane Smith said she\'d make the budget "balance by spring."',
        [("mixed", 'she\'d make the budget "balance by spring."', "Jane Smith")],
        id="contracted-pronoun-opens-the-clause",
    ),
    pytest.param(
        'Mayor Ann Lee denounced the remarks as "hurtful and divisive."',
        [("mixed", 'the remarks as "hurtful and divisive."', "Ann Lee")],
        id="cue-word-used-as-a-noun-in-the-object",
    ),
    pytest.param(
        'Senator Jane Smith spoke after the vote. "It was a hard night." Smith said they would "fight on."',
        [("direct", "It was a hard night.", "Jane Smith"), ("mixed", 'they would "fight on."', "Jane Smith")],
        id="clause-after-a-cue-that-took-the-quote-before-it",
    ),
    pytest.param(
        'Senator Jane Smith delivered a speech in which she tried to rally "freedom-loving nations" against '
        'the "new tyranny" of the cartel, with whom she argued talks had failed.',
        [("mixed", 'she tried to rally "freedom-loving nations" against the "new tyranny" of the cartel',
          "Jane Smith"),
         ("indirect", "talks had failed", "Jane Smith")],
        id="fragments-take-their-clause-up-to-a-relative-clause",
    ),
    pytest.param(
        'Senator Jane Smith said the ruling showed "a lack of respect for the voters."',
        [("mixed", 'the ruling showed "a lack of respect for the voters."', "Jane Smith")],
        id="clause-with-unquoted-words-is-mixed",
    ),
    pytest.param(
        '"We met as a team today," Governor Tom Brown added, referring to his aides.',
        [("direct", "We met as a team today,", "Tom Brown"), ("indirect", "his aides", "Tom Brown")],
        id="all-quoted-clause-is-direct",
    ),
    pytest.param(
        'Guns are "a public health crisis" and "a moral stain," Governor Tom Brown told the crowd.',
        [("mixed", 'Guns are "a public health crisis" and "a moral stain,"', "Tom Brown")],
        id="fragment-closing-before-the-subject",
    ),
    pytest.param(
        'Mayor Ann Lee spoke on Sunday, telling a radio host, "We will rebuild," she said, adding, '
        '"It will take years."',
        [("direct", "We will rebuild,", "Ann Lee"), ("direct", "It will take years.", "Ann Lee")],
        id="quotation-taken-by-one-cue-is-not-another-cues-clause",
    ),
    pytest.param(
        'Jane Smith argued the two men knew each other only "casually," said her lawyer, Tom Brown.',
        [("mixed", 'the two men knew each other only "casually,"', "Jane Smith")],
        id="reported-clause-ends-before-an-inverted-cue",
    ),
    pytest.param(
        'Earlier this month, during an interview on "Face the Nation," Senator Jane Smith was asked by the host.',
        [],
        id="passive-cue-reports-nothing",
    ),
    pytest.param(
        'Senator Jane Smith slammed the tax loophole called an "inversion," in which a company moves abroad.',
        [("mixed", 'the tax loophole called an "inversion,"', "Jane Smith")],
        id="naming-participle-after-an-object-reports-nothing",
    ),
    pytest.param(
        'Tom Brown, host of the radio show "Morning Talk," suggested the mayor was wrong.',
        [("indirect", "the mayor was wrong", "Tom Brown")],
        id="cue-after-a-quoted-title-is-not-inverted",
    ),
    pytest.param(
        'Tom Brown, who calls the mayor "a fraud," said he doubts the plan will pass.',
        [("mixed", 'the mayor "a fraud,"', "Tom Brown"), ("indirect", "he doubts the plan will pass", "Tom Brown")],
        id="pronoun-after-a-cue-opens-its-clause",
    ),
    pytest.param(
        'Jane Smith, a strategist for a pro-business "super PAC," said the tax would fail.',
        [("indirect", "the tax would fail", "Jane Smith")],
        id="short-scare-quote-inside-an-appositive",
    ),
    pytest.param(
        'One voter, Ann Lee, 35, showed up in the "brown beret" gear of a protest group.',
        [],
        id="particle-verb-is-no-cue",
    ),
    pytest.param(
        'However, Jill A. Martin, counsel for the company, said in a statement that the claims had "no merit."',
        [("mixed", 'that the claims had "no merit."', "Jill A. Martin")],
        id="cue-noun-between-the-cue-and-that",
    ),
    pytest.param(
        'The plan is "a disgrace," Mayor Ann Lee said Tuesday in Paris, noting the costs had "doubled."',
        [("mixed", 'The plan is "a disgrace,"', "Ann Lee"), ("mixed", 'the costs had "doubled."', "Ann Lee")],
        id="participle-after-the-cue-is-no-list",
    ),
    pytest.param(
        "In both cases, Tom Brown said, the donations paid for the tournament.",
        [("indirect", "In both cases", "Tom Brown"),
         ("indirect", "the donations paid for the tournament", "Tom Brown")],
        id="parenthetical-cue-after-a-short-adverbial",
    ),
    pytest.param(
        'As the Boston Herald reported, the mayor "gave thousands" to the campaign.',
        [("mixed", 'the mayor "gave thousands" to the campaign', "Boston Herald")],
        id="as-source-reported-comma",
    ),
    pytest.param(
        'Senator Jane Smith said the plan would pass; the protests were mere "noise."',
        [("indirect", "the plan would pass", "Jane Smith"), ("mixed", 'the protests were mere "noise."', "Jane Smith")],
        id="one-word-fragment-in-a-speakers-sentence",
    ),
    pytest.param(
        'Senator Jane Smith called the mayor\'s allies "cowards" (although she praised some of them).',
        [("mixed", 'the mayor\'s allies "cowards"', "Jane Smith"), ("indirect", "some of them", "Jane Smith")],
        id="quoted-clause-ends-at-a-parenthesis",
    ),
    pytest.param(
        'The campaign released two ads it described as "closing arguments" to voters in Ohio.',
        [("mixed", 'as "closing arguments" to voters in Ohio', None)],  # "it" is no person: no speaker
        id="speech-verb-object-quotes-words",
    ),
    pytest.param(
        "Senator Jane Smith spoke. She's said the bill will fail.",
        [("indirect", "the bill will fail", "Jane Smith")],
        id="contracted-has-before-the-cue",
    ),
    pytest.param(
        'Someone called it a "quiet revolution," and the crowd agreed.',
        [("mixed", 'it a "quiet revolution,"', "Someone")],
        id="indefinite-pronoun-subject",
    ),
    pytest.param(
        'But as Governor Tom Brown toured the plant and pledged to end "the waste," the workers cheered.',
        [("mixed", 'to end "the waste,"', "Tom Brown")],
        id="coordinated-cue-in-an-as-clause",
    ),
    # "appear", "seem": not cues of their own.
    pytest.param(
        "Jane Smith appeared on television on Sunday. Her seeming calm surprised the crowd.",
        [],
        id="appear-on-and-seeming-report-nothing",
    ),
    pytest.param(
        "Jane Smith said the mayor seemed to favour the plan.",
        [("indirect", "the mayor seemed to favour the plan", "Jane Smith")],
        id="seem-inside-a-reported-clause-is-the-speakers",
    ),
    # Shares of a poll's respondents speak ("19 percent said", "most respondents say").
    pytest.param(
        "Another 19 percent said they would vote for neither candidate.",
        [("indirect", "they would vote for neither candidate", "Another 19 percent")],
        id="a-share-of-respondents-speaks",
    ),
    pytest.param(
        "Forty-one percent of respondents say the state is on the wrong track.",
        [("indirect", "the state is on the wrong track", "respondents")],
        id="percent-of-respondents-speaks",
    ),
    # Verbs of intention and decision report their infinitive or object (PolNeAR's beliefs and stances).
    pytest.param(
        "Jane Smith declined to comment on the lawsuit.",
        [("indirect", "to comment on the lawsuit", "Jane Smith")],
        id="declined-to-comment",
    ),
    pytest.param(
        "The city council decided to delay the vote until March.",
        [("indirect", "to delay the vote until March", "The city council")],
        id="decided-to",
    ),
    pytest.param(
        "The senator hopes to win back the seat next year.",
        [("indirect", "to win back the seat next year", "The senator")],
        id="hopes-to",
    ),
    pytest.param(
        "Many delegates favored Jane Smith over her rival.",
        [("indirect", "Jane Smith over her rival", "Many delegates")],
        id="favored-an-object",
    ),
    pytest.param(
        "Governor Tom Brown hoped to calm the crowd, and later took questions from reporters.",
        [("indirect", "to calm the crowd", "Tom Brown")],
        id="an-infinitive-ends-at-a-comma",
    ),
    # A relative clause's antecedent speaks; the clause ends at its closing comma.
    pytest.param(
        "Jane Smith, who said the plan would fail, left the meeting early.",
        [("indirect", "the plan would fail", "Jane Smith")],
        id="the-antecedent-of-who-speaks",
    ),
    pytest.param(
        "The mayor met the union, which argued the court had acted fairly.",
        [("indirect", "the court had acted fairly", "the union")],
        id="the-antecedent-of-which-speaks",
    ),
    pytest.param(
        "The crowd cheered for a longtime backer of Jane Smith, who said the vote was rigged.",
        [],
        id="an-antecedent-after-a-preposition-is-unsure",
    ),
    # "according to" introduces any noun phrase as a source; after a short opener, the clause after it is reported.
    pytest.param(
        "About two million families live below the line, according to federal statistics.",
        [("indirect", "About two million families live below the line", "federal statistics")],
        id="according-to-any-noun-phrase",
    ),
    pytest.param(
        "By March, according to new filings with the commission, the committee had spent $4 million.",
        [("indirect", "By March", "new filings with the commission"),  # two fragments, as around a verb cue
         ("indirect", "the committee had spent $4 million", "new filings with the commission")],
        id="according-to-after-a-short-opener",
    ),
    # A headline that opens with a person the article names again, or a source noun, and a colon.
    pytest.param(
        "Jane Smith: State Budget Will Be Balanced by Spring.\n\nSmith spoke to reporters on Monday.",
        [("indirect", "State Budget Will Be Balanced by Spring", "Jane Smith")],
        id="headline-name-colon",
    ),
    pytest.param(
        "Poll: Voters in Ohio remain split on the tax plan.",
        [("indirect", "Voters in Ohio remain split on the tax plan", "Poll")],
        id="headline-source-noun-colon",
    ),
    pytest.param(
        "Contributing: Jane Smith and Tom Brown.",
        [],
        id="a-credit-line-is-no-headline",
    ),
    # A parenthetical cue splits its clause into two fragments, as a cue splits a quotation.
    pytest.param(
        "The latest test, the agency said, was its largest so far.",
        [("indirect", "The latest test", "the agency"), ("indirect", "was its largest so far", "the agency")],
        id="parenthetical-cue-two-fragments",
    ),
    pytest.param(
        "If the law has never been tested in court, Jane Smith said, there is a simple reason.",
        [("indirect", "If the law has never been tested in court", "Jane Smith"),
         ("indirect", "there is a simple reason", "Jane Smith")],
        id="parenthetical-cue-after-a-long-clause",
    ),
    pytest.param(
        "But, Jane Smith said, it is a risky strategy.",
        [("indirect", "But", "Jane Smith"), ("indirect", "it is a risky strategy", "Jane Smith")],
        id="parenthetical-cue-after-a-conjunction",
    ),
    # Before a parenthetical cue whose quotation carries on the sentence, the writer's words are a fragment too.
    pytest.param(
        'Sooner or later, Jane Smith said, "the voters will notice."',
        [("indirect", "Sooner or later", "Jane Smith"), ("direct", "the voters will notice.", "Jane Smith")],
        id="fronted-words-before-a-lower-case-quotation",
    ),
    pytest.param(
        'Later that day, Jane Smith said, "The voters will notice."',
        [("direct", "The voters will notice.", "Jane Smith")],
        id="a-quotation-of-its-own-after-fronted-words",
    ),
    pytest.param(
        'In a statement, Jane Smith said, "the voters will notice."',
        [("direct", "the voters will notice.", "Jane Smith")],
        id="a-setting-before-a-parenthetical-cue",
    ),
    # A clause that goes on after a final parenthetical cue is a second fragment.
    pytest.param(
        "The plant will stay open through the winter, the mayor said, and it will hire 200 more workers.",
        [("indirect", "The plant will stay open through the winter", "the mayor"),
         ("indirect", "and it will hire 200 more workers", "the mayor")],
        id="a-clause-resumes-after-the-cue",
    ),
    pytest.param(
        "The driver had no criminal record, the company said, and had passed every safety check.",
        [("indirect", "The driver had no criminal record", "the company"),
         ("indirect", "and had passed every safety check", "the company")],
        id="a-coordinated-verb-resumes-after-the-cue",
    ),
    pytest.param(
        "Now, the mayor says, at least three of the city's bridges need repairs.",
        [("indirect", "Now", "the mayor"),
         ("indirect", "at least three of the city's bridges need repairs", "the mayor")],
        id="parenthetical-cue-after-one-adverb",
    ),
    pytest.param(
        "Jane Smith has made clear that the plant will stay open.",
        [("indirect", "that the plant will stay open", "Jane Smith")],
        id="phrasal-cue-with-an-irregular-verb",
    ),
    pytest.param(
        "The talks went on for hours before the mayor left.",
        [],
        id="went-on-is-no-phrasal-cue",
    ),
    # A relative pronoun after a comma, before the cue's subject, is a fragment of the reported clause.
    pytest.param(
        "The council approved new parking fees, which Mayor Jane Smith said would pay for the bridge repairs.",
        [("indirect", "which", "Jane Smith"), ("indirect", "would pay for the bridge repairs", "Jane Smith")],
        id="relative-pronoun-before-the-subject-is-a-fragment",
    ),
    pytest.param(
        "The governor met the union leaders, who Jane Smith says have kept the plant open.",
        [("indirect", "who", "Jane Smith"), ("indirect", "have kept the plant open", "Jane Smith")],
        id="relative-who-before-the-subject",
    ),
    pytest.param(
        "Jane Smith met the voters who she says were ignored by the council.",
        [("indirect", "who", "Jane Smith"), ("indirect", "were ignored by the council", "Jane Smith")],
        id="relative-without-a-comma-before-the-subject",
    ),
    pytest.param(
        "Tom Brown gave a speech in Dayton in which he said the plant would stay open.",
        [("indirect", "the plant would stay open", "Tom Brown")],
        id="relative-after-a-preposition-is-a-setting",
    ),
    pytest.param(
        "Turnout, Tom Brown predicted, would fall short of the last election.",
        [("indirect", "Turnout", "Tom Brown"), ("indirect", "would fall short of the last election", "Tom Brown")],
        id="parenthetical-cue-after-a-one-word-subject",
    ),
    pytest.param(
        "The offer did not go over well with the union, and the talks broke down from there, said one negotiator.",
        [("indirect", "The offer did not go over well with the union, and the talks broke down from there",
          "one negotiator")],
        id="a-clause-after-and-is-no-apposition",
    ),
    pytest.param(
        'Jane Smith said any "reasonable person" would have known the rules, and that the files were never secure.',
        [("mixed", 'any "reasonable person" would have known the rules, and that the files were never secure',
          "Jane Smith")],
        id="a-second-that-clause-continues-a-quoting-clause",
    ),
    pytest.param(
        "The group issued a statement saying the vote was rigged, and its members walked out.",
        [("indirect", "the vote was rigged", "The group")],
        id="a-reduced-relative-participle-ends-at-a-comma",
    ),
    pytest.param(
        "Disclosure records show the fund paid $2 million to the firm.",
        [("indirect", "the fund paid $2 million to the firm", "Disclosure records")],
        id="records-as-a-source",
    ),
    pytest.param(
        "The report published Tuesday showed that half of the meetings were with donors.",
        [("indirect", "that half of the meetings were with donors", "The report published Tuesday")],
        id="a-participle-and-its-time-after-the-source-noun",
    ),
    pytest.param(
        'Jane Smith said that in 2009, "I called all my lenders and asked for more time."',
        [("mixed", 'that in 2009, "I called all my lenders and asked for more time."', "Jane Smith")],
        id="said-that-then-a-quotation-is-a-mixed-clause",
    ),
    pytest.param(
        'Jane Smith called the film her own "October surprise" last week when she released it.',
        [("mixed", 'the film her own "October surprise"', "Jane Smith")],
        id="a-naming-cue-object-ends-before-a-time",
    ),
    pytest.param(
        "Jane Smith noted that at one of her first meetings, in 1972, she supported a vote to replace the chair.",
        [("indirect", "that at one of her first meetings, in 1972, she supported a vote to replace the chair",
          "Jane Smith")],
        id="a-fronted-adverbial-keeps-its-clauses-subject",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_statements(text, expected):
    """Each news-style sentence yields the expected (kind, text, speaker) statements in order."""
    assert reading(text) == expected


@pytest.mark.parametrize(
    "text, term",
    [
        ('The agency launched the "Clean Network" program on Wednesday.', "Clean Network"),
        ("The agency launched the “Clean Network” program on Wednesday.", "Clean Network"),
        ('Her memoir, "A Promised Land," was published in November.', "A Promised Land"),
        ("It is part of a \"5G Clean Path\" initiative, Pompeo said.", "5G Clean Path"),
    ],
)
def test_names_in_quotes_are_terms(text, term):
    """Quoted names, labels and titles are reported as terms, not statements."""
    article = quotetrack.read(text)
    assert term in [t.text for t in article.terms]
    assert all(s.text != term for s in article.statements)


def test_scare_quote_inside_statement_is_term():
    """A quoted label inside a mixed statement is also listed as a term."""
    text = 'The latest "Clean" step is part of a wider plan to protect user data, Pompeo said Wednesday.'
    article = quotetrack.read(text)
    assert "Clean" in [t.text for t in article.terms]
    assert [s.kind for s in article.statements] == ["mixed"]


def test_direct_statement_fields():
    """A direct statement has its cue, speaker mention and a span without quotation marks."""
    text = '"We will win," Senator Jane Smith said on Tuesday.'
    (s,) = quotetrack.read(text).statements
    assert (s.start, s.end) == (1, 13)
    assert s.cue.text == "said" and s.cue.lemma == "say"
    assert text[s.cue.start : s.cue.end] == "said"
    assert s.speaker_mention.text == "Jane Smith"
    assert s.speaker.title == "Senator"
    assert s.quoted == ()


def test_mixed_statement_lists_quoted_subspans():
    """A mixed statement's quoted sub-spans are the quotation's inner words."""
    text = 'Senator Jane Smith said it was "preposterous for the committee to delay the vote again."'
    (s,) = quotetrack.read(text).statements
    assert s.kind == "mixed"
    ((qs, qe),) = s.quoted
    assert text[qs:qe] == "preposterous for the committee to delay the vote again."
    assert s.start <= qs and qe <= s.end


def test_continuation_quote_has_no_cue():
    """A continuation quote takes the previous speaker but has no cue of its own."""
    text = '"We will not back down," Senator Jane Smith said.\n\n"This fight is far from over and we intend to win."'
    first, second = quotetrack.read(text).statements
    assert second.cue is None
    assert second.speaker == first.speaker


@pytest.mark.parametrize(("text", "speakers"), [
    pytest.param('"We will not back down," Senator Jane Smith said.\n\n"The vote is a disgrace."\n\n"We will be '
                 'back next year."\n\n"The voters are with us."\n\n"And they will remember."',
                 ["Jane Smith"] * 5, id="four-quote-paragraphs-after-a-cue"),
    pytest.param('Mayor Tom Reyes told reporters the plan was "a start."\n\nWhat that means is unclear, since Reyes '
                 'spoke only in generalities.\n\n"We have to do something."\n"We have to be tougher."\n"We have to '
                 'move faster."\n\n"We are not there yet."', ["Tom Reyes"] * 5, id="run-after-a-paragraph-about-him"),
    pytest.param('"We will not back down," Senator Jane Smith said.\n\n"The vote is a disgrace."\n\n"We will be '
                 'back," Tom Reid said.\n\n"And the voters will remember."',
                 ["Jane Smith", "Jane Smith", "Tom Reid", "Tom Reid"], id="a-new-cue-starts-a-new-run"),
])
def test_a_run_of_quotation_paragraphs_continues_one_speaker(text, speakers):
    """Quotation paragraphs one after another carry on the speaker of the first, however long the run."""
    assert [name for _, _, name in reading(text)] == speakers


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"I feel very good about our chances," Senator Ann Reyes said. "Very good."',
                 [("direct", "I feel very good about our chances,", "Ann Reyes"),
                  ("direct", "Very good.", "Ann Reyes")], id="two-words-after-said"),
    pytest.param('"Stay away from those arguments," Dr. Nia Holt says. "Don\'t engage."\n\nMost readers agree.',
                 [("direct", "Stay away from those arguments,", "Nia Holt"), ("direct", "Don't engage.", "Nia Holt")],
                 id="imperative-after-says"),
    pytest.param('"I feel very good about our chances," Senator Ann Reyes said.\n\n"Very good."',
                 [("direct", "I feel very good about our chances,", "Ann Reyes")], id="not-in-another-paragraph"),
    pytest.param('Protesters gathered outside the hall. "No Deal."', [], id="a-slogan-after-narration"),
    pytest.param('"We won," Senator Ann Reyes said. "Over the Top."',
                 [("direct", "We won,", "Ann Reyes")], id="a-title-is-no-sentence"),
])
def test_a_short_quoted_sentence_carries_on_the_quotation_before(text, expected):
    """'"Q," X said. "Very good."': a sentence of a word or two quoted right after a speaker's quotation is theirs."""
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('That worries Tom Baird, head of the Black Farmers Caucus.\n\n"No one is writing songs for Maria. '
                 'Obama had a singer. Maria has nobody like that," he said.', "Tom Baird", id="name-inside-the-quote"),
    pytest.param('Tom Baird spoke first.\n\n"I met Jo Hale. I told her the plan. She agreed with it," he said.',
                 "Tom Baird", id="another-name-inside-the-quote"),
])
def test_a_pronoun_does_not_stand_for_a_name_its_quotation_holds(text, speaker):
    """'"... songs for Maria," he said': "he" stands for someone named outside the quotation."""
    assert [name for _, _, name in reading(text)] == [speaker]


def test_pronoun_without_antecedent_has_no_speaker():
    """'he said' with nobody named before gives a statement without a speaker."""
    ((kind, _, speaker),) = reading('"We will prevail in the end," he said.')
    assert kind == "direct" and speaker is None


def test_speaker_organisation_through_read():
    """The speaker of a statement carries the organisation read from the title."""
    text = ('Chinese Foreign Ministry spokesperson Hua Chunying hit back Thursday on social media, tweeting: '
            '"Talking CLEAN while doing DIRTY. How ironic!"')
    article = quotetrack.read(text)
    speaker = article.statements[0].speaker
    assert speaker.organisation.name == "Ministry of Foreign Affairs of China"
    assert speaker.country == "China"
    assert [o.name for o in article.organisations] == ["Ministry of Foreign Affairs of China"]
    assert [sp.name for sp in article.speakers] == ["Hua Chunying"]


def test_seed_misplaced_mark_statement_goes_to_wang_yi():
    """After the seed's misplaced mark, 'It turns a blind eye ...' is still Wang Yi's direct statement."""
    text = (
        '"The assertion that U.S. policy of engagement with China has failed is just a rehash of the Cold War '
        'mentality," Chinese Foreign Minister Wang Yi said Wednesday in an interview with the state-run Xinhua '
        'News Agency." It turns a blind eye to all that has been achieved in China-U.S. relations over the past '
        'decades, shows ignorance of the historical process and lack of respect for the Chinese and American '
        'peoples."'
    )
    got = reading(text)
    assert [k for k, _, _ in got] == ["direct", "direct"]
    assert got[1][1].startswith("It turns a blind eye")
    assert {sp for _, _, sp in got} == {"Wang Yi"}


def test_statements_are_in_text_order_with_valid_offsets():
    """Statements come in text order and every offset slices its text."""
    text = ('"A," he said. Senator Jane Smith said: "We will fight on." The plan will fail, according to '
            'Senator John Miller. "Not so," Smith said.')
    article = quotetrack.read(text)
    starts = [s.start for s in article.statements]
    assert starts == sorted(starts)
    for s in article.statements:
        assert text[s.start : s.end] == s.text
        if s.cue:
            assert text[s.cue.start : s.cue.end] == s.cue.text
        if s.speaker_mention:
            assert text[s.speaker_mention.start : s.speaker_mention.end] == s.speaker_mention.text


def test_all_quoted_mixed_statement_becomes_direct():
    """A mixed statement whose clause is nothing but its quotation is direct, spanning the quoted words."""
    text = 'He said: "We will win." Then he left.'
    q = (text.index("We"), text.index(".") + 1)
    clause = Attribution(start=q[0] - 1, end=q[1] + 1, kind="mixed", cue=None, source=None, quoted=(q,))
    assert _all_quoted(text, clause) == Attribution(start=q[0], end=q[1], kind="direct", cue=None, source=None)
    wider = Attribution(start=0, end=q[1] + 1, kind="mixed", cue=None, source=None, quoted=(q,))
    assert _all_quoted(text, wider) == wider


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"They are painful" but necessary "for the future of the firm," Tom Reed said.',
                 'They are painful" but necessary "for the future of the firm,', id="the-writer-s-words-inside"),
    pytest.param('Ann Dale said "maybe" the conduct of the officials "should be looked at."',
                 'maybe" the conduct of the officials "should be looked at.', id="writer-words-between-two-quotations"),
    pytest.param('The strikers chanted "stop the cuts" and "no justice, no peace."',
                 'stop the cuts" and "no justice, no peace.', id="two-chants"),
])
def test_a_statement_opening_and_closing_with_quoted_words_is_direct(text: str, expected: str) -> None:
    """A statement whose words outside the marks all lie between two quotations is a direct one the writer
    interrupts (the corpus types it so by its marks)."""
    statement, = quotetrack.read(text, backend="embedded").statements
    assert (statement.kind, statement.text) == ("direct", expected)


def test_a_statement_with_the_writer_s_words_before_its_quotations_stays_mixed() -> None:
    statement, = quotetrack.read('Ann Dale called the deal "rushed" and "a mistake."', backend="embedded").statements
    assert (statement.kind, statement.text) == ("mixed", 'the deal "rushed" and "a mistake."')


@pytest.mark.parametrize(("text", "term"), [
    ('Mika Brzezinski, host of "Morning Joe," suggested the race was over.', "Morning Joe"),
    ('Jane Smith said the "Clean Network" plan was hypocritical.', "Clean Network"),
])
def test_terms_leave_the_sentence_punctuation_out(text, term):
    assert [t.text for t in quotetrack.read(text).terms] == [term]


@pytest.mark.parametrize(("text", "speakers"), [
    pytest.param('"The offer undervalues the group," chairman Tom Baird said at the meeting. "We owe shareholders '
                 'more than that." The bidder had argued that the price was fair.',
                 ["Tom Baird", "Tom Baird"], id="next-subject-reports-a-clause"),
    pytest.param('"We are taking this step to protect the sport," said Ruth Mbeki. "Our rules must be respected." '
                 'The federation has also warned two other runners.', ["Ruth Mbeki", "Ruth Mbeki"],
                 id="next-subject-has-an-object"),
    pytest.param('"We are taking this step to protect the sport," said Ruth Mbeki. "Our rules must be respected," '
                 'Tom Baird said.', ["Ruth Mbeki", "Tom Baird"], id="comma-quote-is-the-next-speakers"),
    pytest.param('"We are taking this step to protect the sport," said Ruth Mbeki. "Our rules must be respected." '
                 'Tom Baird said.', ["Ruth Mbeki", "Tom Baird"], id="bare-cue-takes-the-quote"),
    pytest.param('"Take a month off after a big race," said Nia Jones, herself a runner. "But that is only for '
                 'fitness. "You are still very fit." Tom Hale also points out the heat will be lower.',
                 ["Nia Jones", "Nia Jones", "Nia Jones"], id="unclaimed-quotes-between"),
    pytest.param('"How you respond to defeat marks you out," argues Tom Hale.\n\n"One of the challenges is how you '
                 'turn them into chances." And Nia Jones says: "I think this will make her."',
                 ["Tom Hale", "Tom Hale", "Nia Jones"], id="next-paragraph-before-a-colon-quote"),
    pytest.param('"Rates will rise," said Mara Lind, an economist at a bank. "Officials have been saying so for '
                 'weeks." Lind added that the bank very much wants to move early.', ["Mara Lind", "Mara Lind"],
                 id="cue-of-a-reported-clause-after-the-quote"),
    pytest.param('"We will not back down," said Ruth Mbeki. "Our rules stand." Tom Baird argued that the board '
                 'hopes to settle.', ["Ruth Mbeki", "Ruth Mbeki"], id="reported-clause-cue-after-another-subject"),
    pytest.param('"We will win this," former Gov. Tom Reid said.', ["Tom Reid"], id="modifiers-before-the-name"),
])
def test_sentence_quote_before_a_new_subject_continues_the_last_speaker(text, speakers):
    """'"Q1," X said. "Q2." Y argued that ...': Q2 is X's, unless Y's cue has nothing else to report."""
    assert [name for kind, _, name in reading(text) if kind == "direct"] == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    pytest.param('Sales fell. Looking ahead, Mr Cherkov forecast growth "with a margin in the upper teens".',
                 ["Cherkov"], id="courtesy-title-name-then-base-form-cue"),
    pytest.param('His designer, Tom Ashby, lecturer at the Centre for Vision, Speech and Signal Processing at the '
                 'University of Kent, refers to the robot as "him". "It is a virtual face," he told the BBC.',
                 ["Tom Ashby", "Tom Ashby"], id="apposition-with-inner-commas"),
    pytest.param('Tom Ashby, lecturer at the Centre for Vision, Speech and Signal Processing at the University of '
                 'Kent, said: "It is a virtual face."', ["Tom Ashby"], id="apposition-at-sentence-start"),
    pytest.param('Ruth Bell, an economist at Capital Economics, said: "Rates will rise."', ["Ruth Bell"],
                 id="plain-apposition"),
    pytest.param('Ann Vetter, a spokeswoman for the Harlow Valley campaign said: "It was for security reasons."',
                 ["Ann Vetter"], id="apposition-without-closing-comma"),
    pytest.param('After meeting Tom Reed, the local residents said: "We are happy."', ["the local residents"],
                 id="name-not-opening-the-clause"),
    pytest.param('Tom Reed, the local residents said: "We are happy."', ["the local residents"],
                 id="no-role-no-apposition"),
])
def test_the_name_an_apposition_follows_speaks(text, speakers):
    """'X, ROLE at A, B and C at Y, said': X speaks, not a name inside the apposition."""
    assert [name for _, _, name in reading(text)] == speakers


@pytest.mark.parametrize(("text", "names"), [
    ('"We will not back down," reply Tom Reid and Mary Jones.', ["Tom Reid", "Mary Jones"]),
    ('"It is over," said Tom Reid, Ann Lee and Mary Jones.', ["Tom Reid", "Ann Lee", "Mary Jones"]),
    ("Tom Reid and Mary Jones said that the plan would fail.", ["Mary Jones", "Tom Reid"]),
    ("Senator Tom Reid and Governor Mary Jones said in a statement that the plan would fail.",
     ["Mary Jones", "Tom Reid"]),
    ("Between Tom Reid and Mary Jones, Ann Lee said the plan would fail.", ["Ann Lee"]),
    ('"It is over," said Tom Reid, and Mary Jones nodded.', ["Tom Reid"]),
])
def test_a_statement_made_by_several_has_all_their_names(text: str, names: list[str]) -> None:
    """``speakers`` holds every speaker, the cue's source first; ``speaker`` stays that source."""
    statement, = quotetrack.read(text, backend="embedded").statements
    assert [s.name for s in statement.speakers] == names
    assert statement.speaker is not None and statement.speaker.name == names[0]


def test_a_name_no_lexicon_knows_is_a_person_once_heard_speaking() -> None:
    """"Marlow explained ... he said": Marlow spoke as a cue's subject, so "he" can be Marlow."""
    text = 'Marlow explained the plan from the stage on Monday. "It will change everything," he said.'
    statements = quotetrack.read(text, backend="embedded").statements
    assert [s.speaker.name if s.speaker else None for s in statements] == ["Marlow", "Marlow"]


# Narrated reactions (issue 13): a response verb's noun-phrase object is its speaker's statement, unless a participle
# carries the words; relative clauses and progressives name their speaker; and the constructions around them.
# id: (text, expected statements)
NARRATED = {
    "response-verb-object": (
        "Senator Ruth Ellis said the deal was illegal. Governor Sam Ortiz rejected Ellis's claim that the deal "
        "broke the law.",
        [("indirect", "the deal was illegal", "Ruth Ellis"),
         ("indirect", "Ellis's claim that the deal broke the law", "Sam Ortiz")]),
    "cue-phrase-cast-doubt-on": (
        "Leon Marsh, the sprinter, said he had been injured. Tom Reid, the coach, cast doubt on Marsh's injury claims.",
        [("indirect", "he had been injured", "Leon Marsh"), ("indirect", "Marsh's injury claims", "Tom Reid")]),
    "participle-carries-the-words": ("Local campaigners have attacked the plan saying it would hurt children.",
                                     [("indirect", "it would hurt children", "Local campaigners")]),
    "by-participle-carries-the-words": ("Union leaders rebuffed the offer by calling for a strike.",
                                        [("indirect", "a strike", "Union leaders")]),
    "restrictive-relative": ("The scheme has faced vocal critics who say it would favour large firms.",
                             [("indirect", "it would favour large firms", "vocal critics")]),
    "relative-progressive": (
        "The witness was questioned by defence lawyers who have been arguing that the chief was not responsible.",
        [("indirect", "that the chief was not responsible", "defence lawyers")]),
    "relative-after-initials": (
        'Letters came from the Small Shops Association and from the Freight Transport Association (FTA), which has '
        'attacked the package as "a tax on jobs".',
        [("mixed", 'the package as "a tax on jobs"', "Freight Transport Association")]),
    "claim-noun-keeps-its-clause": (
        "Adviser Tom Hale said the minister was busy. He rejected speculation that Ms Gray was considering a move "
        "to the Foreign Office, saying her travels were about trade.",
        [("indirect", "the minister was busy", "Tom Hale"),
         ("indirect", "speculation that Ms Gray was considering a move to the Foreign Office", "Tom Hale"),
         ("indirect", "her travels were about trade", "Tom Hale")]),
    "coordinated-cue-ends-the-object": (
        "Jane Conway rejected the idea that the changes amounted to a shake-up and said that the chief was safe.",
        [("indirect", "the idea that the changes amounted to a shake-up", "Jane Conway"),
         ("indirect", "that the chief was safe", "Jane Conway")]),
    "relative-clause-in-an-apposition": (
        'Jane Smith, founder of Acme Media, which argues for press freedom, said the plan was a "bad idea, and a move '
        'by a company that wants growth".',
        [("mixed", 'the plan was a "bad idea, and a move by a company that wants growth"', "Jane Smith")]),
    "coordinated-verb-of-a-described-subject": (
        "Prosecutors went after the banks using laws meant for organised crime, and accused the banks of rigging "
        "markets.",
        [("indirect", "the banks of rigging markets", "Prosecutors")]),
    "coordinated-verb-of-a-body-after-its-article": (
        'In June, the Northern Rowing Association completed its review of the judge and deemed him "well qualified".',
        [("mixed", 'him "well qualified"', "Northern Rowing Association")]),
    "participle-before-a-be-form-is-no-cue": ("Among the firms accused were Acme and Brill.", []),
    "turn-cue-then-participle": ("The union hit back, saying the plan would cost jobs.",
                                 [("indirect", "the plan would cost jobs", "The union")]),
    "backed-a-call": ("Governor Sam Ortiz backed Senator Ellis's call for an inquiry.",
                      [("indirect", "Senator Ellis's call for an inquiry", "Sam Ortiz")]),
    "backed-down-is-no-statement": ("The minister backed down on Friday after a week of protests.", []),
    "relative-antecedent-after-a-verb": ("The senator is courting rural voters, who have backed her campaign.",
                                         [("indirect", "her campaign", "rural voters")]),
    "a-clause-joined-by-and-is-no-part-of-the-subject": (
        "The firm collapsed in 2002 and prosecutors claim that losses were hidden from investors.",
        [("indirect", "that losses were hidden from investors", "prosecutors")]),
    "coordinated-nouns-are-one-subject": ("Several critics and aides said the plan was dead.",
                                          [("indirect", "the plan was dead", "Several critics and aides")]),
    "told-a-named-body-is-an-addressee": (
        'The decision to quit was a "sensible move", since he had other plans at the time, Mr Tom Hale told the BBC.',
        [("mixed", 'The decision to quit was a "sensible move", since he had other plans at the time', "Tom Hale")]),
    "quoted-as-saying": ('"He has been ripping people off for years," AP quoted prosecutor Tom Reid as saying.',
                         [("direct", "He has been ripping people off for years,", "Tom Reid")]),
    "was-quoted-as-saying": ("Senator Ruth Ellis was quoted as saying the deal was dead.",
                             [("indirect", "the deal was dead", "Ruth Ellis")]),
    "passive-is-no-statement": ("Leon Marsh was criticised by coach Tom Reid after the race.", []),
    "time-phrase-is-no-object": ("Senator Ruth Ellis hit back on Tuesday on social media.", []),
    "with-absolute-has-no-speaker": ("The cup was scrapped in 1984, with the derby continuing until 1989.", []),
    "participle-object-is-no-statement": ("Governor Sam Ortiz resigned, defending the seat he won in 2010.", []),
}


@pytest.mark.parametrize("story", NARRATED)
def test_narrated_reactions(story):
    """Narrated reactions give their speaker's statements; passives, times and absolutes give none."""
    text, expected = NARRATED[story]
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "speakers"), [
    pytest.param('"The numbers speak for themselves," said Baxter\'s campaign manager, Ellen Marsh.', ["Ellen Marsh"],
                 id="owner-role-comma-name"),
    pytest.param('"We will appeal," said Governor Lind\'s chief legal adviser Tom Okafor.', ["Tom Okafor"],
                 id="owner-role-name"),
    pytest.param('Jo Reyes, 29, of Dayton, Ohio, said she would vote for the first time.', ["Jo Reyes"],
                 id="age-and-home-town"),
    pytest.param('Sam Ortiz, 61, a retired welder from Akron, says the plant closing hurt the town.', ["Sam Ortiz"],
                 id="age-and-role"),
    pytest.param('"A test would be a stretch for them," Jeff Lowe of the Center for Energy Policy wrote in May.',
                 ["Jeff Lowe"], id="of-a-body-no-lexicon-knows"),
    pytest.param('"A test is unlikely," Dana Poole of the Lewis Carter Institute for Arms Control Studies said.',
                 ["Dana Poole"], id="of-a-body-named-after-a-person"),
    pytest.param('"The rules are clear," the head of the Harbor Safety Agency said.',
                 ["the head of the Harbor Safety Agency"], id="no-person-before-of"),
])
def test_the_named_person_speaks_not_the_owner_or_place(text, speakers):
    """'said X's aide, Y': Y speaks, not X; 'Y, 29, of Town, State, said': Y speaks, not the town."""
    assert [name for _, _, name in reading(text)] == speakers


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The vote was delayed by a week, according to a staffer on the call.", "a staffer on the call",
                 id="cue-word-after-a-determiner-is-a-noun"),
    pytest.param("The mayor backed down, according to one aide who described the meeting.",
                 "one aide who described the meeting", id="relative-clause-verb"),
    pytest.param("The deal is close, according to an official who was not authorized to speak publicly.",
                 "an official who was not authorized to speak publicly", id="verb-after-to"),
])
def test_source_after_according_to_keeps_its_relative_clause(text, speaker):
    """'according to an official who described ...': a cue word inside the phrase does not end it."""
    assert [name for _, _, name in reading(text)][0] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Senator Ross Hale\'s office is calling the report "deeply flawed."', "Senator Ross Hale's office",
                 id="participle-cue-owned-office"),
    pytest.param('In a filing, Marsh\'s defense lawyer asked for leniency, calling the crime "a lapse."',
                 "Marsh's defense lawyer", id="participle-cue-owned-lawyer"),
    pytest.param('"The case is closed," said Okafor\'s attorney.', "Okafor's attorney", id="inverted-cue-owned-role"),
    pytest.param('Okafor\'s spokesman Dan Ruiz is calling the claim "a lie."', "Dan Ruiz", id="owned-role-with-a-name"),
])
def test_an_owned_role_speaks_not_its_owner(text, speaker):
    """"X's lawyer is calling ...": the lawyer speaks, not X (unless the lawyer is named)."""
    assert [name for _, _, name in reading(text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Ana Ruiz spoke on Monday. Rattled by the polls, as well as by complaints over its cost, '
                 'Ruiz rewrote her plan, promising "real relief" for renters.', "Ana Ruiz",
                 id="opening-past-participle"),
    pytest.param('Ana Ruiz spoke on Monday. Looking out at a crowd of several hundred supporters in the old mill town, '
                 'Ruiz read from her notes, promising "real relief" for renters.', "Ana Ruiz", id="opening-ing-form"),
])
def test_an_opening_participle_is_no_subject(text, speaker):
    """'Rattled by the polls, X rewrote her plan, promising ...': X speaks, not the capitalised participle."""
    assert [name for _, _, name in reading(text)][-1] == speaker


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Noting that the plan was "a mess," Senator Jo Hale voted against it.',
                 [("mixed", 'Noting that the plan was "a mess,"', "Jo Hale")], id="no-cue-after"),
    pytest.param('Acknowledging that the mayor "says a lot of odd things," though, Jo Hale did suggest that he would '
                 'win.', [("mixed", 'that the mayor "says a lot of odd things,"', "Jo Hale"),
                          ("indirect", "that he would win", "Jo Hale")], id="aside-before-the-subject"),
    pytest.param("Speaking to reporters on Monday, Jo Hale said the plan was dead.",
                 [("indirect", "the plan was dead", "Jo Hale")], id="no-reported-clause"),
])
def test_the_subject_after_an_opening_participle_clause_speaks(text, expected):
    """'Noting that ..., X voted': the subject after the participle's clause is the participle's speaker."""
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Dana Holt, the party chairwoman, this past week announced that the vote would be delayed.",
                 "Dana Holt", id="this-past-week"),
    pytest.param("Dana Holt, the party chairwoman, last week announced that the vote would be delayed.",
                 "Dana Holt", id="last-week"),
    pytest.param("The Transport Ministry less than two weeks ago said that the line would close.",
                 "Transport Ministry", id="less-than-two-weeks-ago"),
    pytest.param("Dana Holt 10 days ago announced that the vote would be delayed.", "Dana Holt", id="days-ago"),
    pytest.param("The council about a year ago said that the line would close.", "The council", id="about-a-year-ago"),
])
def test_time_phrase_between_subject_and_cue(text, speaker):
    """'X, the chairwoman, this past week announced ...': the time phrase is stepped over to the subject."""
    assert [name for _, _, name in reading(text)] == [speaker]


def _table(rows: str) -> list:
    """Test cases from lines 'id | sentence | statement text | speaker' (all indirect statements)."""
    cases = []
    for line in filter(str.strip, rows.splitlines()):
        case_id, text, content, speaker = (field.strip() for field in line.split(" | "))
        cases.append(pytest.param(text, ("indirect", content, speaker), id=case_id))
    return cases


STANCES = _table("""
referring-to-after-a-speech-cue | "He has never once visited the plant," Jane Smith said, referring to the governor. \
| the governor | Jane Smith
a-stance-on-a-one-word-name | After weeks of silence, the mayor has endorsed Reyes. | Reyes | the mayor
a-response-verb-and-a-name | Jane Smith has repeatedly attacked Reyes over the budget. \
| Reyes over the budget | Jane Smith
a-response-verb-and-a-one-word-name | Tom Brown attacked Reyes on Tuesday. | Reyes | Tom Brown
learned-that | Investigators later learned that the money had been moved offshore. \
| that the money had been moved offshore | Investigators
remembers-that | Jane Smith remembers that the plant employed 4,000 people in 1985. \
| that the plant employed 4,000 people in 1985 | Jane Smith
perceive-as | Many voters perceive the senator as out of touch with rural families. \
| the senator as out of touch with rural families | Many voters
lobbied-for | The company has lobbied for looser rules on drone deliveries. \
| looser rules on drone deliveries | The company
comes-out-against | The mayor comes out against the stadium plan in a letter to residents. \
| the stadium plan in a letter to residents | The mayor
leaning-towards | Jane Smith is leaning towards a run for governor. | a run for governor | Jane Smith
spoke-about | At the rally, Jane Smith spoke about the closing of the paper mill. | the closing of the paper mill \
| Jane Smith
spoken-out-against | Tom Brown has spoken out against the new toll on the bridge. | the new toll on the bridge \
| Tom Brown
complained-of | Residents complained of a strong smell near the plant. | a strong smell near the plant | Residents
tweeted-about | The senator tweeted about the vote in the state house. | the vote in the state house | The senator
boasts-of | Tom Brown often boasts of his record on jobs. | his record on jobs | Tom Brown
""")


@pytest.mark.parametrize(("text", "expected"), STANCES)
def test_stances_and_topics(text, expected):
    """Stances, topics and references the annotation of political news counts as indirect statements."""
    assert expected in reading(text)


@pytest.mark.parametrize("text", [
    pytest.param("The bill was referred to the committee on Monday.", id="referred-to-a-committee"),
    pytest.param("Jane Smith referred to the report in her speech on Monday.", id="a-plain-reference"),
    pytest.param("Voters who endorsed it were few.", id="endorsed-a-pronoun"),
])
def test_no_stance_statement(text):
    """A reference or a stance without a speaker's content is no statement."""
    assert [kind for kind, _, _ in reading(text) if kind == "indirect"] == []


SHARES = _table("""
one-in-five | The poll has a margin of error of three points. One in five say the economy is getting worse. \
| the economy is getting worse | One in five
nine-out-of-ten | In the survey, nearly nine out of 10 said they would vote again. | they would vote again \
| nearly nine out of 10
a-percent-sign | The survey was taken in May. 42% say they trust the mayor, and 30% say they do not. \
| they trust the mayor | 42%
those-surveyed | By wide margins, those surveyed say the city should fix its roads first. \
| the city should fix its roads first | those surveyed
""")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares_of_people_polled_speak(text, expected):
    """'One in five say', 'nearly nine out of 10 said', '42% say', 'those surveyed say': the share speaks."""
    assert expected in reading(text)


def test_a_share_inside_a_clause_is_no_subject():
    """'Prices rose by 4% in May, the agency said': the agency speaks, the share is not a subject."""
    assert reading("Prices rose by 4% in May, the agency said.") == [
        ("indirect", "Prices rose by 4% in May", "the agency")]


@pytest.mark.parametrize(("text", "expected"), _table("""
but-said-after-a-clause | Jane Smith said the plant would stay open, but said the union could not expect raises. \
| the union could not expect raises | Jane Smith
but-said-after-an-act | Union leaders accepted the offer, but said the fight over pensions was not over. \
| the fight over pensions was not over | Union leaders
"""))
def test_a_speech_cue_after_but_shares_the_subject(text, expected):
    """'X accepted the offer, but said ...': the verb of saying after "but" has the clause's subject."""
    assert expected in reading(text)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('The two senators sent a letter. "You have picked a new standard," the two write.',
                 [("direct", "You have picked a new standard,", "the two")], id="inverted"),
    pytest.param('The three mayors met on Monday. The three said the plan was "a good start."',
                 [("mixed", 'the plan was "a good start."', "The three")], id="opening-the-sentence"),
])
def test_the_two_speak(text, expected):
    """'"Q," the two write': "the" and a cardinal make a subject, as a quantifier does ("both said")."""
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('"It is over," Ana Ruiz told the BBC in an interview when asked which candidate she would back.',
                 [("direct", "It is over,", "Ana Ruiz")], id="in-an-interview-when-asked"),
    pytest.param("The plan will fail, the senator said in a speech after the vote.",
                 [("indirect", "The plan will fail", "the senator")], id="a-description-before-its-cue"),
])
def test_a_description_ends_before_a_clause_opener(text, expected):
    """'in an interview when asked ...': "an interview when" is no source; a clause opener ends no description."""
    assert reading(text) == expected


@pytest.mark.parametrize(("text", "read"), [
    ("Summit live\n\n09:25 — Talks could run through the night, officials said.",
     [("indirect", "Talks could run through the night", "officials")]),
    ("Summit live\n\n9.40am — Ann Dale accused Tom Reyes of blocking the deal, according to two officials.",
     [("indirect", "Ann Dale accused Tom Reyes of blocking the deal", "two officials")]),
    ("Summit live\n\n09:38 — A diplomat said the mood was tense.", [("indirect", "the mood was tense", "A diplomat")]),
    ("SYDNEY — \"We will fight,\" Ann Dale said.", [("direct", "We will fight,", "Ann Dale")]),
    ("WASHINGTON (AP) — The talks failed, officials said.", [("indirect", "The talks failed", "officials")]),
])
def test_a_time_stamp_or_dateline_opening_a_line_is_no_part_of_a_statement(text, read):
    """A live blog's "09:25 —" or a dateline is no reported words: it opened the statement, or was one alone ("09:38"
    said by the diplomat); a quotation it leaves alone is direct."""
    article = quotetrack.read(text)
    assert [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in article.statements] == read
