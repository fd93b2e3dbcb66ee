"""The site's own words (data/labels.yml): one phrase per key, every configured language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .problems import ContentError, Problem
from .yamlsource import load_yaml

SOURCE = "data/labels.yml"


class Labels(dict):
    """One language's labels. A label the code asks for and the file lacks is a content
    problem saying what to add, not a KeyError."""

    def __missing__(self, key: str) -> str:
        raise ContentError([Problem(SOURCE, None, f"has no label '{key}': add it, with a text "
                                                  "in every language")])

    def format(self, key: str, **values) -> str:
        try:
            return self[key].format(**values)
        except (KeyError, IndexError, ValueError) as error:
            raise ContentError([Problem(SOURCE, None, f"label '{key}': its {{placeholders}} "
                                        f"must be among {sorted(values)} ({error})")]) from None


def load_labels(root: Path, languages: Sequence[str]) -> dict[str, Labels]:
    """Labels per language: ``labels[lang][key]``."""
    doc = load_yaml(root / SOURCE, SOURCE, expect=dict, what=" of label keys, each with a text "
                                                              "per language")
    if not doc.data:
        raise ContentError([Problem(SOURCE, 1, "is empty: it holds the site's own words for "
                                               "generated parts of pages; restore it "
                                               "(git checkout data/labels.yml)")])
    problems = []
    for key, texts in doc.data.items():
        # Catches {da: Greb, casen belyser} too: an unquoted comma makes a stray key.
        for stray in set(texts or {}) - set(languages) if isinstance(texts, dict) else ():
            problems.append(Problem(doc.path, doc.line_of(doc.data, key),
                                    f"label '{key}' has '{stray}', which is not a configured "
                                    f"language (quote texts that contain a comma)"))
        for lang in languages:
            if not isinstance(texts, dict) or not str(texts.get(lang, "")).strip():
                problems.append(Problem(doc.path, doc.line_of(doc.data, key),
                                        f"label '{key}' has no '{lang}' text"))
    if problems:
        raise ContentError(problems)
    return {lang: Labels({key: str(texts[lang]) for key, texts in doc.data.items()})
            for lang in languages}
