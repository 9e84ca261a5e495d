"""The stanza backend: conversion of stanza Documents, the layers it adds, models, and the real tokenizer.

Stanza's models cannot be downloaded on the machines these tests run on, so
the parses, entities and coreference chains are built by hand as stanza
Documents (as stanza's own processors would leave them) and run through the
real conversion and reading. Only the genuine English tokenizer, which lies in
``../shared/models/stanza_resources``, runs as a real pipeline.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import quotetrack
from quotetrack.backends import stanza as stanza_backend
from quotetrack.cli import main
from quotetrack.errors import BackendError
from quotetrack.pipeline import read_document

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed")
from stanza.models.common.doc import Document as StanzaDocument  # noqa: E402
from stanza.models.coref.coref_chain import CorefChain, CorefMention  # noqa: E402
from stanza.utils.conll import CoNLL  # noqa: E402

SHARED = Path(__file__).resolve().parents[3] / "shared"
TOKENIZER_DIR = SHARED / "models" / "stanza_resources"
SEED_CHECK = SHARED / "eval" / "seed_check.py"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stanza"


def sentence(text: str, offset: int, words: list[tuple]) -> list[dict]:
    """Token dicts for one sentence: (text, lemma, upos, head, deprel, ner); offsets found in ``text``."""
    out, cursor = [], offset
    for i, (word, lemma, upos, head, deprel, ner) in enumerate(words, 1):
        start = text.index(word, cursor)
        cursor = start + len(word)
        out.append(dict(id=i, text=word, lemma=lemma, upos=upos, head=head, deprel=deprel, ner=ner,
                        start_char=start, end_char=cursor))
    return out


def read_stanza(doc: StanzaDocument, text: str) -> quotetrack.Article:
    return read_document(stanza_backend.from_stanza(doc, text), id="t")


# -- conversion --------------------------------------------------------------------------------


def test_import_does_not_load_stanza_or_torch():
    """Importing quotetrack imports neither stanza nor torch."""
    code = "import sys, quotetrack; print('stanza' in sys.modules, 'torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def build_mwt_document() -> tuple[StanzaDocument, str]:
    text = '"We will not back down," Senator Jane Smith told reporters. Acme Corp said it didn\'t object.'
    s1 = sentence(text, 0, [
        ('"', '"', "PUNCT", 5, "punct", "O"), ("We", "we", "PRON", 5, "nsubj", "O"),
        ("will", "will", "AUX", 5, "aux", "O"), ("not", "not", "PART", 5, "advmod", "O"),
        ("back", "back", "VERB", 12, "ccomp", "O"), ("down", "down", "ADP", 5, "compound:prt", "O"),
        (",", ",", "PUNCT", 5, "punct", "O"), ('"', '"', "PUNCT", 5, "punct", "O"),
        ("Senator", "Senator", "PROPN", 10, "compound", "O"), ("Jane", "Jane", "PROPN", 12, "nsubj", "B-PERSON"),
        ("Smith", "Smith", "PROPN", 10, "flat", "E-PERSON"), ("told", "tell", "VERB", 0, "root", "O"),
        ("reporters", "reporter", "NOUN", 12, "obj", "O"), (".", ".", "PUNCT", 12, "punct", "O"),
    ])
    b = text.index("Acme")
    s2 = [
        dict(id=1, text="Acme", lemma="Acme", upos="PROPN", head=2, deprel="compound", ner="B-ORG",
             misc=f"start_char={b}|end_char={b + 4}"),
        dict(id=2, text="Corp", lemma="Corp", upos="PROPN", head=3, deprel="nsubj", ner="E-ORG",
             misc=f"start_char={b + 5}|end_char={b + 9}"),
        dict(id=3, text="said", lemma="say", upos="VERB", head=0, deprel="root", ner="O",
             misc=f"start_char={b + 10}|end_char={b + 14}"),
        dict(id=4, text="it", lemma="it", upos="PRON", head=7, deprel="nsubj", ner="O",
             misc=f"start_char={b + 15}|end_char={b + 17}"),
        {"id": (5, 6), "text": "didn't", "ner": "O", "misc": f"start_char={b + 18}|end_char={b + 24}"},
        dict(id=5, text="did", lemma="do", upos="AUX", head=7, deprel="aux"),
        dict(id=6, text="n't", lemma="not", upos="PART", head=7, deprel="advmod"),
        dict(id=7, text="object", lemma="object", upos="VERB", head=3, deprel="ccomp", ner="O",
             misc=f"start_char={b + 25}|end_char={b + 31}"),
        dict(id=8, text=".", lemma=".", upos="PUNCT", head=3, deprel="punct", ner="O",
             misc=f"start_char={b + 31}|end_char={b + 32}"),
    ]
    doc = StanzaDocument([s1, s2], text=text)
    doc.coref = [CorefChain(index=0, mentions=[CorefMention(1, 0, 2), CorefMention(1, 3, 4)],
                            representative_text="Acme Corp", representative_index=0)]
    return doc, text


def test_conversion_keeps_offsets_and_multiword_tokens():
    """Tokens slice the original text; "didn't" stays one token, headed like its syntactic head word."""
    doc, text = build_mwt_document()
    converted = stanza_backend.from_stanza(doc, text)
    assert converted.backend == "stanza"
    assert all(text[t.start : t.end] == t.text for t in converted.tokens)
    didnt = next(t for t in converted.tokens if t.text == "didn't")
    assert converted.tokens[didnt.head].text == "object"
    assert (didnt.deprel, didnt.upos, didnt.lemma) in {("aux", "AUX", "do"), ("advmod", "PART", "not")}
    assert len(converted.sentences) == 2
    assert [text[s.start : s.end] for s in converted.sentences][1] == "Acme Corp said it didn't object."


POSSESSIVE_CONLLU = """# text = The firm's boss said no.
1\tThe\tthe\tDET\t_\t_\t4\tdet\t_\tstart_char=0|end_char=3|ner=O
2-3\tfirm's\t_\t_\t_\t_\t_\t_\t_\tstart_char=4|end_char=10|ner=O
2\tfirm\tfirm\tNOUN\t_\t_\t4\tnmod:poss\t_\t_
3\t's\t's\tPART\t_\t_\t2\tcase\t_\t_
4\tboss\tboss\tNOUN\t_\t_\t5\tnsubj\t_\tstart_char=11|end_char=15|ner=O
5\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\tstart_char=16|end_char=20|ner=O
6\tno\tno\tINTJ\t_\t_\t5\tobj\t_\tstart_char=21|end_char=23|ner=O
7\t.\t.\tPUNCT\t_\t_\t5\tpunct\t_\tstart_char=23|end_char=24|ner=O

"""


def test_conversion_splits_a_possessive_as_the_embedded_tokenizer_does():
    """A multi-word "firm's" is two tokens, "firm" and "'s", each headed like its own word; "didn't" stays whole."""
    text = "The firm's boss said no."
    tokens = stanza_backend.from_stanza(CoNLL.conll2doc(input_str=POSSESSIVE_CONLLU), text).tokens
    assert [t.text for t in tokens] == ["The", "firm", "'s", "boss", "said", "no", "."]
    assert (tokens[1].head, tokens[1].deprel) == (3, "nmod:poss") and (tokens[2].head, tokens[2].deprel) == (1, "case")
    doc, mwt_text = build_mwt_document()
    assert any(t.text == "didn't" for t in stanza_backend.from_stanza(doc, mwt_text).tokens)


def test_conversion_heads_and_relations():
    """Dependency heads point at token indices and relations are kept."""
    doc, text = build_mwt_document()
    tokens = stanza_backend.from_stanza(doc, text).tokens
    told = next(i for i, t in enumerate(tokens) if t.text == "told")
    jane = next(t for t in tokens if t.text == "Jane")
    assert jane.head == told and jane.deprel == "nsubj" and tokens[told].head is None


def test_conversion_entities_and_titles():
    """Stanza's entities keep their types; the embedded tagger adds the title stanza leaves outside."""
    doc, text = build_mwt_document()
    entities = {(e.text, e.label) for e in stanza_backend.from_stanza(doc, text).entities}
    assert {("Jane Smith", "PERSON"), ("Acme Corp", "ORG"), ("Senator", "TITLE")} <= entities


def test_conversion_coreference_chains():
    """Coreference chains become character spans, with their representative mention."""
    doc, text = build_mwt_document()
    (chain,) = stanza_backend.from_stanza(doc, text).coref
    assert [text[s:e] for s, e in chain.mentions] == ["Acme Corp", "it"]
    assert text[slice(*chain.representative)] == "Acme Corp"


def test_conversion_from_conllu_fixture():
    """A CoNLL-U document (stanza.utils.conll) converts with offsets from its MISC column."""
    text = (FIXTURES / "parse_subject.txt").read_text(encoding="utf-8")
    doc = CoNLL.conll2doc(input_str=(FIXTURES / "parse_subject.conllu").read_text(encoding="utf-8"))
    doc.build_ents()
    converted = stanza_backend.from_stanza(doc, text)
    assert all(text[t.start : t.end] == t.text for t in converted.tokens)
    assert converted.has_parse


# -- each layer changes an attribution the embedded backend gets wrong ------------------------------


def test_parse_finds_the_subject_the_rules_miss():
    """The parse's nsubj of "said" is "The senator", where the rules take "a decade"."""
    text = (FIXTURES / "parse_subject.txt").read_text(encoding="utf-8")
    assert quotetrack.read(text).statements[0].speaker.name == "a decade"  # the embedded backend's guess
    doc = CoNLL.conll2doc(input_str=(FIXTURES / "parse_subject.conllu").read_text(encoding="utf-8"))
    doc.build_ents()
    (statement,) = read_stanza(doc, text).statements
    assert statement.text == "the plan would fail"
    assert statement.speaker.name == "The senator"


def test_ner_names_an_organisation_no_lexicon_knows():
    """"Zorblax Quantix" is an organisation only NER knows (no word of it is a body's); the embedded backend takes
    the two capitalised words for a person's name."""
    text = "Zorblax Quantix said the merger was off."
    assert [s.speaker.kind for s in quotetrack.read(text, backend="embedded").statements] == ["person"]
    doc = StanzaDocument([sentence(text, 0, [
        ("Zorblax", "Zorblax", "PROPN", 2, "compound", "B-ORG"),
        ("Quantix", "Quantix", "PROPN", 3, "nsubj", "E-ORG"),
        ("said", "say", "VERB", 0, "root", "O"), ("the", "the", "DET", 5, "det", "O"),
        ("merger", "merger", "NOUN", 7, "nsubj", "O"), ("was", "be", "AUX", 7, "cop", "O"),
        ("off", "off", "ADV", 3, "ccomp", "O"), (".", ".", "PUNCT", 3, "punct", "O"),
    ])], text=text)
    (statement,) = read_stanza(doc, text).statements
    assert statement.speaker.name == "Zorblax Quantix"
    assert statement.speaker.kind == "organisation"


def test_ner_entities_feed_the_affiliation_rules():
    """An apposition "X, an economist at Y" ties X to a body only NER knows (a lower-case brand the embedded
    tagger does not take for a name): the same rule as on the embedded backend, fed by stanza's entities."""
    text = "Dana Whitfield, an economist at bitzorp, said the rate would rise."
    assert quotetrack.read(text, backend="embedded").statements[0].speaker.organisation is None
    doc = StanzaDocument([sentence(text, 0, [
        ("Dana", "Dana", "PROPN", 9, "nsubj", "B-PERSON"), ("Whitfield", "Whitfield", "PROPN", 1, "flat", "E-PERSON"),
        (",", ",", "PUNCT", 5, "punct", "O"), ("an", "a", "DET", 5, "det", "O"),
        ("economist", "economist", "NOUN", 1, "appos", "O"), ("at", "at", "ADP", 7, "case", "O"),
        ("bitzorp", "bitzorp", "PROPN", 5, "nmod", "S-ORG"),
        (",", ",", "PUNCT", 5, "punct", "O"), ("said", "say", "VERB", 0, "root", "O"),
        ("the", "the", "DET", 11, "det", "O"), ("rate", "rate", "NOUN", 13, "nsubj", "O"),
        ("would", "would", "AUX", 13, "aux", "O"), ("rise", "rise", "VERB", 9, "ccomp", "O"),
        (".", ".", "PUNCT", 9, "punct", "O"),
    ])], text=text)
    (statement,) = read_stanza(doc, text).statements
    assert statement.speaker.name == "Dana Whitfield"
    assert statement.speaker.organisation is not None and statement.speaker.organisation.name == "bitzorp"


def test_coreference_resolves_a_pronoun():
    """A chain linking "She" to Mary Jones overrides the rules, which pick the sentence's subject, Jane Smith."""
    text = "Jane Smith met Mary Jones on Monday. She said the deal was done."
    assert quotetrack.read(text).statements[0].speaker.name == "Jane Smith"
    s1 = sentence(text, 0, [
        ("Jane", "Jane", "PROPN", 3, "nsubj", "B-PERSON"), ("Smith", "Smith", "PROPN", 1, "flat", "E-PERSON"),
        ("met", "meet", "VERB", 0, "root", "O"), ("Mary", "Mary", "PROPN", 3, "obj", "B-PERSON"),
        ("Jones", "Jones", "PROPN", 4, "flat", "E-PERSON"), ("on", "on", "ADP", 7, "case", "O"),
        ("Monday", "Monday", "PROPN", 3, "obl", "S-DATE"), (".", ".", "PUNCT", 3, "punct", "O"),
    ])
    s2 = sentence(text, text.index("She"), [
        ("She", "she", "PRON", 2, "nsubj", "O"), ("said", "say", "VERB", 0, "root", "O"),
        ("the", "the", "DET", 4, "det", "O"), ("deal", "deal", "NOUN", 6, "nsubj", "O"),
        ("was", "be", "AUX", 6, "cop", "O"), ("done", "do", "VERB", 2, "ccomp", "O"),
        (".", ".", "PUNCT", 2, "punct", "O"),
    ])
    doc = StanzaDocument([s1, s2], text=text)
    doc.coref = [CorefChain(index=0, mentions=[CorefMention(0, 3, 5), CorefMention(1, 0, 1)],
                            representative_text="Mary Jones", representative_index=0)]
    (statement,) = read_stanza(doc, text).statements
    assert statement.speaker.name == "Mary Jones"


# -- models, errors, backend choice --------------------------------------------------------------


def test_status_of_an_empty_folder(tmp_path):
    """An empty folder has no processors, and every default one is missing."""
    found = stanza_backend.status(tmp_path)
    assert found.processors == {} and found.missing == stanza_backend.DEFAULT_PROCESSORS


def test_missing_models_are_a_clear_error(tmp_path):
    """Reading with the stanza backend and no models names the download command, without network access."""
    with pytest.raises(BackendError, match="quotetrack models download --dir"):
        quotetrack.read("He said so.", backend="stanza", stanza_dir=str(tmp_path))


def test_cli_missing_models_exit_status(tmp_path):
    """The command line says so in one line and exits 2."""
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_54b514b8333d32ea.txt"
    err = io.StringIO()
    status = main(["extract", str(seed), "--backend", "stanza", "--stanza-dir", str(tmp_path)], out=io.StringIO(),
                  err=err)
    assert status == 2 and err.getvalue().count("\n") == 1 and "models download" in err.getvalue()


def test_cli_models_status(tmp_path):
    """`quotetrack models status` lists each processor and says which backend auto uses."""
    out = io.StringIO()
    assert main(["models", "status", "--dir", str(tmp_path)], out=out) == 0
    text = out.getvalue()
    assert str(tmp_path) in text and "tokenize" in text and "reads with the embedded backend" in text


def test_auto_uses_embedded_without_models(tmp_path, monkeypatch):
    """`auto` falls back to the embedded backend when stanza's models are absent."""
    monkeypatch.setenv("QUOTETRACK_STANZA_DIR", str(tmp_path))
    assert not stanza_backend.available()


def test_missing_extra_is_a_clear_error(monkeypatch):
    """Without the stanza package the backend says which extra to install."""
    monkeypatch.setattr(stanza_backend, "_stanza_installed", lambda: False)
    with pytest.raises(BackendError, match=r"quotetrack\[stanza\]"):
        stanza_backend.pipeline()


# -- real models -----------------------------------------------------------------------------------


@pytest.mark.skipif(not (TOKENIZER_DIR / "en" / "tokenize").is_dir(),
                    reason="stanza's English tokenizer is not in ../shared/models/stanza_resources")
def test_seed_with_the_real_tokenizer(tmp_path):
    """With stanza's genuine tokenizer the seed reads exactly as with the embedded backend, and passes its check."""
    text = (Path(__file__).resolve().parents[2] / "seeds" / "000_54b514b8333d32ea.txt").read_text(encoding="utf-8")
    with_stanza = quotetrack.read(text, id="000_54b514b8333d32ea", backend="stanza", stanza_dir=str(TOKENIZER_DIR))
    embedded = quotetrack.read(text, id="000_54b514b8333d32ea", backend="embedded")

    def summary(article: quotetrack.Article) -> list[tuple]:
        return [(s.start, s.end, s.kind, s.speaker and s.speaker.name,
                 s.speaker and s.speaker.organisation and s.speaker.organisation.name) for s in article.statements]

    assert summary(with_stanza) == summary(embedded)
    if SEED_CHECK.is_file():
        pred = tmp_path / "pred.jsonl"
        pred.write_text(json.dumps(quotetrack.article_record(with_stanza)) + "\n", encoding="utf-8")
        expected = Path(__file__).resolve().parents[2] / "seeds" / "000_54b514b8333d32ea.expected.json"
        result = subprocess.run([sys.executable, str(SEED_CHECK), str(expected), str(pred), "--part", "statements"],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


@pytest.mark.skipif(not (TOKENIZER_DIR / "en" / "tokenize").is_dir(),
                    reason="stanza's English tokenizer is not in ../shared/models/stanza_resources")
def test_a_possessive_description_before_a_name_with_the_real_tokenizer():
    """'"...," the company's chief executive, X, said': the name in apposition speaks, as with the embedded
    backend (stanza's tokenizer keeps "company's" one token; the rules read "'s" as a token of its own)."""
    text = ('Kelvor, the Lyon-based toy maker, said it would recall 40,000 kites. "Safety comes first," the '
            "company's chief executive, Ines Marchal, said in a statement.")
    for backend in ("stanza", "embedded"):
        article = quotetrack.read(text, backend=backend, stanza_dir=str(TOKENIZER_DIR))
        speaker = article.statements[-1].speaker
        assert speaker is not None and speaker.name == "Ines Marchal", backend
        assert speaker.organisation is not None and speaker.organisation.name == "Kelvor", backend


@pytest.mark.skipif(not stanza_backend.available(),
                    reason="stanza's full English models are not installed (run: quotetrack models download)")
def test_full_models_read_an_attribution():
    """With the full English models, a plain attribution is read through stanza's parse and NER."""
    article = quotetrack.read('"We will not back down," Senator Jane Smith told reporters.', backend="stanza")
    (statement,) = article.statements
    assert statement.speaker.name == "Jane Smith"
