"""Results leave the laptop: signed exchange bundles between centres and their awarding body.

- ``exporting``: a centre writes its verified results, certificates and candidates (only the fields listed
  in docs/exchange-bundle.md) into a signed ``.sabundle``; an awarding body writes moderation outcomes
  back to one centre in the same format.
- ``partners``: an administrator registers a partner once, confirming its key fingerprint.
- ``importing``: a registered partner's bundle is verified whole, then applied in one transaction.
- ``moderation``: the awarding body samples imported results and records moderation outcomes.
- ``register``: the national register (several centres) read with a centre filter: lists and statistics.
"""

from __future__ import annotations

ROLE_CENTRE, ROLE_AWARDING_BODY = "centre", "awarding_body"
KIND_RESULTS, KIND_MODERATION = "results", "moderation"
