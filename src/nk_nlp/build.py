"""Build nk_nlp pipelines from a config without training: for tests, the
rules-only ablation and anyone who wants the rule components alone."""

import os
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import spacy
from spacy.language import Language
from spacy.util import registry
from thinc.api import Config

from nk_nlp.data import DEFAULT_CONFIG, data_path

TRAINED = ("tok2vec", "ner")

registry.misc("nk_nlp.data_path.v1")(data_path)


@contextmanager
def _cwd(path: Path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def without_components(config: Config, names: Iterable[str]) -> Config:
    """A copy of an uninterpolated pipeline config with `names` removed everywhere
    they appear (pipeline, components, initialize, annotating and frozen components)."""
    names = set(names)
    config = Config(config).copy()
    config["nlp"]["pipeline"] = [p for p in config["nlp"]["pipeline"] if p not in names]
    for name in names:
        config["components"].pop(name, None)
        config["initialize"]["components"].pop(name, None)
    training = config["training"]
    for key in ("annotating_components", "frozen_components"):
        training[key] = [p for p in training.get(key, []) if p not in names]
    return config


def load_untrained(
    config_path: Union[str, Path] = DEFAULT_CONFIG,
    exclude: Sequence[str] = TRAINED,
    root: Optional[Union[str, Path]] = None,
) -> Language:
    """The pipeline of `config_path` (default: the config nk_nlp ships) without the
    `exclude`d components, initialized with the knowledge files. The config's data
    paths are read relative to `root` (default: the working directory), falling back
    to the data nk_nlp ships (nk_nlp.data_path.v1)."""
    config = without_components(spacy.util.load_config(config_path, interpolate=False), exclude)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    with _cwd(Path(root)) if root else nullcontext():
        nlp.initialize()
    return nlp
