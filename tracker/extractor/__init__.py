"""The extractor: from one article's text to its claims, sentence by sentence.

Every module of this folder is on the per-sentence hot path, and the folder is the list:
the compiled build (``TRACKER_COMPILE=1``, setup.py) compiles each of its modules, and the
cache's extractor digest (``tracker.engine.extractor_version``) hashes each of them (with
models.py, which stays pure Python). A module added here is compiled and hashed with no
other edit. The rest of the package (ingest, reconcile, report, ...) stays flat.

Steps, in reading order: ``text`` (cleaning, sentences, tokens), ``numbers`` (amounts),
``noise`` (money, ages, times: not people), ``figures`` (a figure's grammar and category
rules), ``predicates`` (verbs around a figure), ``people`` (single named or described
people), ``attribution`` (source, via), ``dates`` (as_of), ``places``, ``extraction`` (the
per-article pipeline); ``lexicon`` holds every word they read.
"""
