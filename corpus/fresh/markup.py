"""Turn the inline markup of articles.py into gold records (no offset typed by hand).

Markup: [L#id:text|canonical] entity (L = A/P/E/M, #id and |canonical optional,
canonical defaults to text); {cN:...} claim, {qN:...} quote (may contain entities,
cues, and for quotes claims); <kN:text> cue. Plain text must not contain []{}<>|.
"""
LABELS = {"A": "ACTOR", "P": "PLACE", "E": "EQUIPMENT", "M": "MEDIA"}
QUAL = {"exact": lambda v: (v, v), "at_least": lambda v: (v, None), "more_than": lambda v: (v, None),
        "nearly": lambda v: (None, v), "approximately": lambda v: (None, None), "up_to": lambda v: (None, v)}


def parse(src):
    out, ents, spans, cues = [], [], {}, {}
    i = 0
    stack = []  # (kind, id, start)
    while i < len(src):
        ch = src[i]
        if ch == "[":
            j = src.index("]", i)
            head, body = src[i + 1:j].split(":", 1)
            label, _, eid = head.partition("#")
            text, _, canon = body.partition("|")
            start = sum(map(len, out))
            out.append(text)
            ent = {"start": start, "end": start + len(text), "label": LABELS[label], "text": text,
                   "canonical": (canon or text) if canon != "-" else None}
            ents.append(ent)
            if eid:
                assert eid not in spans, eid
                spans[eid] = ent
            i = j + 1
        elif ch in "{<":
            j = src.index(":", i)
            stack.append((ch, src[i + 1:j], sum(map(len, out))))
            i = j + 1
        elif ch in "}>":
            kind, sid, start = stack.pop()
            assert (kind, ch) in (("{", "}"), ("<", ">")), (kind, ch, sid)
            end = sum(map(len, out))
            (cues if kind == "<" else spans)[sid] = {"start": start, "end": end}
            assert sid not in ("",), sid
            i += 1
        else:
            assert ch not in "]|", (ch, src[max(0, i - 40):i + 10])
            out.append(ch)
            i += 1
    assert not stack, stack
    text = "".join(out)
    for d in (spans, cues):
        for v in d.values():
            v["text"] = text[v["start"]:v["end"]]
    return text, ents, spans, cues


def span(ent):
    return {"start": ent["start"], "end": ent["end"], "text": ent["text"], "canonical": ent["canonical"]}


def cue_span(c):
    return None if c is None else {"start": c["start"], "end": c["end"], "text": c["text"]}


def build(art):
    text, ents, spans, cues = parse(art["markup"])
    claims, quotes = [], []
    for cid, a in art["claims"].items():
        s = spans[cid]
        q = a.get("q", "exact")
        v = a.get("v")
        lo, hi = (a["lo"], a["hi"]) if q == "vague" else QUAL[q](v)
        src = spans[a["src"]] if a.get("src") else None
        claims.append({
            "start": s["start"], "end": s["end"], "text": s["text"],
            "value": v, "low": lo, "high": hi, "qualifier": q,
            "category": a["cat"], "outcome": a.get("out"), "party": a.get("party"),
            "source": span(src) if src else None,
            "source_via": a.get("via") if src else None,
            "cue": cue_span(cues[a["cue"]]) if a.get("cue") else None,
            "media": [cue_span(spans[m]) for m in a.get("media", ())],
            "disputed_by": [{"source": span(spans[d]), "cue": cue_span(cues[k]) if k else None}
                            for d, k in a.get("disp", ())],
        })
    for qid, a in art.get("quotes", {}).items():
        s = spans[qid]
        src = spans[a["src"]] if a.get("src") else None
        quotes.append({
            "start": s["start"], "end": s["end"], "text": s["text"],
            "source": span(src) if src else None,
            "source_via": a.get("via") if src else None,
            "cue": cue_span(cues[a["cue"]]) if a.get("cue") else None,
            "media": [cue_span(spans[m]) for m in a.get("media", ())],
        })
    assert set(art["claims"]) | set(art.get("quotes", {})) == {k for k in spans if k[0] in "cq"}, art["id"]
    claims.sort(key=lambda c: c["start"])
    quotes.sort(key=lambda c: c["start"])
    return {"id": art["id"], "text": text, "meta": art["meta"], "date": art["meta"]["date"],
            "entities": ents, "claims": claims, "quotes": quotes, "errors": []}
