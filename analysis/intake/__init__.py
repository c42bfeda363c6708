"""From a file, standard input or a paste to a checked text, and on to an analysis.

``loading`` reads bytes safely (size limit, encodings, binary and language checks);
``formats`` recognises saved web pages and Markdown and extracts the article;
``cleaning`` removes page furniture (menus, cookie notices, share buttons); ``seeds`` reads
the four seed articles and their manifest; ``fetch`` downloads the one web page a user
names (the only network use: a timeout, the size limit, one-line errors when offline);
``pipeline`` puts these steps together and
calls ``analysis.core.analyze``. Layer: above ``analysis.core``; it may import ``core``
and everything below it, never ``report``, ``web`` or ``cli``.
"""
