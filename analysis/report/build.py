"""``write_report``: the comparison report as HTML, Markdown and CSV."""

from __future__ import annotations

from pathlib import Path

from analysis.core import Analysis
from analysis.report.context import build_context
from analysis.report.files import write_atomic
from analysis.report.markdown import render_markdown
from analysis.report.table import write_csv

DEFAULT_TITLE = "How are these news texts written? A comparison"


def render_html(analyses: list[Analysis], *, title: str = DEFAULT_TITLE) -> str:
    """The report as one self-contained HTML page (same input, same bytes)."""
    return _html(build_context(analyses), title)


def write_report(analyses: list[Analysis], out_dir: Path, *, name: str = "comparison",
                 title: str = DEFAULT_TITLE) -> list[Path]:
    """Write ``<name>.html``, ``<name>.md`` and ``<name>.csv`` into ``out_dir``.

    Returns the three paths in that order. Output is deterministic: writing the same
    analyses twice gives byte-identical files. Each file is replaced all at once
    (``analysis.report.files``): never left empty or half-written, never written through a
    symbolic link.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = build_context(analyses)
    html_path = write_atomic(out_dir / f"{name}.html", _html(ctx, title))
    md_path = write_atomic(out_dir / f"{name}.md", render_markdown(ctx, title))
    csv_path = write_csv(analyses, out_dir / f"{name}.csv")
    return [html_path, md_path, csv_path]


def seed_analyses() -> list[Analysis]:
    """The four seeds from ``seeds/`` (manifest order), cleaned and analysed."""
    from analysis.core import analyze
    from analysis.intake.seeds import load_seeds

    return [analyze(s.text, meta=s.meta) for s in load_seeds()]


def seed_report(out_dir: Path, *, name: str = "seed_comparison") -> list[Path]:
    """The committed example report: the seed comparison (``reports/seed_comparison.*``)."""
    return write_report(seed_analyses(), out_dir, name=name)


def _html(ctx: dict, title: str) -> str:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("analysis.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template("report.html.j2").render(title=title, **ctx)
