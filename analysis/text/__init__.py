"""The shared text model that every extractor reads.

``document`` splits a text into paragraphs, sentences and tokens, each with offsets into
the text as given; ``quote_marks`` pairs quotation marks; ``sources`` and ``source_spans``
find who a phrase names; ``attribution`` finds the cues that hand a claim to someone
(*said*, *according to*) and ``voice`` combines quotations and attributions into whose
words each span is (``voice_of(doc)``, computed once per document). Layer: the lowest;
it may import only ``analysis.lexicons`` (word lists) and the standard library.
"""
