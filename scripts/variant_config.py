"""Write the config of one ablation variant of the pipeline config: `rules`
(no tok2vec/ner), `ner` (no entity ruler) or `rules+ner` (the config as it is),
derived the same way as in the cross-validation (nk_nlp.evaluation.crossval).

    python scripts/variant_config.py CONFIG VARIANT OUT
"""

import sys
from pathlib import Path

import spacy

from nk_nlp.evaluation.crossval import VARIANTS, variant_config

if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[2] not in VARIANTS:
        sys.exit(__doc__ + f"\nVARIANT is one of: {', '.join(VARIANTS)}")
    config_path, variant, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    config = variant_config(spacy.util.load_config(config_path, interpolate=False), variant)
    out.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(out)
    print(f"{out}: {variant} pipeline {config['nlp']['pipeline']}")
