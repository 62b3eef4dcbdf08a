"""Moved to ``tracker.extractor.lexicon``; this name stays for the modules outside the extractor
that read it (reconcile)."""

from .extractor.lexicon import *  # noqa: F403
