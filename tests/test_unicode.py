"""Look-alike characters (text/normalize.py): a non-breaking space, a zero-width joiner
or a decomposed accent changes nothing the pipeline finds, and every offset of the
record still points into the text exactly as received."""

import json
import random
import re
import unicodedata

import pytest

from nk_nlp.records import doc_to_record, record_to_doc
from nk_nlp.text.normalize import normalize

from conftest import GOLD

SEEDS = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]


def nbsp_some(text):
    rng = random.Random(18)
    return "".join("\u00a0" if c == " " and rng.random() < 0.1 else c for c in text)


def nbsp_all(text):
    return text.replace(" ", "\u00a0")


def zwj_in_names(text):
    """A zero-width joiner after the second letter of every capitalised word."""
    return re.sub(r"\b([A-Z][a-z])(?=[a-z]{2})", "\\1\u200d", text)


def nfd(text):
    return unicodedata.normalize("NFD", text)


def _seen(text):
    mapped = normalize(text)
    return mapped.text if mapped else text


def _found(record):
    """What the pipeline found, independent of offsets and of look-alike characters."""
    src = lambda item: item["source"] and (_seen(item["source"]["text"]), item["source"]["canonical"])  # noqa: E731
    return (
        sorted((e["label"], _seen(e["text"]), e["canonical"]) for e in record["entities"]),
        sorted((_seen(c["text"]), c["value"], c["low"], c["high"], c["category"], c["outcome"], src(c)) for c in record["claims"]),
        sorted((_seen(q["text"]), src(q)) for q in record["quotes"]),
    )


def _spans(record):
    for group in ("entities", "claims", "quotes"):
        for item in record[group]:
            yield item
            for key in ("source", "cue"):
                if item.get(key):
                    yield item[key]
            yield from item.get("media", [])


@pytest.mark.parametrize("disguise", [nbsp_some, nbsp_all, zwj_in_names, nfd])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s["id"][:3])
def test_look_alikes_change_nothing_found(rules_nlp, seed, disguise):
    clean = _seen(seed["text"])  # the seeds themselves hold a few NBSPs
    received = disguise(clean)
    assert received != clean or disguise is nfd
    record = doc_to_record(rules_nlp(received), seed["id"])
    assert record["text"] == received
    for span in _spans(record):
        assert received[span["start"]:span["end"]] == span["text"]
    assert _found(record) == _found(doc_to_record(rules_nlp(clean), seed["id"]))


def test_decomposed_accent_keeps_the_name(rules_nlp):
    text = nfd("ANKARA - Presiden Turki Recep Tayyip Erdoğan mengatakan 12 tentara tewas.")
    record = doc_to_record(rules_nlp(text), "t")
    erdogan = [e for e in record["entities"] if e["canonical"] == "Recep Tayyip Erdogan"]
    assert len(erdogan) == 1, record["entities"]
    erdogan = erdogan[0]
    assert text[erdogan["start"]:erdogan["end"]].endswith(nfd("Erdoğan"))


def test_gold_record_round_trips_through_a_normalised_doc(rules_nlp):
    """record_to_doc reads gold offsets (into the received text) on the normalised doc."""
    seed = SEEDS[0]
    assert "\u00a0" in seed["text"]
    received = zwj_in_names(seed["text"])
    gold = doc_to_record(rules_nlp(received), seed["id"])
    doc, problems = record_to_doc(rules_nlp, gold)
    assert problems == []
    again = doc_to_record(doc, seed["id"])
    assert [(e["start"], e["end"]) for e in again["entities"]] == [(e["start"], e["end"]) for e in gold["entities"]]


def test_text_map_round_trip():
    text = "Presiden\u00a0Recep Tayyip Erdo\u200d" + nfd("ğan") + " berkata\u200b."
    mapped = normalize(text)
    assert mapped.text == "Presiden Recep Tayyip Erdoğan berkata."
    start = mapped.text.index("Erdoğan")
    s, e = mapped.to_original(start, start + len("Erdoğan"))
    assert text[s:e] == "Erdo\u200d" + nfd("ğan")
    for a in range(len(mapped.text) + 1):
        for b in range(a, len(mapped.text) + 1):
            assert mapped.from_original(*mapped.to_original(a, b)) == (a, b)
    assert normalize("Tanpa karakter aneh.") is None
