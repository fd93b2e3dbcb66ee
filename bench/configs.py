"""The two configurations a bench build uses, written beside the project's mkdocs.yml.

Both inherit mkdocs.yml (MkDocs' INHERIT: mappings merge, lists replace), so the site's own
settings are never restated here:

- real: mkdocs.yml as it is, with the nav extended by the synthetic pages;
- bare: the same markdown, nav, markdown extensions, Material theme, search and
  mkdocs-static-i18n, but none of our hooks, template overrides, CSS or JavaScript. It is
  built without --strict: our pages get their titles and quotes from the hooks, so a bare
  build of them warns about what the hooks would have filled in.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

REAL = "bench-real.yml"
BARE = "bench-bare.yml"
EMPTY_OVERRIDES = "bench-no-overrides"

_BARE_OVERRIDES = {
    "hooks": [],
    "extra_css": [],
    "extra_javascript": [],
    "watch": [],
    # INHERIT cannot delete a key: an empty folder overrides no template.
    "theme": {"custom_dir": EMPTY_OVERRIDES},
    "strict": False,
}


def extended_nav(nav: list, additions: dict[str, list[str]]) -> list:
    """The nav with each folder's additions appended to the section that holds FOLDER/index.md."""
    def extend(item):
        if isinstance(item, dict):
            return {title: extend(children) for title, children in item.items()}
        if isinstance(item, list):
            folders = [f for f in additions if f"{f}/index.md" in item]
            return [extend(child) for child in item] + [p for f in folders for p in additions[f]]
        return item

    return extend(nav)


def write_configs(project: Path, additions: dict[str, list[str]]) -> dict[str, Path]:
    with open(project / "mkdocs.yml", encoding="utf-8") as source:
        nav = yaml_load(source)["nav"]
    (project / EMPTY_OVERRIDES).mkdir(exist_ok=True)
    common = {"INHERIT": "mkdocs.yml", "nav": extended_nav(nav, additions)}
    configs = {"real": (project / REAL, common), "bare": (project / BARE,
                                                          {**common, **_BARE_OVERRIDES})}
    for path, content in configs.values():
        path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
    return {kind: path for kind, (path, _) in configs.items()}
