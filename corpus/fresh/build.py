"""Build SET/test.jsonl from the markup in SET/articles_*.py and check it.

    python corpus/fresh/build.py [SET]     # SET: a directory, corpus/fresh by default

The articles of articles_papua.py come first, then those of articles_other.py, then
any other articles_*.py in name order."""
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from markup import build  # noqa: E402

FIRST = ("articles_papua.py", "articles_other.py")


def article_modules(directory: Path) -> list:
    """The articles_*.py modules of a set directory, loaded by path (two sets may both
    have an articles_papua.py)."""
    files = sorted(directory.glob("articles_*.py"), key=lambda f: (FIRST.index(f.name) if f.name in FIRST else 2, f.name))
    modules = []
    for path in files:
        spec = importlib.util.spec_from_file_location(f"{directory.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    return modules


def check(r):
    t = r["text"]
    ok = lambda s: t[s["start"]:s["end"]] == s["text"] and s["text"] == s["text"].strip() and s["text"]
    prev = 0
    for e in r["entities"]:
        assert ok(e), e
        assert e["start"] >= prev, ("overlap", e)
        prev = e["end"]
        for side in (e["start"] - 1, e["end"]):
            if 0 <= side < len(t):
                assert not t[side].isalnum(), ("word boundary", e, t[side])
    ents = {(e["start"], e["end"]): e for e in r["entities"]}
    for kind in ("claims", "quotes"):
        prev = 0
        for c in r[kind]:
            assert ok(c), c
            assert c["start"] >= prev, ("overlap", c)
            prev = c["end"]
            if c["source"]:
                e = ents[(c["source"]["start"], c["source"]["end"])]
                assert e["label"] == "ACTOR" and e["canonical"] == c["source"]["canonical"], c
            for m in c["media"]:
                assert ents[(m["start"], m["end"])]["label"] == "MEDIA"
            if c["cue"]:
                assert ok(c["cue"])
            for d in c.get("disputed_by", []):
                assert ents[(d["source"]["start"], d["source"]["end"])]["label"] == "ACTOR"
                assert d["source"]["canonical"] != (c["source"] or {}).get("canonical"), c
    import datetime
    datetime.date.fromisoformat(r["date"])
    assert r["date"] == r["meta"]["date"]
    vias = {"clause", "according_to", "postposed", "passive", "pronoun", "continuation", "repeated", "naming"}
    for c in r["claims"] + r["quotes"]:
        assert (c["source_via"] is None) == (c["source"] is None), c
        assert c["source_via"] is None or c["source_via"] in vias, c
        assert c["cue"] is None or c["source"] is not None, c
    for c in r["claims"]:
        assert isinstance(c["disputed_by"], list)
        assert len({d["source"]["canonical"] for d in c["disputed_by"]}) == len(c["disputed_by"]), c
        assert [d["source"]["start"] for d in c["disputed_by"]] == sorted(d["source"]["start"] for d in c["disputed_by"])
        for d in c["disputed_by"]:
            assert d["cue"] is None or ok(d["cue"])
    for q in r["quotes"]:
        assert t[q["start"] - 1] in '"“' and t[q["end"]] in '"”', q
        assert len(q["text"].split()) >= 3


def main():
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    out = directory / "test.jsonl"
    recs = []
    for mod in article_modules(directory):
        for art in mod.ARTICLES:
            r = build(art)
            check(r)
            recs.append(r)
            words = len(r["text"].split())
            print(f'{r["id"]:28} {r["meta"]["outlet"]:18} words={words} ents={len(r["entities"])} '
                  f'claims={len(r["claims"])} quotes={len(r["quotes"])} '
                  f'disputed={sum(1 for c in r["claims"] if c["disputed_by"])}')
    with out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
