"""`nk-nlp annotate --engine dask`: shards on a real distributed.LocalCluster of two
worker processes give the bytes one process gives; a killed worker or a stopped client
loses nothing and doubles nothing; a rerun skips complete shards."""

import gzip
import json
import os
import re
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_pipeline import fake_nlp
from nk_nlp.annotate import annotate_records, read_inputs, write_record
from nk_nlp.annotate.shards import annotate_shard, complete_shards, find_shards, iter_records, read_manifest
from nk_nlp.build import load_untrained
from nk_nlp.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
HELDOUT = [ROOT / "corpus" / "heldout" / "dev.jsonl", ROOT / "corpus" / "heldout" / "test.jsonl"]
BATCH_RECORDS = 2000
BATCH_SHARDS = 4
BAD_LINES = [b"{not json\n", b'["an", "array"]\n', b'{"id": "no-text"}\n', b'{"text": 42}\n',
             b'{"id": "empty", "text": "  "}\n', b'{"id": "bytes", "text": "caf\xe9"}\n']


def shards_bytes(out_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in complete_shards(out_dir))


def one_process_bytes(nlp, paths) -> bytes:
    """What `nk-nlp annotate PATHS -o OUT` writes on one process."""
    import io

    out = io.StringIO()
    for record in annotate_records(nlp, read_inputs([str(p) for p in paths])):
        write_record(out, record)
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """2,000 input lines from the seeds' sentences, one bad line in 50, as two .jsonl
    and two .jsonl.gz shards; plus the same shards uncompressed (for the one-process run)."""
    paragraphs = [s for f in sorted((ROOT / "seeds").glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n")
                  for s in re.split(r'(?<=[.!?"])\s+', p) if len(s.split()) >= 6]
    lines = []
    for i in range(BATCH_RECORDS):
        if i % 50 == 49:
            lines.append(BAD_LINES[(i // 50) % len(BAD_LINES)])
        else:
            obj = {"id": f"b{i:04d}", "text": paragraphs[i % len(paragraphs)], "meta": {"n": i}}
            lines.append((json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8"))
    shard_dir, plain_dir = tmp_path_factory.mktemp("batch"), tmp_path_factory.mktemp("plain")
    size = BATCH_RECORDS // BATCH_SHARDS
    inputs, plain = [], []
    for k in range(BATCH_SHARDS):
        data = b"".join(lines[k * size : (k + 1) * size])
        plain.append(plain_dir / f"part{k}.jsonl")
        plain[-1].write_bytes(data)
        if k % 2:
            inputs.append(shard_dir / f"part{k}.jsonl.gz")
            inputs[-1].write_bytes(gzip.compress(data))
        else:
            inputs.append(shard_dir / f"part{k}.jsonl")
            inputs[-1].write_bytes(data)
    return inputs, plain


@pytest.fixture(scope="module")
def shard_references(rules_nlp, batch):
    """One process's bytes, shard by shard."""
    return [one_process_bytes(rules_nlp, [path]) for path in batch[1]]


@pytest.fixture(scope="module")
def batch_reference(shard_references):
    return b"".join(shard_references)


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    from nk_nlp.annotate.distributed import local_cluster, warm_up

    with local_cluster(2) as cluster, distributed.Client(cluster, set_as_default=False) as client:
        client.wait_for_workers(2)
        for address in client.scheduler_info()["workers"]:
            client.submit(warm_up, load_untrained, workers=[address], pure=False).result()
        yield client


def run(client, inputs, out_dir, **kwargs):
    from nk_nlp.annotate.distributed import run_distributed

    return run_distributed(load_untrained, inputs, out_dir, client=client, **kwargs)


def test_two_workers_write_the_bytes_of_one_process(client, batch, batch_reference, tmp_path):
    inputs = [ROOT / "seeds", *HELDOUT, *batch[0]]
    summary = run(client, inputs, tmp_path / "out")
    assert summary["failed"] == [] and summary["complete"] == 3 + BATCH_SHARDS
    golden = (GOLDEN / "seeds.jsonl").read_bytes() + (GOLDEN / "heldout.jsonl").read_bytes()
    assert shards_bytes(tmp_path / "out") == golden + batch_reference
    manifest = read_manifest(tmp_path / "out")
    assert manifest["totals"]["records"] == 5 + 6 + BATCH_RECORDS
    assert manifest["totals"]["errors"] == BATCH_RECORDS // 50
    entry = manifest["shards"][find_shards([batch[0][1]])[0].output]
    assert entry["kind"] == "jsonl.gz" and entry["records"] == BATCH_RECORDS // BATCH_SHARDS
    assert len(entry["output_sha256"]) == 64 and entry["error_samples"][0]["errors"]
    # each worker loaded the pipeline once, whatever the number of shards it annotated
    from nk_nlp.annotate.distributed import pipeline_name, process_stats

    stats = client.run(process_stats)
    assert [s["loads"][pipeline_name(load_untrained)] for s in stats.values()] == [1, 1]
    assert len({e["worker"] for e in manifest["shards"].values()}) == 2


def test_a_killed_worker_s_shard_is_redone_whole(client, batch, shard_references, tmp_path):
    out = tmp_path / "out"
    inputs, reference = batch[0][:2], b"".join(shard_references[:2])
    worker_pids = set(client.run(os.getpid).values())
    result = {}
    thread = threading.Thread(target=lambda: result.update(run(client, inputs, out)))
    thread.start()
    killed = None
    deadline = time.monotonic() + 60
    while killed is None and thread.is_alive() and time.monotonic() < deadline:
        for tmp in out.glob(".*.tmp") if out.exists() else []:
            pid = int(tmp.name.split(".")[-2])
            if pid in worker_pids:  # a worker is writing a shard: kill it mid-way
                os.kill(pid, signal.SIGKILL)
                killed = (pid, tmp.name)
                break
        time.sleep(0.005)
    thread.join(120)
    assert killed is not None, "no worker was caught mid-shard"
    assert result["failed"] == [] and result["complete"] == 2
    assert shards_bytes(out) == reference
    ids = Counter(r["id"] for r in iter_records(out))
    good = [i for i in ids if i.startswith("b")]
    assert len(good) == BATCH_RECORDS // 2 - BATCH_RECORDS // 100 and {ids[i] for i in good} == {1}
    assert sorted(ids.elements()) == sorted(json.loads(line)["id"] for line in reference.splitlines())
    assert all(e["worker"].split(":")[1] != str(killed[0]) for e in read_manifest(out)["shards"].values())
    assert not list(out.glob(".*.tmp"))


class ClientStopped(Exception):
    pass


def test_a_stopped_client_resumes_where_it_stopped(client, batch, shard_references, tmp_path):
    out = tmp_path / "out"
    inputs, reference = batch[0][1:], b"".join(shard_references[1:])

    def stop(entry):
        raise ClientStopped

    with pytest.raises(ClientStopped):
        run(client, inputs, out, on_shard=stop)
    first = complete_shards(out)
    assert len(first) == 1
    stamp = first[0].stat().st_mtime_ns, first[0].stat().st_ino
    summary = run(client, inputs, out, resume=True)
    assert summary["skipped"] == 1 and summary["complete"] == len(inputs) - 1 and summary["failed"] == []
    assert (first[0].stat().st_mtime_ns, first[0].stat().st_ino) == stamp  # not rewritten
    assert shards_bytes(out) == reference
    # a third run has nothing left to do
    again = run(client, inputs, out, resume=True)
    assert again["skipped"] == len(inputs) and again["complete"] == 0


def test_resume_redoes_a_shard_whose_input_or_output_changed(client, batch, tmp_path):
    out = tmp_path / "out"
    inputs = [ROOT / "seeds", *HELDOUT]
    run(client, inputs, out)
    dev = complete_shards(out)[1]
    dev.write_bytes(dev.read_bytes()[:-10])  # damaged after the run
    summary = run(client, inputs, out, resume=True)
    assert summary["skipped"] == 2 and summary["complete"] == 1
    assert shards_bytes(out) == (GOLDEN / "seeds.jsonl").read_bytes() + (GOLDEN / "heldout.jsonl").read_bytes()
    with pytest.raises(ValueError, match="annotated with the pipeline"):
        from nk_nlp.annotate.distributed import run_distributed

        run_distributed("another_model", inputs, out, client=client, resume=True)


@pytest.fixture(scope="module")
def model_dir(rules_nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("model")
    rules_nlp.to_disk(path)
    return path


def test_the_command_on_a_running_cluster(client, model_dir, tmp_path):
    model = model_dir
    scheduler = client.scheduler.address
    args = ["annotate", str(ROOT / "seeds"), "-o", str(tmp_path / "out"), "--engine", "dask",
            "--scheduler", scheduler, "--model", str(model)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "1 shards annotated, 0 already complete, 0 failed, of 1: 5 records" in result.output
    assert shards_bytes(tmp_path / "out") == (GOLDEN / "seeds.jsonl").read_bytes()
    result = CliRunner().invoke(app, args + ["--resume"])
    assert result.exit_code == 0 and "0 shards annotated, 1 already complete" in result.output


def test_a_killed_command_resumes_with_every_id_once(client, model_dir, batch, shard_references, tmp_path):
    """SIGKILL to `nk-nlp annotate --engine dask` once a shard is complete, then --resume."""
    import subprocess
    import sys

    out = tmp_path / "out"
    inputs, reference = batch[0][1:], b"".join(shard_references[1:])
    command = [sys.executable, "-c", "from nk_nlp.cli import app; app()", "annotate", *map(str, inputs),
               "-o", str(out), "--engine", "dask", "--scheduler", client.scheduler.address, "--model", str(model_dir)]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while process.poll() is None and not complete_shards(out) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.kill()
    process.wait()
    done = len(complete_shards(out))
    assert 1 <= done < len(inputs), "the command was not caught between its shards"
    result = CliRunner().invoke(app, command[3:] + ["--resume"])
    expected = f"{len(inputs) - done} shards annotated, {done} already complete, 0 failed"
    assert result.exit_code == 0 and expected in result.output, result.output
    assert shards_bytes(out) == reference
    ids = Counter(r["id"] for r in iter_records(out))
    assert sorted(ids.elements()) == sorted(json.loads(line)["id"] for line in reference.splitlines())


# ---------------------------------------------------------------- without a cluster


def test_a_truncated_gz_fails_its_shard_and_writes_nothing(tmp_path):
    data = gzip.compress(b"".join(b'{"id": "%d", "text": "Satu dua tiga."}\n' % i for i in range(2000)))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out"
    out.mkdir()
    entry = annotate_shard(fake_nlp(), find_shards([cut])[0], out)
    assert entry["status"] == "failed" and "EOFError" in entry["error"]
    assert list(out.iterdir()) == []


def test_warm_up_loads_once_and_annotates_its_texts(monkeypatch):
    from nk_nlp.annotate import distributed

    monkeypatch.setattr(distributed, "_PIPELINES", {})
    monkeypatch.setattr(distributed, "LOADS", Counter())
    text = "Juru bicara militer Nerovia, Kolonel Tavik Orsenbrak, mengatakan dua drone ditembak jatuh."
    assert distributed.warm_up(load_untrained, [text]) == 1
    nlp = distributed._PIPELINES[distributed.pipeline_name(load_untrained)]
    assert "Orsenbrak" in nlp.vocab.strings  # the text went through the pipeline
    assert distributed.warm_up(load_untrained) == 1  # and the next call reuses it


def test_find_shards(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.jsonl").write_text("")
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b""))
    (tmp_path / "notes.md").write_text("")
    kinds = [s.kind for s in find_shards([tmp_path])]
    assert kinds == ["txt-dir", "jsonl", "jsonl.gz"]
    with pytest.raises(ValueError, match="more than once"):
        find_shards([tmp_path / "b.jsonl", tmp_path / "b.jsonl"])
    with pytest.raises(ValueError, match="notes.md: not a"):
        find_shards([tmp_path / "notes.md", "-"])


def test_cli_refuses_what_the_dask_engine_cannot_do(tmp_path, monkeypatch):
    runner = CliRunner()
    seeds = str(ROOT / "seeds")
    result = runner.invoke(app, ["annotate", seeds, "-o", "-", "--engine", "dask"])
    assert result.exit_code == 2 and "directory of shards" in result.output
    result = runner.invoke(app, ["annotate", seeds, "-o", str(tmp_path), "--workers", "2"])
    assert result.exit_code == 2 and "--engine" in result.output
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)
    result = runner.invoke(app, ["annotate", seeds, "-o", str(tmp_path / "o"), "--engine", "dask"])
    assert result.exit_code == 2 and 'pip install "nk_nlp[dask]"' in result.output


# ---------------------------------------------------------------- the ledger of the shards


def test_the_ledger_of_the_shards_as_a_parquet_dataset(client, batch, tmp_path):
    """One Parquet partition per complete shard, the same rows and types as the ledger of
    the concatenated records written in one process."""
    import pandas as pd

    from nk_nlp.annotate.shards import complete_shards, iter_records
    from nk_nlp.ledger import to_dataframe
    from nk_nlp.ledger.distributed import ledger_dataset

    out = tmp_path / "out"
    run(client, [ROOT / "seeds", *HELDOUT], out)
    rows = ledger_dataset(out, tmp_path / "ledger", client)
    expected = to_dataframe(iter_records(out))
    got = pd.read_parquet(tmp_path / "ledger")
    assert rows == len(expected) == len(got) > 0
    assert len(list((tmp_path / "ledger").glob("*.parquet"))) == len(complete_shards(out))
    assert list(got.columns) == list(expected.columns)
    for name in ("article_id", "claim_text", "value", "low", "high", "party", "source_canonical", "date"):
        assert got[name].tolist() == expected[name].tolist(), name


def test_the_dask_ledger_refuses_its_input_as_output(tmp_path):
    from nk_nlp.ledger.distributed import run_ledger_dask

    (tmp_path / "shards").mkdir()
    assert run_ledger_dask([str(tmp_path / "shards")], tmp_path / "shards", None, 1) == 2
    assert run_ledger_dask([str(tmp_path / "shards")], tmp_path / "ledger.csv", None, 1) == 2
