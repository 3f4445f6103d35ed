"""A library that registered one of nk_nlp's Span._ attributes first makes nk_nlp stop
with a message naming it, instead of sharing the attribute silently. Run in a fresh
interpreter: the extension table is global to the process."""

import subprocess
import sys

SCRIPT = """
from spacy.tokens import Span
Span.set_extension("source", default="a stranger's value")
from nk_nlp.build import load_untrained
try:
    load_untrained()
except Exception as err:
    print(type(err).__name__, err)
else:
    print("loaded")
"""


def test_foreign_registration_fails_clearly():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ExtensionConflict Span._.source is already registered by another library")


def test_registering_twice_is_fine():
    from nk_nlp.extensions import register_extensions

    register_extensions()
    register_extensions()
