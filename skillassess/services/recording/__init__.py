"""Recording assessments, one module per stage of a result's life:

- ``reading``: the criteria of a unit, one assessment in full (``assessment_detail``), attempts, lists;
- ``sessions``: planning an assessment session and the grid of judgements;
- ``judging``: what the assessor records (judgements, methods, notes, conflict, outcome) and submits;
- ``verification``: the verifier endorses (locks) or returns a submitted assessment;
- ``corrections``: amendments to verified results, new attempts, appeals.

Every function that changes data takes the Actor, checks its role and the assessment's status, and
writes exactly one audit entry in the caller's transaction.
"""
