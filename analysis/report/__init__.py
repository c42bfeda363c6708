"""The comparison report: HTML (self-contained, deterministic), Markdown and CSV.

    >>> from analysis.report import write_report
    >>> write_report(analyses, Path("reports"), name="seed_comparison")  # doctest: +SKIP

pandas, matplotlib and Jinja2 are imported only when a report is built.
"""

from __future__ import annotations

from analysis.report.build import render_html, seed_analyses, seed_report, write_report
from analysis.report.table import frame

__all__ = ["frame", "render_html", "seed_analyses", "seed_report", "write_report"]
