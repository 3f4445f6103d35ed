from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "corpus" / "seeds.jsonl"


@pytest.fixture(scope="session")
def rules_nlp():
    """The full rule pipeline of configs/config.cfg (no trained components), initialized
    from pipeline/ — what the packaged model does minus the NER's additions."""
    from nk_nlp.build import load_untrained

    return load_untrained()
