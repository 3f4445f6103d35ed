"""Where nk_nlp finds the data it ships: the knowledge base, lexicons and entity
patterns of `pipeline/`, the default config of `configs/` and the record schema.

The files live at the top of the repository (where they are edited) and ship in
the wheel inside the package; importlib.resources finds them either way, so
nothing here depends on a checkout or on the working directory.
"""

from importlib.resources import files
from pathlib import Path
from typing import Union


def packaged(*parts: str) -> Path:
    """A file or folder shipped with nk_nlp, e.g. `packaged("pipeline", "kb")`."""
    return Path(str(files("nk_nlp").joinpath(*parts)))


PIPELINE_DIR = packaged("pipeline")
DEFAULT_CONFIG = packaged("configs", "config.cfg")


def data_path(path: Union[str, Path]) -> Path:
    """`path` as given when it exists (relative paths: to the working directory),
    else the same relative path inside the data nk_nlp ships (`pipeline/kb` is then
    the packaged knowledge base). The config wraps its data paths in this
    (registered as nk_nlp.data_path.v1 in nk_nlp.build), so `[initialize.components]`
    works from a checkout and from an installed wheel."""
    given = Path(path)
    if given.exists() or given.is_absolute():
        return given
    shipped = packaged(*given.parts)
    return shipped if shipped.exists() else given
