"""The comparison report: HTML (self-contained, deterministic), Markdown and CSV.

    >>> from analysis.report import write_report
    >>> write_report(analyses, Path("reports"), name="seed_comparison")  # doctest: +SKIP

pandas, matplotlib and Jinja2 are imported only when a report is built. The names below
are imported on first use, so that ``credibility score``, which needs only
``analysis.report.signals``, does not load the report builder.

Layer: above ``intake``; it may import ``core``, ``intake``, ``scoring``, ``extractors``
and ``text``, never ``worksheet``, ``web`` or ``cli``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {"frame": "table", "render_html": "build", "seed_analyses": "build",
          "seed_report": "build", "write_report": "build"}
__all__ = ["frame", "render_html", "seed_analyses", "seed_report", "write_report"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
