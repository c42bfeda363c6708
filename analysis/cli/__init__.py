"""The ``credibility`` command: parser, subcommands and terminal output.

``main`` builds the parser and runs ``report``; ``score`` adds its own options and runs
``score``; ``serve`` registers and runs ``serve`` and ``worksheet``. The parser is
assembled in this folder only, and nothing below it imports the command line. ``terminal`` and
``explain`` format a scored text for the terminal. Layer: the top; it may import
everything else in the package, and nothing imports it.
"""
