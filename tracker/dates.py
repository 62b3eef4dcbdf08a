"""Moved to ``tracker.extractor.dates``; this name stays for the modules outside the extractor
that read it (reconcile)."""

from .extractor.dates import *  # noqa: F403
