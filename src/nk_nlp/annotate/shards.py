"""Annotation by shards: many input files in, a directory of output shards and a
manifest out. No Dask here: this module says what a shard is, annotates one shard
(wherever it runs) and keeps the manifest; distributed.py only schedules.

- An input shard is a .jsonl, .jsonl.gz or .txt file, or a directory: a directory's
  .jsonl and .jsonl.gz files are shards of their own, its .txt files one shard
  together (as `nk-nlp annotate DIR` reads them).
- Each shard's records are written to a temporary name and renamed into place once
  complete (os.replace is atomic), so an output shard is either whole or absent: a
  worker killed mid-shard leaves only a temporary file, and the shard is redone whole.
- The manifest (manifest.json, rewritten atomically after each shard) says which
  input became which output, with counts, errors and SHA-256 checksums. A rerun skips
  the shards the manifest lists as complete whose input is unchanged (same size and
  modification time) and whose output still has the recorded checksum.

Output shard K holds exactly what `nk-nlp annotate K` writes on one process: one
record per input record, in input order.
"""

import gzip
import hashlib
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from nk_nlp.annotate import InputRecord, annotate_records, read_inputs, write_record

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
TMP_SUFFIX = ".tmp"
# How many record errors the manifest quotes per shard (the count is always exact).
ERROR_SAMPLES = 5
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class Shard:
    """One unit of work: an input (file, or the .txt files of a directory) and the
    name of its output shard."""

    source: str  # absolute path of the input file or directory
    kind: str  # "jsonl", "jsonl.gz", "txt" (one .txt file) or "txt-dir"
    output: str  # file name inside the output directory

    def read(self) -> Iterator[InputRecord]:
        """The shard's input records, read exactly as `nk-nlp annotate` reads them."""
        if self.kind == "jsonl.gz":
            with gzip.open(self.source, "rb") as stream:
                # '-' makes read_inputs read JSONL from the given stream
                yield from read_inputs(["-"], stdin=stream)
        else:
            yield from read_inputs([self.source])


def _kind(path: Path) -> Optional[str]:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if name.endswith(".jsonl"):
        return "jsonl"
    if name.endswith(".txt"):
        return "txt"
    return None


def _output_name(source: Path, kind: str) -> str:
    """A stable name: the input's name plus a short hash of its absolute path, so two
    inputs called dev.jsonl in different directories never share an output."""
    digest = hashlib.sha256(f"{kind}:{source}".encode("utf-8")).hexdigest()[:10]
    stem = source.name
    for suffix in (".jsonl.gz", ".jsonl", ".txt"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return f"{stem}-{digest}.jsonl"


def _shard(path: Path, kind: str) -> Shard:
    source = path.resolve()
    return Shard(str(source), kind, _output_name(source, kind))


def find_shards(inputs: Sequence[Union[str, Path]]) -> List[Shard]:
    """The shards of the inputs, in input order (directory contents sorted by name).
    Raises ValueError naming every input that cannot be a shard."""
    shards: List[Shard] = []
    problems: List[str] = []
    for item in inputs:
        path = Path(item)
        if str(item) == "-":
            problems.append("standard input ('-') cannot be sharded: give files or directories")
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())
            found = [_shard(p, _kind(p)) for p in files if _kind(p) in ("jsonl", "jsonl.gz")]
            if any(_kind(p) == "txt" for p in files):
                found.insert(0, _shard(path, "txt-dir"))
            if not found:
                problems.append(f"{path}: no .txt, .jsonl or .jsonl.gz files")
            shards += found
        elif not path.exists():
            problems.append(f"{path}: no such file or directory")
        elif _kind(path) is None:
            problems.append(f"{path}: not a .txt, .jsonl or .jsonl.gz file, nor a directory")
        else:
            shards.append(_shard(path, _kind(path)))
    seen: Dict[str, str] = {}
    for shard in shards:
        if shard.output in seen:
            problems.append(f"{shard.source}: given more than once")
        seen[shard.output] = shard.source
    if problems:
        raise ValueError("; ".join(problems))
    return shards


# ---------------------------------------------------------------- fingerprints


def input_files(shard: Shard) -> List[Path]:
    if shard.kind == "txt-dir":
        return sorted(p for p in Path(shard.source).glob("*.txt") if p.is_file())
    return [Path(shard.source)]


def input_stamp(shard: Shard) -> Dict[str, int]:
    """Size and newest modification time of the shard's input files: what a rerun
    compares to decide the input is unchanged (cheap: nothing is read)."""
    stats = [p.stat() for p in input_files(shard)]
    return {"bytes": sum(s.st_size for s in stats), "mtime_ns": max((s.st_mtime_ns for s in stats), default=0),
            "files": len(stats)}


def sha256_files(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------- one shard


def temporary_path(out_dir: Path, output: str) -> Path:
    """Where a shard is written before it is complete; the process id names the writer."""
    return out_dir / f".{output}.{socket.gethostname()}.{os.getpid()}{TMP_SUFFIX}"


class _GuardedReader:
    """The shard's input records; an exception while reading (a truncated .gz, a
    disk error) ends the stream and is kept in `error`, since annotate_records would
    take an input that raises for one that ended."""

    def __init__(self, shard: Shard):
        self.records = shard.read()
        self.error: Optional[BaseException] = None

    def __iter__(self) -> Iterator[InputRecord]:
        try:
            yield from self.records
        except Exception as err:  # noqa: BLE001 - any read failure fails the shard, never the run
            self.error = err


def annotate_shard(nlp, shard: Shard, out_dir: Union[str, Path], **options: Any) -> Dict[str, Any]:
    """Annotate one shard into OUT_DIR/shard.output (written under a temporary name,
    renamed when complete); returns its manifest entry. `options` go to
    annotate_records (batch_size, max_chars, split_long)."""
    out_dir = Path(out_dir)
    start = time.perf_counter()
    stamp = input_stamp(shard)
    entry: Dict[str, Any] = {**asdict(shard), "input": stamp}
    tmp = temporary_path(out_dir, shard.output)
    records = errors = 0
    samples: List[Dict[str, Any]] = []
    reader = _GuardedReader(shard)
    try:
        with open(tmp, "w", encoding="utf-8") as out:
            for record in annotate_records(nlp, reader, **options):
                write_record(out, record)
                records += 1
                if record["errors"]:
                    errors += 1
                    if len(samples) < ERROR_SAMPLES:
                        samples.append({"id": record["id"], "errors": record["errors"]})
            os.fsync(out.fileno())
    except OSError as err:
        reader.error = reader.error or err
    if reader.error is not None:  # e.g. a .gz cut short: no output, the shard is redone by the next run
        tmp.unlink(missing_ok=True)
        return {**entry, "status": "failed", "error": f"{type(reader.error).__name__}: {reader.error}",
                "records": 0}
    entry["input"]["sha256"] = sha256_files(input_files(shard))
    entry.update(
        status="complete", records=records, errors=errors, error_samples=samples,
        output_bytes=tmp.stat().st_size, output_sha256=sha256_files([tmp]),
        seconds=round(time.perf_counter() - start, 3), worker=f"{socket.gethostname()}:{os.getpid()}",
    )
    os.replace(tmp, out_dir / shard.output)
    return entry


# ---------------------------------------------------------------- the manifest


def read_manifest(out_dir: Union[str, Path]) -> Dict[str, Any]:
    """The manifest of an output directory (an empty one if there is none yet)."""
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        return {"version": MANIFEST_VERSION, "shards": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def write_manifest(out_dir: Union[str, Path], manifest: Dict[str, Any]) -> None:
    """Atomically: a reader sees the old manifest or the new one, never half of one."""
    path = Path(out_dir) / MANIFEST
    tmp = path.with_name(f".{MANIFEST}.{os.getpid()}{TMP_SUFFIX}")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def is_complete(out_dir: Path, shard: Shard, entry: Optional[Dict[str, Any]]) -> bool:
    """Whether a rerun may skip the shard: complete in the manifest, same input stamp,
    output present with the recorded checksum."""
    if not entry or entry.get("status") != "complete" or entry.get("source") != shard.source:
        return False
    recorded = {k: entry["input"].get(k) for k in ("bytes", "mtime_ns", "files")}
    if recorded != input_stamp(shard):
        return False
    output = out_dir / shard.output
    return output.exists() and sha256_files([output]) == entry.get("output_sha256")


def complete_shards(out_dir: Union[str, Path]) -> List[Path]:
    """The complete output shards of OUT_DIR, in the order the run listed its inputs
    (concatenated, they are what `nk-nlp annotate` writes for those inputs)."""
    out_dir = Path(out_dir)
    manifest = read_manifest(out_dir)
    entries = sorted(manifest["shards"].values(), key=lambda e: e.get("position", 0))
    return [out_dir / e["output"] for e in entries
            if e.get("status") == "complete" and (out_dir / e["output"]).exists()]


def iter_records(out_dir: Union[str, Path]) -> Iterator[Dict[str, Any]]:
    """Every record of the complete output shards, in order."""
    for path in complete_shards(out_dir):
        with open(path, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


def remove_temporaries(out_dir: Path) -> int:
    """Delete what killed writers left behind; how many files."""
    stale = list(out_dir.glob(f".*{TMP_SUFFIX}"))
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


@dataclass
class Plan:
    """What a run has to do: the shards to annotate and those it skips."""

    out_dir: Path
    shards: List[Shard]
    todo: List[Shard]
    skipped: List[Shard]
    manifest: Dict[str, Any]


def plan_run(
    inputs: Sequence[Union[str, Path]], out_dir: Union[str, Path], pipeline: str, resume: bool = True
) -> Plan:
    """Find the shards, create OUT_DIR, and (with `resume`) keep the complete ones.
    `pipeline` names the pipeline: resuming a directory written by another is refused."""
    shards = find_shards(inputs)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ValueError(f"{out_dir}: the output must be a directory")
    resolved = out_dir.resolve()
    if any(Path(s.source) == resolved or Path(s.source).parent == resolved for s in shards):
        raise ValueError(f"{out_dir}: the output directory is, or holds, an input")
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_temporaries(out_dir)
    manifest = read_manifest(out_dir) if resume else {"version": MANIFEST_VERSION, "shards": {}}
    if manifest["shards"] and manifest.get("pipeline") not in (None, pipeline):
        raise ValueError(
            f"{out_dir} was annotated with the pipeline {manifest['pipeline']!r}, not {pipeline!r}: "
            "resume with the same --model, or write to a new directory"
        )
    manifest["pipeline"] = pipeline
    old = manifest["shards"]
    done = [s for s in shards if resume and is_complete(out_dir, s, old.get(s.output))]
    done_names = {s.output for s in done}
    manifest["shards"] = {s.output: {**old[s.output], "position": i} for i, s in enumerate(shards)
                          if s.output in done_names}
    manifest["inputs"] = [s.source for s in shards]
    return Plan(out_dir, shards, [s for s in shards if s.output not in done_names], done, manifest)


def record_entry(plan: Plan, entry: Dict[str, Any]) -> None:
    """Add a finished shard's entry to the manifest and write it."""
    positions = {s.output: i for i, s in enumerate(plan.shards)}
    plan.manifest["shards"][entry["output"]] = {**entry, "position": positions[entry["output"]]}
    totals = {"records": 0, "errors": 0, "complete": 0, "failed": 0}
    for e in plan.manifest["shards"].values():
        totals["records"] += e.get("records", 0)
        totals["errors"] += e.get("errors", 0)
        totals[e["status"]] += 1
    plan.manifest["totals"] = {**totals, "shards": len(plan.shards)}
    write_manifest(plan.out_dir, plan.manifest)

