"""The ledger of an archive on a Dask cluster: `nk-nlp ledger SHARDS_DIR -o LEDGER_DIR
--engine dask` writes a partitioned Parquet dataset, one partition per output shard of
`nk-nlp annotate --engine dask`, each built on a worker from that shard alone.

The shards are the complete ones the manifest lists (annotate/shards.complete_shards), in
the order the annotate run read its inputs; a directory without a manifest is read as its
`*.jsonl` files in name order. Rows are the ones `nk-nlp ledger` writes, typed as
`nk_nlp.ledger.to_dataframe` types them."""

from pathlib import Path
from typing import List, Optional, Union

from nk_nlp.ledger.frame import require, typed_frame
from nk_nlp.ledger.reading import RecordReader
from nk_nlp.ledger.table import COLUMNS, ledger_rows


def shard_files(records_dir: Union[str, Path]) -> List[Path]:
    from nk_nlp.annotate.shards import MANIFEST, complete_shards

    records_dir = Path(records_dir)
    if (records_dir / MANIFEST).exists():
        return complete_shards(records_dir)
    return sorted(records_dir.glob("*.jsonl"))


def dataset_frame(rows) -> "pandas.DataFrame":
    """Typed ledger rows as a dataset partition: every partition of a dataset has one
    schema, so number columns are Float64 here, whole or not."""
    frame = typed_frame(list(rows), COLUMNS)
    for name, kind in COLUMNS:
        if kind == "number":
            frame[name] = frame[name].astype("Float64")
    return frame


def shard_frame(path: str):
    """The ledger partition of one shard (runs on a worker)."""
    return dataset_frame(ledger_rows(RecordReader([path])))


def dataset_schema():
    pa = require("pyarrow")
    types = {"string": pa.string(), "int": pa.int64(), "number": pa.float64(), "date": pa.timestamp("ns"),
             "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[kind]) for name, kind in COLUMNS])


def ledger_dataset(records_dir: Union[str, Path], out_dir: Union[str, Path], client) -> int:
    """Write LEDGER_DIR as Parquet, one partition per shard; returns the number of rows."""
    require("pyarrow")
    dd = require("dask.dataframe")
    from dask import delayed

    files = shard_files(records_dir)
    if not files:
        raise FileNotFoundError(f"{records_dir}: no complete .jsonl shards to read")
    parts = [delayed(shard_frame)(str(path)) for path in files]
    frame = dd.from_delayed(parts, meta=dataset_frame([]), verify_meta=False)
    import dask

    write = frame.to_parquet(str(out_dir), write_index=False, schema=dataset_schema(), compute=False)
    rows = frame.map_partitions(len).sum()
    _, total = dask.compute(write, rows, scheduler=client)  # one graph: each shard is read once
    return int(total)


def run_ledger_dask(records: List[str], output: Path, scheduler: Optional[str], workers: Optional[int]) -> int:
    """`nk-nlp ledger --engine dask`; returns the exit code (messages on stderr)."""
    import sys

    from nk_nlp.annotate.distributed import DaskMissing, local_cluster, require_dask

    if len(records) != 1 or not Path(records[0]).is_dir():
        print("error: --engine dask reads one directory of shards (nk-nlp annotate --engine dask output)", file=sys.stderr)
        return 2
    if output.suffix:
        print(f"error: {output}: --engine dask writes a directory (a partitioned Parquet dataset)", file=sys.stderr)
        return 2
    if output.resolve() == Path(records[0]).resolve():
        print(f"error: {output} is the input directory; an output never overwrites its input", file=sys.stderr)
        return 2
    try:
        distributed = require_dask()
        cluster = None if scheduler else local_cluster(workers or 2)
        with distributed.Client(scheduler or cluster, set_as_default=False) as client:
            rows = ledger_dataset(records[0], output, client)
        if cluster is not None:
            cluster.close()
    except (DaskMissing, ImportError, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"Wrote {rows} claim row(s) to the Parquet dataset {output}", file=sys.stderr)
    return 0
