"""Where the seeds are read from: $CREDIBILITY_SEEDS, the installed package's own copy
(``importlib.resources``), the repository's ``seeds/``; never the current folder's."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from analysis.intake import seeds
from analysis.intake.loading import InputError
from analysis.intake.seeds import load_seeds, seeds_dir

REPO_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_NAMES = itertools.count()


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the installed package: an importable package with ``_seeds/`` in it,
    as the wheel lays it out, put where ``seeds_dir()`` looks for the package's copy."""
    name = f"fake_credibility_{next(_NAMES)}"
    package = tmp_path / "site" / name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    shutil.copytree(REPO_SEEDS, package / seeds.FOLDER)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setattr(seeds, "PACKAGE", name)
    monkeypatch.delenv(seeds.ENV_VAR, raising=False)
    return package / seeds.FOLDER


def test_a_source_checkout_reads_the_repository_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(seeds.ENV_VAR, raising=False)
    assert seeds.packaged_dir() == Path(seeds.__file__).resolve().parents[1] / "_seeds"
    assert seeds_dir() == REPO_SEEDS  # no _seeds/ in the source tree: seeds/ beside it


def test_the_packaged_copy_is_read_through_importlib_resources(installed: Path) -> None:
    assert seeds.packaged_dir() == installed
    assert seeds_dir() == installed  # before the repository's seeds/
    assert [s.path.parent for s in load_seeds()] == [installed] * 4


def test_the_environment_variable_wins(installed: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    own = shutil.copytree(REPO_SEEDS, tmp_path / "own")
    monkeypatch.setenv("CREDIBILITY_SEEDS", str(own))
    assert seeds_dir() == own
    monkeypatch.setenv("CREDIBILITY_SEEDS", str(tmp_path / "missing"))
    with pytest.raises(InputError) as err:
        seeds_dir()
    assert str(err.value) == f"CREDIBILITY_SEEDS={tmp_path / 'missing'}: no manifest.json there"


def test_a_seeds_folder_in_the_current_folder_is_ignored(installed: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    shutil.copytree(REPO_SEEDS, work / "seeds")
    monkeypatch.chdir(work)
    assert seeds_dir() == installed


def test_no_seeds_anywhere_is_one_clear_input_error(installed: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(installed)
    monkeypatch.setattr(seeds, "repository_dir", lambda: tmp_path / "no-repo")
    with pytest.raises(InputError) as err:
        seeds_dir()
    package = installed.parent.name  # "analysis" when installed
    assert str(err.value) == (f"the seed texts are missing from this installation (no {package}"
                              "/_seeds/manifest.json); reinstall credibility or set "
                              "CREDIBILITY_SEEDS")


def test_a_missing_package_falls_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(seeds, "PACKAGE", "no_such_package_here")
    monkeypatch.delenv(seeds.ENV_VAR, raising=False)
    assert seeds.packaged_dir() is None
    assert seeds_dir() == REPO_SEEDS
