"""nk_nlp: attributed facts from Indonesian conflict news, as a spaCy pipeline.

Kept import-light on purpose: spaCy imports the factory modules through entry
points, and a heavy or failing import here would break `spacy.blank` everywhere.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nk_nlp")  # one version: pyproject.toml's
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
