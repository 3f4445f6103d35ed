"""The rule pipeline's records on the golden set are byte-identical to the committed
ones: a refactor that changes any output fails here, naming the record."""

import pytest

from .golden import INPUTS, annotate_lines, golden_path


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_records_match_golden(rules_nlp, name):
    expected = golden_path(name).read_text(encoding="utf-8").splitlines()
    got = annotate_lines(rules_nlp, name)
    assert len(got) == len(expected)
    for want, have in zip(expected, got):
        assert have == want, f"record changed: {want[:80]}"
