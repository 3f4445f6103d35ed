"""Build nk_nlp pipelines from a config without training: for tests, the
rules-only ablation and anyone who wants the rule components alone."""

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Optional, Union

import spacy
from spacy.language import Language

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = REPO_ROOT / "configs" / "config.cfg"
TRAINED = ("tok2vec", "ner")


@contextmanager
def _cwd(path: Path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def load_untrained(
    config_path: Union[str, Path] = DEFAULT_CONFIG,
    exclude: Iterable[str] = TRAINED,
    root: Optional[Union[str, Path]] = None,
) -> Language:
    """The pipeline of `config_path` without the `exclude`d components, initialized
    with the knowledge files (paths in the config are relative to `root`, the repo)."""
    config = spacy.util.load_config(config_path, interpolate=False)
    exclude = set(exclude)
    config["nlp"]["pipeline"] = [p for p in config["nlp"]["pipeline"] if p not in exclude]
    for name in exclude:
        config["components"].pop(name, None)
        config["initialize"]["components"].pop(name, None)
    config["training"]["annotating_components"] = [
        p for p in config["training"]["annotating_components"] if p not in exclude
    ]
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    with _cwd(Path(root) if root else REPO_ROOT):
        nlp.initialize()
    return nlp
