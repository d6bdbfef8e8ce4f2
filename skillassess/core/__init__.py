"""Domain core: models, enumerations and rules; pure Python, no Qt."""
