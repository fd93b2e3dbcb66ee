"""Build code for the online edition of *Ledelse af digital innovation*.

MkDocs loads ``scripts/hooks.py`` by path; that thin module imports from this package, so every
module here is importable and testable without running MkDocs.
"""
