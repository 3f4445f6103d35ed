"""The spaCy face every nk component that carries data shares.

A component's data is a dict of named files (`numbers.json`, `actors.jsonl`, ...): plain
JSON values that are read at `initialize` from a directory given in the config, saved
with the pipeline under the same names, and sent through `to_bytes` as one msgpack dict.
A subclass names its files in `data_files`, turns the loaded data into whatever it
matches with in `compile`, and finds its directory setting in `data_dir_setting`.
Serialisation goes through `spacy.util.to_disk/from_disk/to_bytes/from_bytes` with one
serializer per file, so `exclude` works as it does for spaCy's own components.
"""

from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Optional, Tuple, Union

import srsly
from spacy import util
from spacy.language import Language
from spacy.training import Example

PathLike = Union[str, Path]


def read_data_file(path: Path) -> Any:
    """A `.jsonl` file as a list of objects, anything else as one JSON value."""
    if path.suffix == ".jsonl":
        return list(srsly.read_jsonl(path))
    return srsly.read_json(path)


def write_data_file(path: Path, data: Any) -> None:
    if path.suffix == ".jsonl":
        srsly.write_jsonl(path, data)
    else:
        srsly.write_json(path, data, indent=1)


class DataComponent:
    """Base of the nk components that carry data files (see the module docstring)."""

    data_files: Tuple[str, ...] = ()
    data_dir_setting: str = "lexicon_dir"

    def __init__(self, nlp: Language, name: str, scorer: Optional[Callable] = None):
        self.nlp = nlp
        self.name = name
        self.scorer = scorer
        self.data: Optional[Dict[str, Any]] = None

    # ------------------------------------------------------------ data
    def compile(self, data: Dict[str, Any]) -> None:
        """Build the matching structures from freshly loaded `data` (file name -> value)."""

    def set_data(self, data: Dict[str, Any]) -> None:
        missing = [f for f in self.data_files if f not in data]
        if missing:
            raise ValueError(f"{self.name}: data files missing: {', '.join(missing)}")
        self.data = {f: data[f] for f in self.data_files}
        self.compile(self.data)

    def require_data(self) -> Dict[str, Any]:
        if self.data is None:
            raise ValueError(
                f"{self.name} is not initialized: call nlp.initialize() with "
                f"[initialize.components.{self.name}] {self.data_dir_setting}, or load a saved pipeline"
            )
        return self.data

    def initialize(self, get_examples: Optional[Callable[[], Iterable[Example]]] = None, *,
                   nlp: Optional[Language] = None, lexicon_dir: Optional[PathLike] = None) -> None:
        """spaCy validates initialize settings against this signature: a component whose
        setting has another name overrides this method and calls `load_dir`."""
        self.load_dir(lexicon_dir)

    def load_dir(self, directory: Optional[PathLike]) -> None:
        if directory is None:
            raise ValueError(
                f"{self.name}: set [initialize.components.{self.name}] {self.data_dir_setting} in the config"
            )
        self.set_data(self.read_dir(Path(directory)))

    def read_dir(self, directory: Path) -> Dict[str, Any]:
        return {f: read_data_file(directory / f) for f in self.data_files}

    # ------------------------------------------------------------ scoring
    def score(self, examples: Iterable[Example], **kwargs: Any) -> Dict[str, Any]:
        return self.scorer(examples, **kwargs) if self.scorer is not None else {}

    # ------------------------------------------------------------ serialisation
    def to_disk(self, path: PathLike, *, exclude: Iterable[str] = tuple()) -> None:
        data = self.require_data()
        serializers = {f: (lambda p, f=f: write_data_file(p, data[f])) for f in self.data_files}
        util.to_disk(path, serializers, exclude)

    def from_disk(self, path: PathLike, *, exclude: Iterable[str] = tuple()) -> "DataComponent":
        data: Dict[str, Any] = {}
        readers = {f: (lambda p, f=f: data.__setitem__(f, read_data_file(p))) for f in self.data_files}
        util.from_disk(path, readers, exclude)
        self.set_data(data)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        data = self.require_data()
        serializers = {f: (lambda f=f: srsly.msgpack_dumps(data[f])) for f in self.data_files}
        return util.to_bytes(serializers, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> "DataComponent":
        data: Dict[str, Any] = {}
        readers = {f: (lambda b, f=f: data.__setitem__(f, srsly.msgpack_loads(b))) for f in self.data_files}
        util.from_bytes(bytes_data, readers, exclude)
        self.set_data(data)
        return self
