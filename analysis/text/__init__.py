"""The shared text model that every extractor reads.

``document`` splits a text into paragraphs, sentences and tokens, each with offsets into
the text as given; ``quote_marks`` pairs quotation marks; ``sources`` and ``source_spans``
find who a phrase names; ``attribution`` finds the cues that hand a claim to someone
(*said*, *according to*), with ``cue_sense`` deciding whether a cue is a verb of saying in a
clause whose subject can speak, ``speaker_labels`` and ``borrowed_sources`` the attributions
made by punctuation or sharing another's source, and ``attribution_types`` the record they
share; ``voice`` combines quotations and attributions into whose
words each span is (``voice_of(doc)``, computed once per document). Layer: the lowest;
it may import only ``analysis.lexicons`` (word lists) and the standard library.
"""
