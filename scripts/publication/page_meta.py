"""What a page says about itself to search engines, link previews and citations: description,
Open Graph and Twitter tags, and the "how to cite" line. Pure; the bridge supplies page facts."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from .render import PageScope, Renderer

SOCIAL_IMAGE = "assets/images/social-card.png"


@dataclass(frozen=True)
class PageFacts:
    title: str  # the page's title as shown (no site name)
    canonical_url: str
    site_url: str
    front_matter_description: str | None
    site_description: str
    is_homepage: bool


def description(r: Renderer, scope: PageScope, facts: PageFacts) -> str:
    if facts.front_matter_description:
        return facts.front_matter_description
    t, registry = r.labels[scope.lang], r.registry
    publication = registry.publication.title[scope.lang]
    if "principle" in scope.meta:
        principle = registry.principles[scope.meta["principle"]]
        return t["description_principle"].format(position=r.position(scope, principle),
                                                 publication=publication,
                                                 title=principle.title[scope.lang])
    if "case" in scope.meta:
        case = registry.cases[scope.meta["case"]]
        return t["description_case"].format(
            workplace=registry.workplaces[case.workplace].name[scope.lang],
            tagline=case.tagline[scope.lang], position=r.position(scope, case),
            publication=publication)
    return facts.site_description


def social_tags(r: Renderer, scope: PageScope, facts: PageFacts) -> dict:
    t = r.labels[scope.lang]
    return {
        "type": "website" if facts.is_homepage else "article",
        "title": facts.title,
        "description": description(r, scope, facts),
        "url": facts.canonical_url,
        "locale": t["og_locale"],
        "alternate_locales": [r.labels[lang]["og_locale"] for lang in r.registry.languages
                              if lang != scope.lang],
        "image": urljoin(facts.site_url, SOCIAL_IMAGE),
        "image_alt": t["social_image_alt"],
    }


def citation(r: Renderer, scope: PageScope, facts: PageFacts) -> str:
    t, publication = r.labels[scope.lang], r.registry.publication
    return t["cite_text"].format(
        publisher=publication.publisher, partner=publication.partner.name,
        publication=publication.title[scope.lang], page=facts.title, url=facts.canonical_url)
