"""The terminal UI: a thin Textual layer over the domain (the only package that imports Textual)."""
