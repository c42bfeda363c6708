"""The local class page (``credibility serve``): paste an article, see its signals explained.

Flask is imported only by ``analysis.web.app`` and ``analysis.web.routes``, never on the
``credibility score`` path. ``create_app`` is in ``analysis.web.app``.

Layer: above ``worksheet`` and ``report``; it may import everything but ``cli``, which
starts it.
"""
