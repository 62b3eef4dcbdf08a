"""Moved to ``tracker.extractor.text``; this name stays for the modules outside the extractor
that read it (reconcile)."""

from .extractor.text import *  # noqa: F403
