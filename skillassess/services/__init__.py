"""Use cases; each takes a Session and runs as one transaction. No Qt."""
