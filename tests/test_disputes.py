"""nk_disputes on new sentences (written for these tests): which denials dispute which
claims, who denies, what is no denial; the scorer, the record field, the ledger's deniers."""

import pytest

from nk_nlp.components.disputes.component import find_disputes
from nk_nlp.evaluation.metrics import score_disputes
from nk_nlp.ledger import contest_groups, ledger_rows
from nk_nlp.ledger.sides import Sides
from nk_nlp.records.convert import doc_to_record, record_to_doc


def span(text, phrase, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return at, at + len(phrase)


def build(text, actors, claims):
    """A record with the given ACTORs ((text, canonical, nth)) and claims ((text, category,
    outcome, party, value, source text or None, cue text or None, nth))."""
    entities = []
    for phrase, canonical, nth in actors:
        s, e = span(text, phrase, nth)
        entities.append({"start": s, "end": e, "label": "ACTOR", "text": phrase, "canonical": canonical})
    entities.sort(key=lambda e: e["start"])
    by_text = {(e["text"]): e for e in entities}
    items = []
    for phrase, category, outcome, party, value, source, cue, nth in claims:
        s, e = span(text, phrase, nth)
        src = dict(by_text[source]) if source else None
        if src:
            src.pop("label")
        cue_ref = None
        if cue:
            cs, ce = span(text, cue)
            cue_ref = {"start": cs, "end": ce, "text": cue}
        items.append({"start": s, "end": e, "text": phrase, "value": value, "low": value, "high": value,
                      "qualifier": "exact", "category": category, "outcome": outcome, "party": party,
                      "source": src, "cue": cue_ref, "media": []})
    return {"id": "t", "text": text, "meta": {}, "entities": entities, "claims": items, "quotes": [], "errors": []}


def run(nlp, record, denials=None):
    """The record with disputes found; the denials are appended to `denials` when given."""
    doc, problems = record_to_doc(nlp, record)
    assert not problems
    for name in ("sentencizer", "nk_article_body"):
        doc = nlp.get_pipe(name)(doc)
    found = find_disputes(doc, nlp.get_pipe("nk_disputes").lexicon)
    if denials is not None:
        denials.extend(found)
    return doc_to_record(doc, "t", text=record["text"])


def deniers(record):
    return {c["text"]: [d["source"]["canonical"] for d in c["disputed_by"]] for c in record["claims"]}


ARMENIA = ("Armenia Klaim Hancurkan Empat Tank\n\n"
           "YEREVAN - Kementerian Pertahanan Armenia mengklaim pasukannya menghancurkan empat tank dan "
           "menewaskan 30 tentara Azerbaijan di dekat Fuzuli. Juru bicara kementerian Shushan Stepanyan "
           "mengatakan dua drone juga ditembak jatuh.\n\n"
           "Kementerian Pertahanan Azerbaijan membantah klaim tersebut. Menurut kementerian itu, hanya tiga "
           "prajurit yang gugur.\n\n"
           "Rusia membantah menargetkan warga sipil. Turki belum berkomentar.\n")


def armenia_record():
    actors = [("Kementerian Pertahanan Armenia", "Kementerian Pertahanan Armenia", 0),
              ("Shushan Stepanyan", "Shushan Stepanyan", 0),
              ("Kementerian Pertahanan Azerbaijan", "Kementerian Pertahanan Azerbaijan", 0),
              ("Rusia", "Rusia", 0), ("Turki", "Turki", 0)]
    claims = [("Empat Tank", "equipment", "destroyed", "Azerbaijan", 4, None, None, 0),
              ("empat tank", "equipment", "destroyed", "Azerbaijan", 4, "Kementerian Pertahanan Armenia", "mengklaim", 0),
              ("30 tentara Azerbaijan", "military", "killed", "Azerbaijan", 30, "Kementerian Pertahanan Armenia", "mengklaim", 0),
              ("dua drone", "equipment", "destroyed", "Azerbaijan", 2, "Shushan Stepanyan", "mengatakan", 0),
              ("tiga prajurit", "military", "killed", "Azerbaijan", 3, "Kementerian Pertahanan Azerbaijan", None, 0)]
    return build(ARMENIA, actors, claims)


def test_a_reference_denial_disputes_every_claim_of_the_statement_and_its_headline(rules_nlp):
    got = deniers(run(rules_nlp, armenia_record()))
    az = "Kementerian Pertahanan Azerbaijan"
    assert got["Empat Tank"] == got["empat tank"] == got["30 tentara Azerbaijan"] == got["dua drone"] == [az]
    # the denier's own figure is its answer, not a disputed claim; blame and silence are no denials
    assert got["tiga prajurit"] == []


def test_one_entry_per_denier_with_the_cue_of_its_first_denial(rules_nlp):
    record = run(rules_nlp, armenia_record())
    [entry] = next(c for c in record["claims"] if c["text"] == "30 tentara Azerbaijan")["disputed_by"]
    assert entry["cue"]["text"] == "membantah"  # not the later `hanya`
    assert entry["source"]["text"] == "Kementerian Pertahanan Azerbaijan"


def test_a_general_denial_of_one_kind_of_equipment_disputes_only_that_kind(rules_nlp):
    text = ("Tank Dirampas di Darfur\n\nPemberontak mengklaim merampas sebuah tank dan tiga truk milik tentara Sudan.\n\n"
            "Angkatan Bersenjata Sudan membantah ada tank yang dirampas dalam pertempuran di pinggiran kota itu "
            "pada Senin malam.\n")
    record = build(text, [("Pemberontak", "Pasukan Dukungan Cepat", 0), ("Angkatan Bersenjata Sudan", "Angkatan Bersenjata Sudan", 0)],
                   [("sebuah tank", "equipment", "captured", "Sudan", 1, "Pemberontak", "mengklaim", 0),
                    ("tiga truk milik tentara Sudan", "equipment", "captured", "Sudan", 3, "Pemberontak", "mengklaim", 0)])
    got = deniers(run(rules_nlp, record))
    assert got == {"sebuah tank": ["Angkatan Bersenjata Sudan"], "tiga truk milik tentara Sudan": []}


def test_a_denial_of_blame_or_no_comment_disputes_nothing(rules_nlp):
    text = ("Serangan di Gaza\n\nKementerian Kesehatan Gaza melaporkan 40 warga tewas.\n\n"
            "Israel membantah menargetkan warga sipil. Mesir belum mengonfirmasi angka itu.\n")
    record = build(text, [("Kementerian Kesehatan Gaza", "Kementerian Kesehatan Gaza", 0), ("Israel", "Israel", 0), ("Mesir", "Mesir", 0)],
                   [("40 warga", "civilian", "killed", "Palestina", 40, "Kementerian Kesehatan Gaza", "melaporkan", 0)])
    assert deniers(run(rules_nlp, record)) == {"40 warga": []}


def test_a_correcting_figure_disputes_the_larger_one(rules_nlp):
    text = ("Bentrokan di Kivu\n\nMilisi itu mengklaim menewaskan 25 polisi di Kivu.\n\n"
            "Juru bicara polisi Jean Mukendi mengatakan hanya dua polisi yang gugur.\n")
    record = build(text, [("Milisi itu", "M23", 0), ("Jean Mukendi", "Jean Mukendi", 0)],
                   [("25 polisi", "military", "killed", "Kongo", 25, "Milisi itu", "mengklaim", 0),
                    ("dua polisi", "military", "killed", "Kongo", 2, "Jean Mukendi", "mengatakan", 0)])
    assert deniers(run(rules_nlp, record)) == {"25 polisi": ["Jean Mukendi"], "dua polisi": []}


def test_every_claim_of_the_pipeline_has_disputed_by(rules_nlp):
    record = doc_to_record(rules_nlp(ARMENIA), "t")
    assert record["claims"] and all(isinstance(c["disputed_by"], list) for c in record["claims"])


def test_the_scorer_counts_claim_and_denier(rules_nlp):
    gold = armenia_record()
    pred = run(rules_nlp, gold)
    gold_scored = run(rules_nlp, gold)
    assert score_disputes([(gold_scored, pred)])["disputes_f"] == 1.0
    wrong = run(rules_nlp, gold)
    for c in wrong["claims"]:
        for d in c["disputed_by"]:
            d["source"] = {**d["source"], "canonical": "Rusia"}
    assert score_disputes([(gold_scored, wrong)]) == {"disputes_p": 0.0, "disputes_r": 0.0, "disputes_f": 0.0}
    scorer = rules_nlp.get_pipe("nk_disputes").scorer
    assert scorer.__name__ == "disputes_score"


def test_the_component_round_trips_through_bytes(rules_nlp):
    pipe = rules_nlp.get_pipe("nk_disputes")
    data = pipe.to_bytes()
    pipe.from_bytes(data)
    assert pipe.lexicon.verb_cues and "membantah" in pipe.lexicon.verb_cues


def test_the_ledger_fills_deniers_and_the_contest_view_flags_the_denied_claims(rules_nlp):
    record = run(rules_nlp, armenia_record())
    record["date"] = "2026-10-01"
    rows = list(ledger_rows([record], Sides()))
    denied = [r for r in rows if r["deniers"]]
    assert len(denied) == 4 and all(r["deniers"] == ["Kementerian Pertahanan Azerbaijan"] and r["disputed"] for r in denied)
    groups = contest_groups(rows)
    assert any(g["contested"] and "Kementerian Pertahanan Azerbaijan" in g["deniers"] for g in groups)


def test_the_configured_scorer_scores_examples(rules_nlp):
    """spaCy's path: nk_disputes.score on Examples (reference = gold Doc, predicted = the
    component's output) reports the same P/R/F as the record metric."""
    from spacy.training import Example

    gold = armenia_record()
    pred_record = run(rules_nlp, gold)
    reference, _ = record_to_doc(rules_nlp, pred_record)
    predicted, _ = record_to_doc(rules_nlp, {**pred_record, "claims": [{**c, "disputed_by": []} for c in pred_record["claims"]]})
    scores = rules_nlp.get_pipe("nk_disputes").score([Example(predicted, reference), Example(reference, reference)])
    assert scores["disputes_p"] == 1.0 and scores["disputes_r"] == 0.5


def test_a_title_correction_is_its_clause_actors_and_not_disputed_itself(rules_nlp):
    text = ("Milisi Klaim Tewaskan 40 Tentara, Militer: Hanya 9 Gugur\n\n"
            "Milisi itu mengklaim menewaskan 40 tentara di perbatasan.")
    record = build(text, [("Milisi", "M23", 0), ("Militer", "Angkatan Bersenjata Kongo", 0), ("Milisi itu", "M23", 0)],
                   [("40 Tentara", "military", "killed", "Kongo", 40, "Milisi", "Klaim", 0),
                    ("9", "military", "killed", "Kongo", 9, "Milisi", None, 0),  # the title's claimant, given upstream
                    ("40 tentara", "military", "killed", "Kongo", 40, "Milisi itu", "mengklaim", 0)])
    found = deniers(run(rules_nlp, record))
    assert found["40 Tentara"] == found["40 tentara"] == ["Angkatan Bersenjata Kongo"]  # not the claimant
    assert found["9"] == []  # the correcting figure is the answer


def test_a_mixed_case_acronym_not_marked_again_is_its_earlier_mention(rules_nlp):
    text = ("Kelompok itu mengklaim merampas dua tank milik FARDC. Menurut FARDC, hanya dua truk yang rusak. "
            "FARDC juga menyangkal ada tank yang hilang.")
    record = build(text, [("Kelompok itu", "M23", 0), ("FARDC", "Angkatan Bersenjata Kongo", 1)],
                   [("dua tank milik FARDC", "equipment", "captured", "Kongo", 2, "Kelompok itu", "mengklaim", 0)])
    assert deniers(run(rules_nlp, record))["dua tank milik FARDC"] == ["Angkatan Bersenjata Kongo"]


def test_a_reference_denial_covers_every_claim_its_statements_speakers_made(rules_nlp):
    text = ("Milisi itu mengklaim menewaskan lima tentara di pos perbatasan. Komandan Jean Mukendi "
            "mengatakan lima tentara itu tewas dan pasukannya merampas dua senapan mesin. "
            "Kolonel Paul Kasongo membantah klaim tersebut.")
    record = build(text, [("Milisi itu", "M23", 0), ("Komandan Jean Mukendi", "Jean Mukendi", 0),
                          ("Kolonel Paul Kasongo", "Paul Kasongo", 0)],
                   [("lima tentara", "military", "killed", "Kongo", 5, None, "mengklaim", 0),
                    ("lima tentara itu", "military", "killed", "Kongo", 5, "Komandan Jean Mukendi", "mengatakan", 0),
                    # the party given upstream is the captor's: the speaker's claim still counts
                    ("dua senapan mesin", "equipment", "captured", "M23", 2, "Komandan Jean Mukendi", "mengatakan", 0)])
    found = deniers(run(rules_nlp, record))
    assert found["dua senapan mesin"] == ["Paul Kasongo"]
    assert found["lima tentara"] == found["lima tentara itu"] == ["Paul Kasongo"]


def test_a_bare_false_predicate_after_a_general_denial_denies_that_loss(rules_nlp):
    text = ("Tentara mengklaim menewaskan tiga milisi dan merampas dua senapan mesin. "
            "Komandan milisi Jean Mukendi membantah ada anggotanya yang tewas. Ia menyebut semua itu bohong.")
    record = build(text, [("Tentara", "Angkatan Bersenjata Kongo", 0), ("Jean Mukendi", "Jean Mukendi", 0)],
                   [("tiga milisi", "military", "killed", "M23", 3, "Tentara", "mengklaim", 0),
                    ("dua senapan mesin", "equipment", "captured", "M23", 2, "Tentara", "mengklaim", 0)])
    found = deniers(run(rules_nlp, record))
    assert found["tiga milisi"] == ["Jean Mukendi"] and found["dua senapan mesin"] == []


# fix-disputes: which claims a denial covers (sentences invented for these tests)
COLOMBIA = ("Frente Sur Klaim Tembak Enam Polisi di Tumaco\n\n"
            "Frente Sur mengklaim menembak enam polisi dalam serangan ke pos di Tumaco. Juru bicara kelompok itu, "
            "Mateo Arango, mengatakan empat polisi tewas di tempat dan dua lainnya luka berat. Arango menyebut "
            "hanya satu polisi lain yang luka ringan.\n\n"
            "Kepolisian Kolombia membantah klaim tersebut. Kolonel Ramiro Quintero mengatakan hanya seorang "
            "polisi yang terluka.\n")


def colombia_record():
    actors = [("Frente Sur", "Frente Sur", 1), ("Mateo Arango", "Mateo Arango", 0), ("Arango", "Mateo Arango", 1),
              ("Kepolisian Kolombia", "Kepolisian Kolombia", 0), ("Kolonel Ramiro Quintero", "Ramiro Quintero", 0)]
    claims = [("Enam Polisi", "military", "killed_or_wounded", "Kolombia", 6, None, None, 0),
              ("enam polisi", "military", "killed_or_wounded", "Kolombia", 6, "Frente Sur", "mengklaim", 0),
              ("empat polisi", "military", "killed", "Kolombia", 4, "Mateo Arango", "mengatakan", 0),
              ("dua lainnya", "military", "wounded", "Kolombia", 2, "Mateo Arango", "mengatakan", 0),
              ("satu polisi lain", "military", "wounded", "Kolombia", 1, "Arango", "menyebut", 0),
              ("seorang polisi", "military", "wounded", "Kolombia", 1, "Kolonel Ramiro Quintero", "mengatakan", 0)]
    return build(COLOMBIA, actors, claims)


def test_a_correction_covers_the_breakdown_of_the_figure_it_corrects(rules_nlp):
    found = deniers(run(rules_nlp, colombia_record()))
    # `hanya seorang polisi yang terluka` answers `enam polisi`: also its parts `empat ... dan dua lainnya`
    for claim in ("Enam Polisi", "enam polisi", "empat polisi", "dua lainnya"):
        assert set(found[claim]) == {"Kepolisian Kolombia", "Ramiro Quintero"}, claim


def test_the_claimants_own_hanya_is_no_correction(rules_nlp):
    found = deniers(run(rules_nlp, colombia_record()))
    # Arango claims four dead and two wounded: his `hanya satu polisi lain` corrects nobody
    assert not any("Mateo Arango" in who for who in found.values())


def test_a_reference_naming_a_kind_covers_every_claim_of_that_kind(rules_nlp):
    text = ("Korban di Tumaco\n\nKomite Rakyat Tumaco melaporkan empat warga sipil tewas dan tiga lainnya terluka. Ketua komite, "
            "Lucia Mena, mengatakan keempat korban ditembak di ladang. Ia menambahkan, ratusan warga mengungsi.\n\n"
            "Kepolisian Kolombia membantah laporan komite soal korban sipil itu.\n")
    record = build(text, [("Komite Rakyat Tumaco", "Komite Rakyat Tumaco", 0), ("Lucia Mena", "Lucia Mena", 0),
                          ("Kepolisian Kolombia", "Kepolisian Kolombia", 0)],
                   [("empat warga sipil", "civilian", "killed", None, 4, "Komite Rakyat Tumaco", "melaporkan", 0),
                    ("tiga lainnya", "civilian", "wounded", None, 3, "Komite Rakyat Tumaco", "melaporkan", 0),
                    ("keempat korban", "people", "killed", None, 4, "Lucia Mena", "mengatakan", 0),
                    ("ratusan warga", "civilian", "other", None, None, "Lucia Mena", "menambahkan", 0)])
    found = deniers(run(rules_nlp, record))
    assert found["empat warga sipil"] == found["tiga lainnya"] == found["keempat korban"] == ["Kepolisian Kolombia"]
    assert found["ratusan warga"] == []  # the displaced are no victims the denial speaks of


def test_not_losing_weapons_covers_every_equipment_claim(rules_nlp):
    text = ("Senjata Disita di Tumaco\n\nTentara Kolombia mengklaim menyita sepucuk senapan serbu, dua granat tangan dan 300 butir amunisi "
            "dari kamp Frente Sur.\n\n"
            "Mateo Arango membantah klaim itu. \"Kami tidak kehilangan senjata maupun amunisi,\" katanya.\n")
    record = build(text, [("Tentara Kolombia", "Tentara Kolombia", 0), ("Frente Sur", "Frente Sur", 0),
                          ("Mateo Arango", "Mateo Arango", 0)],
                   [(p, "equipment", "captured", "Frente Sur", v, "Tentara Kolombia", "mengklaim", 0)
                    for p, v in (("sepucuk senapan serbu", 1), ("dua granat tangan", 2), ("300 butir amunisi", 300))])
    record["quotes"] = [{**dict(zip(("start", "end"), span(text, "Kami tidak kehilangan senjata maupun amunisi,"))),
                         "text": "Kami tidak kehilangan senjata maupun amunisi,",
                         "source": {k: v for k, v in record["entities"][2].items() if k != "label"},
                         "cue": None, "media": []}]
    denials = []
    run(rules_nlp, record, denials)
    [denial] = [d for d in denials if d.cue["text"] == "tidak kehilangan"]
    assert {c.text for c in denial.targets} == {"sepucuk senapan serbu", "dua granat tangan", "300 butir amunisi"}


def test_a_claim_inside_the_denied_object_of_a_title_is_denied(rules_nlp):
    text = ("Polisi Kolombia Sebut Hoaks Kabar Empat Warga Tewas di Tumaco\n\n"
            "Komite Rakyat Tumaco melaporkan empat warga sipil tewas dalam operasi polisi.\n")
    record = build(text, [("Polisi Kolombia", "Kepolisian Kolombia", 0), ("Komite Rakyat Tumaco", "Komite Rakyat Tumaco", 0)],
                   # the title's claim given to the denier upstream (`Sebut`): still the thing denied
                   [("Empat Warga", "civilian", "killed", None, 4, "Polisi Kolombia", "Sebut", 0),
                    ("empat warga sipil", "civilian", "killed", None, 4, "Komite Rakyat Tumaco", "melaporkan", 0)])
    found = deniers(run(rules_nlp, record))
    assert found["Empat Warga"] == found["empat warga sipil"] == ["Kepolisian Kolombia"]


def test_the_claimant_of_a_linked_title_is_no_denier(rules_nlp):
    text = ("Korban Serangan di Tumaco Bertambah\n\nPolisi melaporkan lima warga sipil tewas di Tumaco.\n\n"
            "Baca juga:\n\n- Frente Sur klaim tembak helikopter di Nariño, tentara: 'Tidak ada korban'\n")
    record = build(text, [("Polisi", "Kepolisian Kolombia", 0), ("Frente Sur", "Frente Sur", 0)],
                   [("lima warga sipil", "civilian", "killed", "Kolombia", 5, "Polisi", "melaporkan", 0)])
    assert deniers(run(rules_nlp, record)) == {"lima warga sipil": []}


def test_a_claim_stated_with_mengaku_is_in_the_statement_denied(rules_nlp):
    text = ("Pertempuran di Tumaco\n\nFrente Sur mengklaim merebut dua pos tentara di Tumaco. Kelompok itu juga mengaku menembak jatuh "
            "tiga drone milik tentara.\n\nKolonel Ramiro Quintero membantah klaim tersebut.\n")
    record = build(text, [("Frente Sur", "Frente Sur", 0), ("Kolonel Ramiro Quintero", "Ramiro Quintero", 0)],
                   [("dua pos tentara", "territory", "captured", "Kolombia", 2, "Frente Sur", "mengklaim", 0),
                    ("tiga drone milik tentara", "equipment", "destroyed", "Kolombia", 3, None, None, 0)])
    found = deniers(run(rules_nlp, record))
    assert found["dua pos tentara"] == found["tiga drone milik tentara"] == ["Ramiro Quintero"]
