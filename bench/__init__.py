"""`make bench`: how fast the site builds and grows, and what a reader's browser meets, against
SPEC §5's budgets. One module per job; ``python -m bench`` (see __main__) runs them all."""
