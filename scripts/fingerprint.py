"""Write one SHA-256 of the nk_nlp source files, so the project retrains when a
component changes (hashing the folder itself would also count __pycache__).

    python scripts/fingerprint.py SRC_DIR OUT_FILE
"""

import hashlib
import sys
from pathlib import Path


def fingerprint(src: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(src.rglob("*.py")):
        digest.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    value = fingerprint(src) + "\n"
    if not out.exists() or out.read_text() != value:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(value)
    print(f"{out}: {value.strip()}")
