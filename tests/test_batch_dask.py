"""The Dask engine writes the same rows as the local engine: on a LocalCluster the run
starts itself, and on a running scheduler named by ``--scheduler``."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.batch.inputs import Columns
from analysis.batch.rows import Options
from analysis.batch.run import Job, run
from analysis.cli.main import main
from tests.batch_corpus import write_jsonl

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("dask")
    src = write_jsonl(folder / "c.jsonl", 30, bad=True)
    out = folder / "local.csv"
    assert main(["batch", str(src), "--out", str(out), "--workers", "1"]) == 1
    return src, out.read_bytes()


def test_a_local_cluster_gives_the_local_rows(corpus, tmp_path: Path) -> None:
    src, local = corpus
    out = tmp_path / "dask.csv"
    outcome = run(Job([str(src)], out, Columns(), Options(), workers=2, engine="dask",
                      dask_processes=False))
    assert (outcome.done, outcome.scored, outcome.failed) == (34, 31, 3)
    assert out.read_bytes() == local


def test_an_existing_scheduler(corpus, tmp_path: Path) -> None:
    src, local = corpus
    out = tmp_path / "dask.csv"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        code = main(["batch", str(src), "--out", str(out), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address])
    assert code == 1
    assert out.read_bytes() == local


def test_scheduler_needs_the_dask_engine(corpus, tmp_path: Path, capsys) -> None:
    src, _ = corpus
    assert main(["batch", str(src), "--out", str(tmp_path / "o.csv"),
                 "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err == "credibility batch: --scheduler needs --engine dask\n"


def test_the_readme_recipe_for_a_dask_dataframe() -> None:
    import dask.dataframe as dd
    import pandas as pd

    from analysis import score_frame
    from tests.batch_corpus import texts

    frame = pd.DataFrame({"id": [f"d{i}" for i in range(6)], "text": texts(6)})
    ddf = dd.from_pandas(frame, npartitions=3)
    meta = score_frame(ddf.head(1), text_column="text").iloc[:0]
    scored = ddf.map_partitions(score_frame, text_column="text", meta=meta)
    got = scored.compute(scheduler="sync")
    want = score_frame(frame, text_column="text")
    pd.testing.assert_frame_equal(got, want, check_dtype=False)  # dask: arrow strings
