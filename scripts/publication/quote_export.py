"""/data/citater.json: every quote with its person, role, workplace, principle, themes and
absolute URLs in both editions, for intranets and other tools to reuse."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.structure.files import File

from .editions import edition_root
from .registry import Registry
from .render import case_page, principle_page
from .slugs import slugify

EXPORT_PATH = "data/citater.json"


def page_url(src_path: str, lang: str, default: str, use_directory_urls: bool) -> str:
    """Site-relative URL of a docs page in one edition, as MkDocs writes it."""
    url = File(src_path, "", "", use_directory_urls).url
    return edition_root(lang, default) + ("" if url == "./" else url)


def export_quotes(registry: Registry, site_url: str, default: str,
                  use_directory_urls: bool = True) -> dict:
    base = site_url if site_url.endswith("/") else site_url + "/"

    def url(src_path: str, lang: str, anchor: str = "") -> str:
        return urljoin(base, page_url(src_path, lang, default, use_directory_urls)) + anchor

    quotes = []
    for quote in registry.quotes.values():
        person = registry.people[quote.person]
        workplace = registry.workplaces[person.workplace]
        case = registry.case_for_workplace(workplace.id)
        principle = registry.principles[quote.principle]
        anchor = f"#citat-{quote.id}"
        quotes.append({
            "id": quote.id,
            "language": default,
            "text": quote.text[default],
            "translations": {lang: text for lang, text in quote.text.items() if lang != default},
            "person": {"id": person.id, "name": person.name},
            "role": {"id": slugify(person.role[default]), **person.role},
            "workplace": {
                "id": workplace.id,
                "name": workplace.name[default],
                "municipality": workplace.municipality[default] if workplace.municipality else None,
                "basis": person.workplace_basis,
                "case_url": url(case_page(case.id), default) if case else None,
            },
            "principle": {"id": principle.id, "number": principle.number,
                          "title": principle.title},
            "themes": [{"id": theme, "name": registry.themes[theme].name} for theme in quote.themes],
            "url": url(principle_page(principle.id), default, anchor),
            "urls": {lang: url(principle_page(principle.id), lang, anchor)
                     for lang in registry.languages},
        })
    publication = registry.publication
    return {
        "publication": {"title": publication.title[default], "publisher": publication.publisher,
                        "partner": publication.partner.name},
        "count": len(quotes),
        "quotes": quotes,
    }


def write_export(registry: Registry, site_dir: Path, site_url: str, default: str,
                 use_directory_urls: bool = True) -> Path:
    target = site_dir / EXPORT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    data = export_quotes(registry, site_url, default, use_directory_urls)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
