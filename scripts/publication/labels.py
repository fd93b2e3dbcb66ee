"""The site's own words (data/labels.yml): one phrase per key, every configured language.

A label's ``{placeholders}`` are plain names the build fills in, nothing more: no attribute or
item access (``{date.format.__globals__}`` would reach the build's environment), no format
spec. Which names a label may use is written once, in ``FIELDS``, and checked when the file
is read, so a wrong or dotted placeholder is a message with its line, never a leak.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from markupsafe import Markup, escape

from .problems import ContentError, Problem
from .yamlsource import load_yaml

SOURCE = "data/labels.yml"

# The placeholders each label may hold: what the code (and the quote explorer's script, for
# filter_count) fills in. A label not named here holds none.
FIELDS: dict[str, frozenset[str]] = {key: frozenset(names.split()) for key, names in {
    "principle_position": "number total",
    "case_position": "number total",
    "filter_count": "shown total",
    "description_principle": "position publication title",
    "description_case": "position publication tagline workplace",
    "cite_text": "page publisher partner publication reviewed url",
    "print_source": "publication publisher url",
    "reviewed": "date",
    "feedback_subject": "page",
    "feedback_body": "url",
    "colophon_edition_value": "edition date",
    "colophon_edition_version": "edition",
    "feed_title": "publication",
    "social_image_alt": "title",
    "pdf_page_number": "page pages",
}.items()}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"[a-z_]+")


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with each ``{name}`` replaced by ``values[name]``: plain substitution,
    never str.format (which would follow attributes and items)."""
    return _PLACEHOLDER.sub(lambda match: str(values[match[1]]), template)


class Labels(dict):
    """One language's labels. A label the code asks for and the file lacks is a content
    problem saying what to add, not a KeyError."""

    def __missing__(self, key: str) -> str:
        raise ContentError([Problem(SOURCE, None, f"has no label '{key}': add it, with a text "
                                                  "in every language")])

    def format(self, key: str, **values) -> str:
        """The label with its placeholders filled in (checked on load: each is in FIELDS)."""
        return fill(self[key], values)

    def markup(self, key: str, **values) -> Markup:
        """The label as HTML: its text escaped, each value escaped unless it is Markup."""
        return Markup(fill(str(escape(self[key])), {k: escape(v) for k, v in values.items()}))


def placeholder_problem(key: str, text: str) -> str | None:
    """What is wrong with the placeholders of one label text, or None."""
    allowed = FIELDS.get(key, frozenset())
    for name in _PLACEHOLDER.findall(text):
        if not _NAME.fullmatch(name):
            return (f"label '{key}' has the placeholder {{{name}}}: a placeholder is a plain "
                    f"name in braces, such as {{{sorted(allowed)[0] if allowed else 'date'}}}")
        if name not in allowed:
            offer = (f"use {', '.join('{' + n + '}' for n in sorted(allowed))}" if allowed
                     else "this label takes none: remove it")
            return f"label '{key}' has the placeholder {{{name}}}, which the build does not " \
                   f"fill in: {offer}"
    if "{" in _PLACEHOLDER.sub("", text) or "}" in _PLACEHOLDER.sub("", text):
        return f"label '{key}' has a brace without its pair: braces hold a placeholder only"
    return None


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
                continue
            wrong = placeholder_problem(key, str(texts[lang]))
            if wrong:
                problems.append(Problem(doc.path, doc.line_at(doc.data, key, lang), wrong))
    if problems:
        raise ContentError(problems)
    return {lang: Labels({key: str(texts[lang]) for key, texts in doc.data.items()})
            for lang in languages}
