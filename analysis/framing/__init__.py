"""Framing: how a text presents its story. The headline: clickbait hooks (forward
reference, talking to the reader, list counts, questions, hype) traced to spans of the
title, and a small fitted model that weighs them with the headline's shape. Across a set of
articles (``compare``): how each names the same actors (``naming``), the words that set it
apart (``vocabulary``) and whose voices it carries (``voices``).

Layer: above ``scoring``, below ``core`` (``analyze()`` adds a titled text's headline); it
may import ``extractors``, ``text`` and ``lexicons``, never ``core`` or anything above it.
"""

from __future__ import annotations

from analysis.framing.headline import headline

__all__ = ["headline"]
