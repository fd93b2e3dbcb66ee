"""The site's own words (data/labels.yml): one phrase per key, every configured language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .problems import ContentError, Problem
from .yamlsource import load_yaml


def load_labels(root: Path, languages: Sequence[str]) -> dict[str, dict[str, str]]:
    """Labels per language: ``labels[lang][key]``."""
    doc = load_yaml(root / "data" / "labels.yml", "data/labels.yml")
    problems = []
    for key, texts in (doc.data or {}).items():
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
    return {lang: {key: texts[lang] for key, texts in doc.data.items()} for lang in languages}
