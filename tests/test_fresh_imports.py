"""Each module imports on its own in a fresh interpreter (no import cycle that only an
import order hides), and a document is freed as soon as it is dropped: no layer kept in
``Document.layers`` refers back to the document, so analysing a batch leaves nothing for
the cyclic garbage collector (whose passes over whole documents had cost about a sixth
of ``analyze()``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = r"""
import importlib, sys
names = sys.argv[1:]
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m == "analysis" or m.startswith("analysis.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:  # noqa: BLE001
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print("\n".join(failed))
"""


def modules() -> list[str]:
    package = ROOT / "analysis"
    out = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name != "analysis.__main__":
            out.append(name)
    return out


def test_every_module_imports_first_in_a_fresh_interpreter() -> None:
    names = modules()
    assert len(names) > 100 and "analysis.lexicons.prefilter" in names
    done = subprocess.run([sys.executable, "-c", CODE, *names], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""


def test_a_document_is_freed_without_the_cyclic_garbage_collector() -> None:
    import gc
    import weakref

    from analysis import analyze
    from analysis.intake.seeds import load_seeds
    from analysis.text.names import names_of

    text = load_seeds()[0].text
    enabled = gc.isenabled()
    gc.disable()
    try:
        analysis = analyze(text)
        analysis.to_dict()
        assert names_of(analysis.document).spans  # every layer, computed
        doc = weakref.ref(analysis.document)
        del analysis
        assert doc() is None
    finally:
        if enabled:
            gc.enable()
