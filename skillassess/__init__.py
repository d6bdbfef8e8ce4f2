"""SkillAssess: competency standards, assessments, RPL and certificates for TVET centres."""

from __future__ import annotations

APP_NAME = "SkillAssess"
APP_ID = "org.skillassess.SkillAssess"
ORGANIZATION = "SkillAssess"
__version__ = "0.1.0"
