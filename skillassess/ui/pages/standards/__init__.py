"""The Standards page (page.py), its forms (forms.py) and its lazy tree model (tree.py)."""

from __future__ import annotations

from skillassess.ui.pages.standards.page import StandardsPage

__all__ = ["StandardsPage"]
