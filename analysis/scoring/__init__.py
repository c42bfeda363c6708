"""From extractor results to numbers a reader can compare.

``indices`` turns counts into rates per 1,000 words and shares, and computes the two
fitted indices (verifiability and sensationalism) with their decomposition;
``reference`` reads the committed table of professional news (quantiles of every score)
and gives percentile ranks. Layer: above ``extractors``; it may import ``extractors``,
``text`` and ``lexicons``, never ``core`` or anything above it.
"""
