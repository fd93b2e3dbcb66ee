"""`make bench`: how fast the site builds, grows, loads and searches, against SPEC §5's budgets.

Run as ``python -m bench`` (see __main__). Every measurement is a module with one job; the
results are one JSON document (schema.py checks its shape) rendered into REPORT.md and an SVG.
"""
