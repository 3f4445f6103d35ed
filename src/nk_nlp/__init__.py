"""nk_nlp: attributed facts from Indonesian conflict news, as a spaCy pipeline.

Kept import-light on purpose: spaCy imports the factory modules through entry
points, and a heavy or failing import here would break `spacy.blank` everywhere.
"""

__version__ = "0.1.0"
