"""Second-pass aid: capitalised words outside entities, number words outside claims."""
import json
import re
import sys
from pathlib import Path

NUM = re.compile(r"\b(\d[\d.,]*|se(orang|buah|ratus|ribu|puluh)|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                 r"sepuluh|sebelas|\w+ belas|puluhan|ratusan|ribuan|ke(dua|tiga|empat|lima|enam|tujuh))\b", re.I)
path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "test.jsonl")
for line in path.open():
    r = json.loads(line)
    t = r["text"]
    inside = lambda items, s, e: any(i["start"] <= s and e <= i["end"] for i in items)
    caps = [m.group() for m in re.finditer(r"\b[A-Z][\w'-]*", t) if not inside(r["entities"], m.start(), m.end())]
    nums = [(m.group(), t[max(0, m.start() - 15):m.end() + 15].replace("\n", " "))
            for m in NUM.finditer(t) if not inside(r["claims"], m.start(), m.end())]
    print("==", r["id"])
    print("  caps outside entities:", " ".join(sorted(set(caps))))
    for n, ctx in nums:
        print("  number outside claims:", n, "|", ctx)
