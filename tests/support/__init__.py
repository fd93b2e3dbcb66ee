"""Helpers every test layer shares: copies of the project and of the fixture publication,
real strict builds, the built pages parsed."""
