"""The site's stylesheet and scripts as few fingerprinted files, which browsers may keep for a
year (hosting/nginx.conf marks NAME.<8 hex>.* immutable) and fetch once for every page:

- assets/stylesheets/site.<hash>.css: Material's stylesheet and palette, then ours, one request
  instead of three;
- assets/javascripts/publication.<hash>.js: our page scripts (overrides/assets/javascripts/
  publication/), deferred, so nothing of ours blocks the first paint;
- assets/javascripts/quote-explorer.<hash>.js: only on the page that has the quote explorer;
- assets/javascripts/search-worker.<hash>.js: the search worker Material's search box talks to
  (lunr, the Danish stemmer from Material's copy of lunr-languages, and ours), one file, so it
  runs the same as a Web Worker and, offline, in Material's iframe shim.

The hash is of the content, so a changed file gets a new name and no reader keeps a stale one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import material

MATERIAL_ASSETS = Path(material.__file__).parent / "templates" / "assets"
OUR_CSS = "assets/stylesheets/publication.css"
PAGE_SCRIPTS = "assets/javascripts/publication"
EXPLORER_SCRIPT = "assets/javascripts/quote-explorer.js"
SEARCH_WORKER = "assets/javascripts/search/worker.js"
LUNR = "assets/javascripts/vendor/lunr/lunr.min.js"
# Material's own copies of lunr-languages: the stemmers and stop words of the editions.
LUNR_LANGUAGES = ("lunr.stemmer.support", "lunr.da")
_SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=.*?\*/")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_JS_COMMENT_LINE = re.compile(r"^\s*//.*\n", re.M)


def compact_css(css: str) -> str:
    """Our stylesheet without its comments and spare whitespace (Material's comes minified).
    Spaces inside selectors are meaningful, so only those around braces and semicolons go."""
    css = " ".join(_CSS_COMMENT.sub("", css).split())
    return re.sub(r"\s*([{};])\s*", r"\1", css)


def compact_js(js: str) -> str:
    """Our scripts without their comment lines and blank lines (comments are for readers of
    the source in overrides/)."""
    return "\n".join(line for line in _JS_COMMENT_LINE.sub("", js).splitlines() if line.strip())


CACHE = Path("build") / "assets"  # where the bundles are written for the build to copy


@dataclass(frozen=True)
class Asset:
    path: str  # site-relative, fingerprinted
    content: bytes
    sources: tuple[str, ...]  # theme-relative files it replaces

    def written(self, root: Path) -> Path:
        """The bundle as a file below build/assets/ (MkDocs' plugins want a real file)."""
        target = root / CACHE / self.path
        if not target.is_file() or target.read_bytes() != self.content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.content)
        return target


def fingerprinted(folder: str, stem: str, suffix: str, content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()[:8]
    return f"{folder}/{stem}.{digest}.{suffix}"


def _material_css() -> list[Path]:
    """Material's own stylesheets, as its base.html links them: main, then palette."""
    folder = MATERIAL_ASSETS / "stylesheets"
    return [next(folder.glob(f"{name}.*.min.css")) for name in ("main", "palette")]


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")  # an innermost rule: selectors { declarations }
_OTHER_PALETTE = re.compile(r"\[data-md-color-(?:primary|accent)=(?!custom\])[\w-]+\]")


def _selectors(text: str) -> list[str]:
    """A selector list split at its top-level commas (not those inside :is(…) or :not(…))."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    return [*parts, text[start:]]


def only_custom_palette(css: str) -> str:
    """Material's palette without its twenty named colours: the site's colours are its own
    (primary and accent: custom), and each first visit is some 1.3 KB lighter."""
    def keep(rule: re.Match) -> str:
        kept = [s for s in _selectors(rule.group(1)) if not _OTHER_PALETTE.search(s)]
        return f"{','.join(kept)}{{{rule.group(2)}}}" if kept else ""
    return _RULE.sub(keep, css)


def stylesheet(overrides: Path) -> Asset:
    parts = [_SOURCE_MAP.sub("", path.read_text(encoding="utf-8")) for path in _material_css()]
    parts[-1] = only_custom_palette(parts[-1])
    parts.append(compact_css((overrides / OUR_CSS).read_text(encoding="utf-8")))
    content = "\n".join(parts).encode("utf-8")
    replaced = [OUR_CSS] + [f"assets/stylesheets/{path.name}{suffix}"
                            for path in _material_css() for suffix in ("", ".map")]
    return Asset(fingerprinted("assets/stylesheets", "site", "css", content), content,
                 tuple(replaced))


def _script(paths: list[Path], overrides: Path, stem: str) -> Asset:
    # Each file in a block of its own: their top-level names never meet.
    content = "\n".join(f"{{\n{compact_js(p.read_text(encoding='utf-8'))}\n}}" for p in paths)
    data = (content + "\n").encode("utf-8")
    return Asset(fingerprinted("assets/javascripts", stem, "js", data), data,
                 tuple(p.relative_to(overrides).as_posix() for p in paths))


def page_script(overrides: Path) -> Asset:
    return _script(sorted((overrides / PAGE_SCRIPTS).glob("*.js")), overrides, "publication")


def explorer_script(overrides: Path) -> Asset:
    return _script([overrides / EXPLORER_SCRIPT], overrides, "quote-explorer")


def search_worker(overrides: Path) -> Asset:
    """Vendored files as they are (their licence headers kept), then ours, compacted."""
    stemmers = [MATERIAL_ASSETS / "javascripts" / "lunr" / "min" / f"{name}.min.js"
                for name in LUNR_LANGUAGES]
    vendored = [(overrides / LUNR).read_text(encoding="utf-8")]
    vendored += [path.read_text(encoding="utf-8") for path in stemmers]
    ours = compact_js((overrides / SEARCH_WORKER).read_text(encoding="utf-8"))
    data = ("\n".join([*vendored, ours]) + "\n").encode("utf-8")
    return Asset(fingerprinted("assets/javascripts", "search-worker", "js", data), data,
                 (LUNR, SEARCH_WORKER))


def material_search_worker() -> str:
    """Material's own worker, as its base.html names it (our main.html points elsewhere)."""
    worker = next((MATERIAL_ASSETS / "javascripts" / "workers").glob("search.*.min.js"))
    return f"assets/javascripts/workers/{worker.name}"


def all_assets(overrides: Path) -> dict[str, Asset]:
    return {"css": stylesheet(overrides), "js": page_script(overrides),
            "explorer": explorer_script(overrides), "search": search_worker(overrides)}
