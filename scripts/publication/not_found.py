"""A 404 page in each language (404.html, en/404.html), with links that work at any depth.

mkdocs-static-i18n builds the theme's 404.html once per language into the same file, so the
last language wins and a Danish reader lands on an English "not found" page
(https://github.com/ultrabug/mkdocs-static-i18n/issues/284, and #326 for its navigation).
Here each language build renders its own file, from the same template, in its own language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import jinja2


def template_name(lang: str, default: str) -> str:
    return "404.html" if lang == default else f"{lang}/404.html"


def only_this_language(static_templates: set, languages: Sequence[str], lang: str,
                       default: str) -> None:
    """Let this language build write its own 404 page, and no other language's."""
    for other in languages:
        static_templates.discard(template_name(other, default))
    static_templates.add(template_name(lang, default))


def aliases(env: jinja2.Environment, languages: Sequence[str], default: str) -> None:
    """'<lang>/404.html' is the theme's 404 template, rendered in that language."""
    names = {template_name(lang, default): '{% extends "404.html" %}'
             for lang in languages if lang != default}
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.DictLoader(names)])


def language_switch(alternates: Sequence[Mapping], edition_roots: Mapping[str, str]) -> list[dict]:
    """The 404 page's language switch (Material's extra.alternate): each language's front page.
    mkdocs-static-i18n leaves it pointing to the last page it built, which is not this one."""
    return [{**alternate, "link": edition_roots[alternate["lang"]]} for alternate in alternates
            if alternate.get("lang") in edition_roots]
