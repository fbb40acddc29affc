"""Tests for the German pipeline de_newsflow_sm.

- test_de_pipeline_*: the shipped package (skipped when de_newsflow_sm is not installed;
  install with `pip install ./models/de_newsflow_sm`).
- test_training_smoke: the training code path of training/de (vectors -> pretrain ->
  train syntax -> train NER -> assemble -> load) on tiny embedded data, a few steps each.
  Never reads ../shared (end users and CI runs do not depend on it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training" / "de"

# From the seed article (seeds/seed_de.txt), embedded so the test needs no data files.
SEED_SENTENCES = (
    "Der russische Präsident Wladimir Putin hat kürzlich öffentlich die Behauptungen über "
    "geheime Kommunikationen mit dem ehemaligen US-Präsidenten Donald Trump als „völligen "
    "Unsinn“ abgetan. Bei einer Pressekonferenz nach dem 16. BRICS-Gipfel in Kasan ging Putin "
    "auf die Frage von NBC zu dem neuen Buch Wars des Veteranenjournalisten Bob Woodward ein, "
    "das berichtet, dass Trump und Putin angeblich seit dem Ende von Trumps Amtszeit mindestens "
    "sieben Mal miteinander gesprochen haben."
)


@pytest.fixture(scope="module")
def nlp_de():
    pytest.importorskip("de_newsflow_sm")
    import spacy

    return spacy.load("de_newsflow_sm")


def test_de_pipeline_components(nlp_de):
    assert nlp_de.lang == "de"
    assert nlp_de.meta["name"] == "newsflow_sm"
    assert nlp_de.meta["version"] == "0.3.3"
    for name in ("tok2vec", "tagger", "morphologizer", "parser", "ner"):
        assert name in nlp_de.pipe_names
    assert set(nlp_de.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


def test_de_pipeline_seed_entities(nlp_de):
    doc = nlp_de(SEED_SENTENCES)
    ents = {(e.text, e.label_) for e in doc.ents}
    for expected in (
        ("Wladimir Putin", "PER"),
        ("Donald Trump", "PER"),
        ("Bob Woodward", "PER"),
        ("Kasan", "LOC"),
    ):
        assert expected in ents, f"{expected} not in {sorted(ents)}"


def test_de_pipeline_seed_org(nlp_de):
    doc = nlp_de(SEED_SENTENCES)
    assert ("NBC", "ORG") in {(e.text, e.label_) for e in doc.ents}


@pytest.fixture(scope="module")
def seed_doc(nlp_de):
    return nlp_de((ROOT / "seeds" / "seed_de.txt").read_text(encoding="utf8"))


def test_de_pipeline_seed_compounds_are_not_entities(seed_doc):
    """0.1.0 tagged BRICS-Gipfel ORG and US-Wahlen LOC (compounds with a name inside)."""
    texts = {e.text for e in seed_doc.ents}
    for compound in ("BRICS-Gipfel", "US-Wahlen", "US-Außenpolitik", "US-Vorwürfen"):
        assert compound not in texts


def test_de_pipeline_sentences_end_at_line_breaks(seed_doc):
    for sent in seed_doc.sents:
        assert "\n" not in sent.text.strip(), sent.text
    assert len(list(seed_doc.sents)) >= seed_doc.text.strip().count("\n") + 1


def test_de_pipeline_syntax(nlp_de):
    doc = nlp_de(SEED_SENTENCES)
    sents = list(doc.sents)
    assert len(sents) == 2
    putin = next(t for t in doc if t.text == "Putin")
    assert putin.pos_ == "PROPN"
    assert doc[0].lemma_ == "der"  # "Der" -> "der"
    assert any(t.dep_ == "nsubj" for t in doc)
    assert str(next(t for t in doc if t.text == "hat").morph.get("Tense")) in ("['Pres']",)


# --------------------------------------------------------------- training smoke
# (words, heads, deps, pos, lemmas, morphs, ents) -- hand-annotated UD-style sentences
SMOKE_SENTS = [
    (
        ["Angela", "Merkel", "besuchte", "gestern", "Berlin", "."],
        [2, 0, 2, 2, 2, 2],
        ["nsubj", "flat:name", "ROOT", "advmod", "obj", "punct"],
        ["PROPN", "PROPN", "VERB", "ADV", "PROPN", "PUNCT"],
        ["Angela", "Merkel", "besuchen", "gestern", "Berlin", "."],
        ["", "", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "", "", ""],
        ["B-PER", "I-PER", "O", "O", "B-LOC", "O"],
    ),
    (
        ["Die", "Firma", "Siemens", "baut", "Züge", "in", "München", "."],
        [1, 3, 1, 3, 3, 6, 3, 3],
        ["det", "nsubj", "appos", "ROOT", "obj", "case", "obl", "punct"],
        ["DET", "NOUN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["der", "Firma", "Siemens", "bauen", "Zug", "in", "München", "."],
        ["Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art",
         "Case=Nom|Gender=Fem|Number=Sing", "",
         "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
         "Case=Acc|Gender=Masc|Number=Plur", "", "", ""],
        ["O", "O", "B-ORG", "O", "O", "O", "B-LOC", "O"],
    ),
    (
        ["Der", "Präsident", "sprach", "mit", "Journalisten", "von", "NBC", "."],
        [1, 2, 2, 4, 2, 6, 4, 2],
        ["det", "nsubj", "ROOT", "case", "obl", "case", "nmod", "punct"],
        ["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["der", "Präsident", "sprechen", "mit", "Journalist", "von", "NBC", "."],
        ["Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art",
         "Case=Nom|Gender=Masc|Number=Sing",
         "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "",
         "Case=Dat|Gender=Masc|Number=Plur", "", "", ""],
        ["O", "O", "O", "O", "O", "O", "B-ORG", "O"],
    ),
]


def _run(args, cwd, timeout=120):
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
    proc = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert proc.returncode == 0, f"{args} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def _make_smoke_corpus(path: Path):
    import numpy
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.blank("de")
    docs = []
    for words, heads, deps, pos, lemmas, morphs, ents in SMOKE_SENTS:
        docs.append(
            Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=pos,
                lemmas=lemmas, morphs=morphs, ents=ents,
                sent_starts=[True] + [False] * (len(words) - 1))
        )
    path.mkdir(parents=True, exist_ok=True)
    train = DocBin(docs=docs * 4)
    # running text, as convert.py writes syntax_traindev (the parser learns sentence ends)
    DocBin(docs=[Doc.from_docs(docs)] * 4).to_disk(path / "syntax_traindev.spacy")
    for name in ("syntax_train", "syntax_dev", "syntax_test", "ner_train",
                 "ner_dev", "ner_test_germeval", "ner_test_smartdata"):
        train.to_disk(path / f"{name}.spacy")
    with open(path / "raw.jsonl", "w", encoding="utf8") as f:
        for d in docs * 3:
            f.write(json.dumps({"text": d.text}, ensure_ascii=False) + "\n")
    # tiny random static vectors (the real build trains them with train_vectors.py)
    vocab = sorted({w for s in SMOKE_SENTS for w in s[0]})
    rng = numpy.random.default_rng(0)
    with open(path / "vectors.txt", "w", encoding="utf8") as f:
        f.write(f"{len(vocab)} 8\n")
        for w in vocab:
            f.write(w + " " + " ".join(f"{x:.3f}" for x in rng.normal(size=8)) + "\n")
    with open(path / "gazetteer.jsonl", "w", encoding="utf8") as f:
        f.write(json.dumps({"label": "LOC", "pattern": "Kasan"}) + "\n")


@pytest.mark.timeout(180)
def test_training_smoke(tmp_path):
    pytest.importorskip("spacy")
    corpus = tmp_path / "corpus"
    _make_smoke_corpus(corpus)
    vectors = tmp_path / "vectors"
    _run(["-m", "spacy", "init", "vectors", "de", str(corpus / "vectors.txt"), str(vectors)],
         TRAINING)
    # tok2vec pretraining, one epoch
    _run(["-m", "spacy", "pretrain", "configs/syntax.cfg", str(tmp_path / "pretrain"),
          "--paths.vectors", str(vectors), "--paths.raw_text", str(corpus / "raw.jsonl"),
          "--pretraining.max_epochs", "1"], TRAINING)
    init_t2v = str(tmp_path / "pretrain" / "model0.bin")
    common = ["--paths.vectors", str(vectors), "--paths.init_tok2vec", init_t2v,
              "--training.max_steps", "4", "--training.eval_frequency", "2"]
    _run(["-m", "spacy", "train", "configs/syntax.cfg", "--output", str(tmp_path / "syntax"),
          "--paths.train", str(corpus / "syntax_traindev.spacy"),
          "--paths.dev", str(corpus / "syntax_dev.spacy"),
          "--components.parser.min_action_freq", "1", *common], TRAINING)
    _run(["-m", "spacy", "train", "configs/ner.cfg", "--output", str(tmp_path / "ner"),
          "--paths.train", str(corpus / "ner_train.spacy"),
          "--paths.dev", str(corpus / "ner_dev.spacy"), *common], TRAINING)
    final = tmp_path / "final"
    _run(["assemble.py", "--syntax", str(tmp_path / "syntax" / "model-last"),
          "--ner", str(tmp_path / "ner" / "model-last"), "--corpus", str(corpus),
          "--gazetteer", str(corpus / "gazetteer.jsonl"), "--lemma-table", "train",
          "--out", str(final)], TRAINING)
    proc = _run(["evaluate.py", str(final), "--corpus", str(corpus), "--no-speed"], TRAINING)
    scores = json.loads(proc.stdout)
    assert {"ud_test", "germeval_test", "smartdata_test"} <= set(scores)

    # load in a fresh interpreter: the installed de_newsflow_sm registers the same factories
    check = (
        "import json, sys, spacy, newsflow_de_components\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('Putin sprach in Kasan mit Journalisten von NBC.')\n"
        "print(json.dumps({'pipe_names': nlp.pipe_names, 'n': len(doc),\n"
        "  'ents': [[e.text, e.label_] for e in doc.ents], 'lemma_mit': doc[4].lemma_}))\n"
    )
    out = json.loads(_run(["-c", check, str(final)], TRAINING).stdout)
    assert out["pipe_names"] == ["tok2vec", "tagger", "morphologizer", "sentence_presets",
                                 "parser", "trainable_lemmatizer", "lemma_table", "ner",
                                 "gazetteer", "entity_rules"]
    assert out["n"] == 9
    assert ["Kasan", "LOC"] in out["ents"]  # gazetteer
    assert out["lemma_mit"] == "mit"  # lemma table from the training split


# --------------------------------------------------------------- custom components
def _import_training(module: str):
    """Import a module of training/de (not a package) without leaving it on sys.path."""
    import importlib

    sys.path.insert(0, str(TRAINING))
    try:
        return importlib.import_module(module)
    finally:
        sys.path.remove(str(TRAINING))


@pytest.fixture(scope="module")
def components():
    """Registers the custom factories: from the installed package when there is one
    (it ships a copy of training/de's file, see the test below; registering both
    would clash), else from training/de."""
    spacy = pytest.importorskip("spacy")
    try:
        import de_newsflow_sm  # noqa: F401
    except ImportError:
        _import_training("newsflow_de_components")
    return spacy


@pytest.fixture
def presets(components):
    nlp = components.blank("de")
    nlp.add_pipe("sentence_presets")
    return nlp


def test_shipped_components_match_training_code():
    package = pytest.importorskip("de_newsflow_sm")
    shipped = Path(package.__file__).parent / "newsflow_de_components.py"
    source = TRAINING / "newsflow_de_components.py"
    assert shipped.read_text(encoding="utf8") == source.read_text(encoding="utf8")


def test_sentence_presets_line_break_starts_sentence(presets):
    doc = presets("Das war Unsinn.“\n„Es gab keine Kontakte“, sagte er.\n\nDie Wahl folgt")
    starts = [t.text for t in doc if t.is_sent_start]
    # the opening quote starts the sentence; the word after it does not
    assert starts == ["Das", "„", "Die"]
    assert next(t for t in doc if t.text == "Es").is_sent_start is False
    # the line break stays with the sentence before it
    newline = next(t for t in doc if t.text == "\n")
    assert newline.is_sent_start is False


def test_sentence_presets_leave_plain_text_to_the_parser(presets):
    doc = presets("Er kam. Sie ging.")
    assert all(t.is_sent_start is None for t in doc[1:])


@pytest.mark.parametrize(
    "text, not_start",
    [
        ("Das fällt uns nicht leicht.« Der Betriebsrat reagierte.", "«"),
        ("Das hat Folgen.» Die Glaziologin forderte mehr.", "»"),
        ("Er sagte: „Wir gehen.“ Dann ging er.", "“"),
    ],
)
def test_sentence_presets_closing_quote_stays_with_its_sentence(presets, text, not_start):
    doc = presets(text)
    assert next(t for t in doc if t.text == not_start).is_sent_start is False


def test_sentence_presets_no_sentence_start_after_colon(presets):
    doc = presets("Im Forum schrieb ein Nutzer: „Endlich, das war überfällig.“")
    colon = next(t for t in doc if t.text == ":")
    assert doc[colon.i + 1].is_sent_start is False  # „
    assert doc[colon.i + 2].is_sent_start is False  # Endlich


def test_upos_from_tag_overrides_pos(components):
    spacy = components
    nlp = spacy.blank("de")
    nlp.add_pipe("upos_from_tag")
    doc = nlp.make_doc("Putin sprach")
    doc[0].pos_, doc[0].tag_ = "NOUN", "PROPN"
    doc[1].pos_ = "VERB"  # no tag: keeps the morphologizer's POS
    doc = nlp.get_pipe("upos_from_tag")(doc)
    assert [t.pos_ for t in doc] == ["PROPN", "VERB"]


# --------------------------------------------------------------- corpus conversion
def _conllu(sentences: list[list[str]]) -> str:
    """Minimal CoNLL-U: each word a NOUN attached to the first word."""
    out = []
    for words in sentences:
        for i, w in enumerate(words, 1):
            head, dep = (0, "root") if i == 1 else (1, "dep")
            out.append(f"{i}\t{w}\t{w.lower()}\tNOUN\tNN\t_\t{head}\t{dep}\t_\t_")
        out.append("")
    return "\n".join(out) + "\n"


def test_convert_ud_split_uses_the_gsd_train_split_only_when_present(tmp_path):
    pytest.importorskip("spacy")
    convert = _import_training("convert")
    (tmp_path / "ud_german_gsd").mkdir()
    (tmp_path / "ud_german_pud").mkdir()
    sents = [[f"Wort{i}", "Satz", "."] for i in range(20)]
    (tmp_path / "ud_german_gsd" / "de_gsd-ud-dev.conllu").write_text(_conllu(sents))
    (tmp_path / "ud_german_pud" / "de_pud-ud-test.conllu").write_text(_conllu(sents))

    without = convert.ud_split(tmp_path)
    assert [len(without[p]) for p in ("train", "dev", "test")] == [32, 4, 4]
    assert all(t.tag_ == "NOUN" for d in without["train"] for t in d)  # tag = UPOS

    (tmp_path / convert.UD_GSD_TRAIN).write_text(_conllu(sents[:15]))
    with_train = convert.ud_split(tmp_path)
    assert len(with_train["train"]) == 32 + 15
    assert [len(with_train[p]) for p in ("dev", "test")] == [4, 4]  # held-out unchanged
    running = with_train["traindev_running"]
    assert sum(len(list(d.sents)) for d in running) == 36 + 15


def test_gsd_train_upos_is_mapped_to_current_conventions_and_feeds_the_tagger_only(tmp_path):
    pytest.importorskip("spacy")
    from spacy.vocab import Vocab

    convert = _import_training("convert")
    path = tmp_path / "train.upos.txt"
    path.write_text(
        # v2.3: possessive before a noun PRON, adverbial adjective ADV, "im" = in + dem
        "Sein##PRON Auto##NOUN fährt##VERB schnell##ADV im##_ in##ADP dem##DET Regen##NOUN\n"
        "Die##DET schnelle##ADJ Frau##NOUN ,##PUNCT die##PRON kam##VERB ,##PUNCT lacht##VERB\n"
        "Sie##PRON ist##VERB hier##ADV\n",
        encoding="utf8",
    )
    # the current conventions, as the non-test UD sentences show them: "ist" is AUX
    current = convert.Doc(Vocab(), words=["ist", "ist", "ist", "hier"])
    for tok, tag in zip(current, ["AUX", "AUX", "AUX", "ADV"], strict=True):
        tok.tag_ = tag
    docs = convert.read_gsd_train_upos(path, Vocab(), [current])
    tags = [[t.tag_ for t in d] for d in docs]
    assert [t.text for t in docs[0]] == ["Sein", "Auto", "fährt", "schnell", "im", "Regen"]
    assert tags[0] == ["DET", "NOUN", "VERB", "ADJ", "ADP", "NOUN"]
    # the relative pronoun "die" before a verb stays PRON
    assert tags[1] == ["DET", "ADJ", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB"]
    assert tags[2] == ["PRON", "AUX", "ADV"]
    # nothing else is set, so the parser, morphologizer and lemmatizer see missing values
    for doc in docs:
        assert not doc.has_annotation("DEP")
        assert all(t.pos_ == "" and t.lemma_ == "" and not str(t.morph) for t in doc)


def test_uner_pud_tokens_outside_entities_are_missing_not_o(tmp_path):
    pytest.importorskip("spacy")
    from spacy.vocab import Vocab

    convert = _import_training("convert")
    folder = tmp_path / "uner_german_pud"
    folder.mkdir()
    rows = []
    for n in range(2):  # sentence 0 is the UD held-out test part and is left out
        rows += [f"# sent_id = s{n}", "1\tMerkel\tB-PER\t-\t-", "2\tbesucht\tO\t-\t-",
                 "3\tden\tO\t-\t-", "4\tEuro\tO\t-\t-", ""]
    (folder / "de_pud-ud-test.iob2").write_text("\n".join(rows), encoding="utf8")
    docs = convert.read_uner_pud(tmp_path, Vocab())
    assert len(docs) == 1
    assert [(t.text, t.ent_iob_) for t in docs[0]] == [
        ("Merkel", "B"), ("besucht", ""), ("den", ""), ("Euro", "")
    ]


def test_ler_labels_map_to_the_four_types(tmp_path):
    pytest.importorskip("spacy")
    import gzip

    from spacy.vocab import Vocab

    convert = _import_training("convert")
    (tmp_path / "ler").mkdir()
    text = "Richter B-RR\nMüller I-RR\nam O\nBGH B-GRT\nnach O\n§ B-GS\n5 I-GS\n\n"
    with gzip.open(tmp_path / "ler" / "x.conll.gz", "wt", encoding="utf8") as f:
        f.write(text)
    docs = convert.read_ler(tmp_path, Vocab(), every=1)
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Richter Müller", "PER"), ("BGH", "ORG")]


def _entity_doc(spacy, words, pos, ents):
    nlp = spacy.blank("de")
    doc = spacy.tokens.Doc(nlp.vocab, words=words, pos=pos)
    doc.ents = [spacy.tokens.Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


@pytest.mark.parametrize(
    "words, pos, ents, expected",
    [
        # title + name: the name is one PER, whatever the NER called it, title outside
        (["Umweltministerin", "Steffi", "Lemke", "reist"], ["NOUN", "PROPN", "PROPN", "VERB"],
         [(0, 3, "LOC")], [("Steffi Lemke", "PER")]),
        (["Parteichef", "Lars", "Klingbeil", "sagt"], ["NOUN", "PROPN", "PROPN", "VERB"],
         [(1, 3, "ORG")], [("Lars Klingbeil", "PER")]),
        # only the first name tagged (a city's name): the surname joins it
        (["Innenministerin", "Nancy", "Faeser", "sagte"], ["NOUN", "PROPN", "PROPN", "VERB"],
         [(1, 2, "LOC")], [("Nancy Faeser", "PER")]),
        # a genitive place after a title stays a place
        (["Der", "Präsident", "Brasiliens", "kam"], ["DET", "NOUN", "PROPN", "VERB"],
         [(2, 3, "LOC")], [("Brasiliens", "LOC")]),
        # capitalised adjectives + institution: one ORG, the adjective's own entity dropped
        (["Laut", "Statistischem", "Landesamt", "stieg"], ["ADP", "ADJ", "NOUN", "VERB"],
         [(1, 2, "PER"), (2, 3, "ORG")], [("Statistischem Landesamt", "ORG")]),
        (["Sprecher", "des", "Kraftfahrt-Bundesamtes", "und"], ["NOUN", "DET", "NOUN", "CCONJ"],
         [], []),
        (["Sprecher", "der", "Europäischen", "Investitionsbank", "sagte"],
         ["NOUN", "DET", "ADJ", "NOUN", "VERB"], [], [("Europäischen Investitionsbank", "ORG")]),
        # a lower-case adjective is not part of a name
        (["die", "neue", "Landesbank", "zahlt"], ["DET", "ADJ", "NOUN", "VERB"], [], []),
    ],
)
def test_entity_rules(components, words, pos, ents, expected):
    spacy = components
    doc = _entity_doc(spacy, words, pos, ents)
    nlp = spacy.blank("de")
    nlp.add_pipe("entity_rules")
    doc = nlp.get_pipe("entity_rules")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


# --------------------------------------------------------------- person_names (0.3.2)
# Invented lists for the component tests; the shipped lists are checked further down.
TEST_FIRST = ["Hedi", "Teemu", "Rainer", "Karl", "Ursula", "Johann", "Hugo", "Hubertus"]
TEST_COMMON = ["Liebeskummer", "Sohn", "Gimmick", "Herrenloser", "Koffer", "Sturm", "Fans",
               "Große", "Platz", "August", "Preis", "Heil", "Geld"]


def _person_names(spacy, words, ents):
    doc = _entity_doc(spacy, words, ["PROPN"] * len(words), ents)
    nlp = spacy.blank("de")
    pn = nlp.add_pipe("person_names")
    pn.set_lists(TEST_FIRST, TEST_COMMON)
    return [(e.text, e.label_) for e in pn(doc).ents]


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # a known first name + a capitalised word that is no common word: one PER
        (["Stadträtin", "Hedi", "Weiler-Kiderlen", "sagte"], [(1, 3, "LOC")],
         [("Hedi Weiler-Kiderlen", "PER")]),
        (["Gestern", "traf", "Teemu", "Virtanen", "ein"], [(3, 4, "PER")],
         [("Teemu Virtanen", "PER")]),
        (["mit", "Teemu", "Virtanen", "und"], [], [("Teemu Virtanen", "PER")]),
        (["Rainer", "Kaltwasser", "kommt"], [(0, 1, "LOC")], [("Rainer Kaltwasser", "PER")]),
        # after a title the surname may be a common word
        (["Arbeitsminister", "Hubertus", "Heil", "sagte"], [(1, 2, "PER")],
         [("Hubertus Heil", "PER")]),
        (["Parteichef", "Rainer", "Sturm", "kam"], [], [("Rainer Sturm", "PER")]),
        # particles between the first name and the surname
        (["Ursula", "von", "der", "Leyen", "sprach"], [], [("Ursula von der Leyen", "PER")]),
        (["Johann", "von", "Scharnhorst", "schrieb"], [(2, 3, "LOC")],
         [("Johann von Scharnhorst", "PER")]),
        # ... but not into another entity after a complete name
        (["Teemu", "Virtanen", "von", "Nokia", "sagte"], [(3, 4, "ORG")],
         [("Teemu Virtanen", "PER"), ("Nokia", "ORG")]),
        (["Teemu", "Virtanen", "Berlin"], [(2, 3, "LOC")],
         [("Teemu Virtanen", "PER"), ("Berlin", "LOC")]),
    ],
)
def test_person_names_first_name_makes_a_person(components, words, ents, expected):
    assert _person_names(components, words, ents) == expected


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # a first name before a common word is left to the NER: nothing made up ...
        (["Da", "tobte", "Rainer", "Sturm", "übers", "Land"], [], []),
        (["Karl", "Platz", "nehmen"], [], []),
        (["Dann", "gab", "Hubertus", "Geld", "aus"], [(2, 3, "PER")], [("Hubertus", "PER")]),
        # ... and what it found stays ("Rainer Sturm" is a person here)
        (["Rainer", "Sturm", "sagte"], [(0, 2, "PER")], [("Rainer Sturm", "PER")]),
        # a longer entity of another type or an exact ORG is not touched
        (["bei", "der", "Teemu", "Virtanen", "Stiftung"], [(2, 5, "ORG")],
         [("Teemu Virtanen Stiftung", "ORG")]),
        (["bei", "Hugo", "Boss", "in"], [(1, 3, "ORG")], [("Hugo Boss", "ORG")]),
        # a street or prize named after a person is not a person
        (["in", "der", "Teemu-Virtanen-Straße"], [], []),
        (["den", "Hugo", "Kaltwasser-Preis"], [], []),
        # a first name alone stays as tagged
        (["Hedi", "kam", "spät"], [(0, 1, "LOC")], [("Hedi", "LOC")]),
    ],
)
def test_person_names_first_name_negatives(components, words, ents, expected):
    assert _person_names(components, words, ents) == expected


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # common words cut a PER ...
        (["Freund", "Tobias", "Kaltwasser", "Liebeskummer", "."], [(1, 4, "PER")],
         [("Tobias Kaltwasser", "PER")]),
        (["von", "Brians", "Sohn", "Murchad", "."], [(1, 4, "PER")],
         [("Brians", "PER"), ("Murchad", "PER")]),
        # ... or drop it when nothing else is left
        (["ein", "cooles", "Gimmick", "."], [(2, 3, "PER")], []),
        (["Herrenloser", "Koffer", "entdeckt"], [(0, 2, "PER")], []),
        (["Hertha-Fans", ",", "aufgepasst"], [(0, 1, "PER")], []),
        # a legal form makes it an organisation
        (["Kaltwasser", "Holding", "GmbH", "zahlt"], [(0, 3, "PER")],
         [("Kaltwasser Holding GmbH", "ORG")]),
    ],
)
def test_person_names_cut_common_words(components, words, ents, expected):
    assert _person_names(components, words, ents) == expected


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        # first names + one word, an epithet, a leading word before a name: unchanged
        (["Rainer", "Sturm", "lachte"], [(0, 2, "PER")], [("Rainer Sturm", "PER")]),
        (["Karl", "der", "Große", "starb"], [(0, 3, "PER")], [("Karl der Große", "PER")]),
        (["mit", "August", "Kopff", "."], [(1, 3, "PER")], [("August Kopff", "PER")]),
        # a surname that is also a word stays when the text names the person in full
        (["Rainer", "Sturm", "kam", ".", "Sturm", "sagte"], [(0, 2, "PER"), (4, 5, "PER")],
         [("Rainer Sturm", "PER"), ("Sturm", "PER")]),
        # names with a hyphenated part are not compounds of common words
        (["Dr.", "Kaltwasser-Sohn", "sagte"], [(0, 2, "PER")], [("Dr. Kaltwasser-Sohn", "PER")]),
    ],
)
def test_person_names_keep(components, words, ents, expected):
    assert _person_names(components, words, ents) == expected


def test_person_names_roundtrip(components, tmp_path):
    nlp = components.blank("de")
    pn = nlp.add_pipe("person_names")
    pn.set_lists(TEST_FIRST, TEST_COMMON)
    nlp.to_disk(tmp_path / "p")
    loaded = components.load(tmp_path / "p")
    assert loaded.get_pipe("person_names").first == frozenset(TEST_FIRST)
    assert loaded.get_pipe("person_names").common == frozenset(TEST_COMMON)


def test_gazetteer_patterns_gzipped_and_old_files_read(components, tmp_path):
    nlp = components.blank("de")
    gaz = nlp.add_pipe("gazetteer")
    gaz.add_patterns([{"label": "LOC", "pattern": "Kasan"}])
    gaz.to_disk(tmp_path / "g")
    assert (tmp_path / "g" / "patterns.jsonl.gz").exists()
    assert not (tmp_path / "g" / "patterns.jsonl").exists()
    assert gaz.from_disk(tmp_path / "g").patterns == [{"label": "LOC", "pattern": "Kasan"}]
    old = tmp_path / "old"
    old.mkdir()
    (old / "patterns.jsonl").write_text('{"label": "LOC", "pattern": "Moskau"}\n')
    doc = gaz.from_disk(old)(nlp.make_doc("Er flog nach Moskau."))
    assert [(e.text, e.label_) for e in doc.ents] == [("Moskau", "LOC")]


def test_build_person_names_lists(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin, Span

    build = _import_training("build_person_names")
    lexicon = tmp_path / "german.tsv"
    lexicon.write_text("\n".join([
        "#Olaf\tOlaf\tEIG:NOM:SIN:MAS:NOA:VOR -- a comment line",
        "Olaf\tOlaf\tEIG:NOM:SIN:MAS:NOA:VOR",
        "Olafs\tOlaf\tEIG:GEN:SIN:MAS:NOA:VOR",
        "Paris\tParis\tEIG:NOM:SIN:MAS:NOA:VOR",
        "Mark\tMark\tEIG:NOM:SIN:MAS:NOA:VOR",
        "Mark\tMark\tSUB:NOM:SIN:FEM",
        "Heil\tHeil\tSUB:NOM:SIN:NEU",
        "Liebeskummer\tLiebeskummer\tSUB:NOM:SIN:MAS",
        "auf\tauf\tPRP:LOK:DAT",
        "AG\tAG\tABK:NOM:SIN:FEM",
        "Scholz\tScholz\tEIG:NOM:SIN:MAS:NOA:NAC",
    ]) + "\n", encoding="utf8")
    nlp = spacy.blank("de")
    sents = [
        ("Paris liegt an der Seine", [(0, 1, "LOC")]),
        ("Sie flog nach Paris", [(3, 4, "LOC")]),
        ("Olaf Scholz sagte das", [(0, 2, "PER")]),
        ("Hubertus Heil sprach", [(0, 2, "PER")]),
        ("Minister Hubertus Heil kam", [(1, 3, "PER")]),
        ("Die Mark fiel", []),
    ]
    db = DocBin()
    for text, ents in sents:
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
        db.add(doc)
    (tmp_path / "corpus").mkdir()
    db.to_disk(tmp_path / "corpus" / "ner_train.spacy")
    raw = tmp_path / "raw.txt"
    raw.write_text("Liebeskummer und Heil. Auf Mark Olaf AG Scholz\n", encoding="utf8")
    lists = build.build(lexicon, tmp_path / "corpus", raw)
    assert {"Olaf", "Hubertus"} <= set(lists["first"])
    for word in ("Olafs", "Paris", "Mark", "Heil"):  # genitive, a place, a common word
        assert word not in lists["first"]
    assert {"Liebeskummer", "Auf"} <= set(lists["common"])
    for word in ("Heil", "Mark", "Olaf", "Scholz", "AG"):  # names and abbreviations
        assert word not in lists["common"]


def test_de_pipeline_person_names(nlp_de):
    assert nlp_de.pipe_names[-1] == "person_names"
    pn = nlp_de.get_pipe("person_names")
    assert {"Olaf", "Angela", "Hubertus", "Saskia"} <= pn.first
    for word in ("Paris", "Mark", "Olafs"):
        assert word not in pn.first
    assert {"Liebeskummer", "Gimmick", "Koffer"} <= pn.common
    for word in ("Merkel", "Scholz", "Olaf"):
        assert word not in pn.common


# --------------------------------------------------------------- upos_lexicon (0.3.3)
# An invented table: form -> possible UPOS, the most frequent in training first.
TEST_UPOS_TABLE = {
    "unterdessen": "ADV", "sobald": "SCONJ", "lustigen": "ADJ ADV", "freisprach": "VERB",
    "Bank": "NOUN", "Vereinigten": "NOUN", "vereinigten": "ADJ VERB", "Rückkehr": "NOUN",
    "allerdings": "ADV CCONJ", "zu": "ADP PART ADV", "EU": "NOUN",
}


def _upos_lexicon(spacy, words, pos, tags=None, starts=None):
    from spacy.tokens import Doc

    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=words, pos=pos, tags=tags or pos,
              sent_starts=starts or [True] + [False] * (len(words) - 1))
    pipe = nlp.add_pipe("upos_lexicon")
    pipe.table = dict(TEST_UPOS_TABLE)
    return [t.pos_ for t in pipe(doc)]


@pytest.mark.parametrize(
    "words, pos, tags, expected",
    [
        # a capitalised word at a sentence start is looked up in lower case too
        (["Unterdessen", "stiegen", "die", "Preise"], ["PROPN", "VERB", "DET", "NOUN"], None,
         ["ADV", "VERB", "DET", "NOUN"]),
        # ... and after an opening quote or a colon
        (["Er", "sagte", ":", "„", "Sobald", "es", "geht"],
         ["PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "PRON", "VERB"], None,
         ["PRON", "VERB", "PUNCT", "PUNCT", "SCONJ", "PRON", "VERB"]),
        (["Er", "sagte", ":", "Unterdessen", "ruhe", "alles"],
         ["PRON", "VERB", "PUNCT", "NOUN", "VERB", "PRON"], None,
         ["PRON", "VERB", "PUNCT", "ADV", "VERB", "PRON"]),
        # a lower-case form outside its set takes the first possible UPOS ...
        (["die", "lustigen", "Leute"], ["DET", "VERB", "NOUN"], None, ["DET", "ADJ", "NOUN"]),
        # ... or the tagger's, when that one is possible
        (["dass", "er", "ihn", "freisprach"], ["SCONJ", "PRON", "PRON", "ADJ"],
         ["SCONJ", "PRON", "PRON", "VERB"], ["SCONJ", "PRON", "PRON", "VERB"]),
        (["er", "kam", "allerdings"], ["PRON", "VERB", "SCONJ"], ["PRON", "VERB", "CCONJ"],
         ["PRON", "VERB", "CCONJ"]),
        # a capitalised word inside a sentence: its own entry
        (["seine", "Rückkehr", "kam"], ["DET", "ADV", "VERB"], None, ["DET", "NOUN", "VERB"]),
    ],
)
def test_upos_lexicon_replaces_impossible_upos(components, words, pos, tags, expected):
    assert _upos_lexicon(components, words, pos, tags) == expected


@pytest.mark.parametrize(
    "words, pos, starts, expected",
    [
        # a noun of the lexicon may be part of a name: a predicted PROPN stays
        (["die", "Deutsche", "Bank", "meldet"], ["DET", "PROPN", "PROPN", "VERB"], None,
         ["DET", "PROPN", "PROPN", "VERB"]),
        (["Bank", "meldet", "Gewinn"], ["PROPN", "VERB", "NOUN"], None,
         ["PROPN", "VERB", "NOUN"]),
        # inside a sentence a capitalised word may be an adjective of a name
        (["die", "Vereinigten", "Staaten"], ["DET", "ADJ", "PROPN"], None,
         ["DET", "ADJ", "PROPN"]),
        # ... but a capitalised form the table knows only in lower case is left alone there
        (["am", "Sobald", "Platz"], ["ADP", "PROPN", "NOUN"], None, ["ADP", "PROPN", "NOUN"]),
        (["den", "Unterdessen", "sah"], ["DET", "NOUN", "VERB"], [True, False, False],
         ["DET", "NOUN", "VERB"]),
        # a possible UPOS stays, even if it is not the most frequent
        (["er", "hat", "zu", "tun"], ["PRON", "AUX", "PART", "VERB"], None,
         ["PRON", "AUX", "PART", "VERB"]),
        # a lower-case PROPN, unknown words, all-caps words, numbers and punctuation stay
        (["zu", "Kaltwasser", "EU", "3", "."], ["PROPN", "VERB", "PROPN", "NUM", "PUNCT"],
         [False] * 5, ["PROPN", "VERB", "PROPN", "NUM", "PUNCT"]),
    ],
)
def test_upos_lexicon_leaves_possible_and_unknown(components, words, pos, starts, expected):
    assert _upos_lexicon(components, words, pos, starts=starts) == expected


def test_upos_lexicon_roundtrip(components, tmp_path):
    nlp = components.blank("de")
    nlp.add_pipe("upos_lexicon").table = dict(TEST_UPOS_TABLE)
    nlp.to_disk(tmp_path / "p")
    assert (tmp_path / "p" / "upos_lexicon" / "table.tsv.gz").exists()
    loaded = components.load(tmp_path / "p")
    assert loaded.get_pipe("upos_lexicon").table == TEST_UPOS_TABLE
    first = (tmp_path / "p" / "upos_lexicon" / "table.tsv.gz").read_bytes()
    nlp.to_disk(tmp_path / "q")  # no time stamp: the same table gives the same bytes
    assert (tmp_path / "q" / "upos_lexicon" / "table.tsv.gz").read_bytes() == first


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("SUB:NOM:SIN:MAS", {"NOUN"}),
        ("SUB:AKK:PLU:FEM:ADJ", {"NOUN"}),
        ("EIG:NOM:SIN:MAS:NOA:VOR", {"PROPN"}),
        ("VER:3:SIN:PRÄ:SFT", {"VERB"}),
        ("VER:AUX:3:SIN:PRT", {"AUX", "VERB"}),
        ("VER:MOD:3:SIN:PRÄ", {"AUX", "VERB"}),
        ("VER:PA2:SFT", {"VERB", "ADJ"}),
        ("ADJ:PRD:GRU", {"ADJ", "ADV"}),
        ("PA1:NOM:SIN:MAS:GRU:DEF", {"ADJ"}),
        ("ADV:TMP", {"ADV"}),
        ("ART:DEF:NOM:SIN:MAS", {"DET"}),
        ("PRO:PER:NOM:SIN:1", {"PRON"}),
        ("PRO:POS:NOM:SIN:MAS:BEG", {"DET"}),
        ("PRO:DEM:NOM:SIN:MAS:STV", {"PRON"}),
        ("PRO:IND:NOM:SIN:MAS:B/S", {"DET", "PRON"}),
        ("PRP:LOK+TMP:DAT", {"ADP"}),
        ("KON:NEB", {"CCONJ", "ADV"}),
        ("KON:UNT", {"SCONJ"}),
        ("ZAL", {"NUM"}),
        ("ZUS", {"ADP", "ADV", "ADJ"}),
        ("NEG", {"PART", "ADV"}),
        ("INJ", {"INTJ"}),
        ("ABK:NOM:SIN:FEM", None),
    ],
)
def test_build_upos_lexicon_tag_mapping(tag, expected):
    build = _import_training("build_upos_lexicon")
    assert build.upos_of_tag(tag) == expected


def test_build_upos_lexicon_table():
    build = _import_training("build_upos_lexicon")
    from collections import Counter

    lexicon = build.lexicon_upos([
        "#zu\tzu\tVER:1:SIN:PRÄ:NON -- a comment line\n",
        "zu\tzu\tPRP:LOK+TMP+CAU+MOD:DAT+AKK\n",
        "zu\tzu\tZUS\n",
        "unterdessen\tunterdessen\tADV:TMP\n",
        "AG\tAG\tABK:NOM:SIN:FEM\n",
        "AG\tAG\tSUB:NOM:SIN:FEM\n",
        "Bank\tBank\tSUB:NOM:SIN:FEM\n",
        "Seltenwort\tSeltenwort\tSUB:NOM:SIN:NEU\n",
    ])
    assert lexicon["zu"] == {"ADP", "ADV", "ADJ"}
    assert "AG" not in lexicon  # an abbreviation: no constraint
    counts = {"zu": Counter({"PART": 5, "ADP": 3}), "Bank": Counter({"PROPN": 1, "NOUN": 9})}
    table = build.build_table(lexicon, counts, ["Unterdessen", "Bank", "Wort"])
    # training UPOS join the set and come first, most frequent first, then the lexicon order
    assert table["zu"] == "PART ADP ADJ ADV"
    assert table["Bank"] == "NOUN PROPN"
    assert table["unterdessen"] == "ADV"  # the lower-cased form of a raw-text form
    assert "Seltenwort" not in table  # neither in the raw text nor in training


def test_de_pipeline_upos_lexicon(nlp_de):
    names = nlp_de.pipe_names
    assert names.index("parser") < names.index("upos_lexicon") < names.index("lemma_table")
    table = nlp_de.get_pipe("upos_lexicon").table
    assert table["unterdessen"] == "ADV"
    assert set(table["zu"].split()) >= {"ADP", "PART"}  # the treebank's "zu" PART too
    assert "Unterdessen" not in table
    # the sentence-initial adverb was a PROPN before 0.3.3
    doc = nlp_de("Unterdessen stiegen die Preise weiter.")
    assert doc[0].pos_ == "ADV"
