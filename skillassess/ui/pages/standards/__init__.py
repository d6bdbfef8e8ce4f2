"""The Standards page (page.py), its forms (forms.py), its lazy tree model (tree.py) and its files (files.py)."""

from __future__ import annotations

from skillassess.ui.pages.standards.page import StandardsPage

__all__ = ["StandardsPage"]
