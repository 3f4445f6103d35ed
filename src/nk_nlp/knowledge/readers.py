"""Readers the configs use to load the pipeline's knowledge at initialize."""

from pathlib import Path
from typing import Dict, List, Union

import srsly
from spacy.util import registry


@registry.readers("nk_nlp.read_patterns.v1")
def read_patterns(path: Union[str, Path]) -> List[Dict]:
    """Entity-ruler patterns from one JSONL file or every *.jsonl in a folder, as a list."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [pattern for f in files for pattern in srsly.read_jsonl(f)]
