"""Exchange formats and renderers (Excel, CASE JSON, PDF, signed payloads). No Qt."""
