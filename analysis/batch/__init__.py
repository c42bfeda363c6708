"""Whole corpora at once: ``credibility batch``, the Dask engine and the scikit-learn face.

``inputs`` reads JSON Lines, CSV, Parquet, folders of pages and web addresses a record at a
time; ``rows`` scores one record into one flat row (never raising: a bad document becomes
an error row); ``outputs`` streams rows to CSV, JSON Lines or Parquet and keeps the state
that ``--resume`` continues from; ``run`` hands chunks to one core, a process pool or Dask
(``dask_engine``) and writes them back in input order; ``features`` is
``analysis.ArticleFeatures`` (a scikit-learn transformer) and ``analysis.score_frame``.
Layer: above ``report`` (it formats cells as the report's CSV does) and ``intake``; below
``web`` and ``cli``. pandas, scikit-learn, pyarrow and Dask are imported only when used.
"""
