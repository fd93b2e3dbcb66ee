"""A link-preview card per page and language (Open Graph's og:image): 1200×630 PNG drawn at
build time from the page's title, its place in the publication (kind and number) and the
publication's name, so a chapter shared in Teams, Slack or LinkedIn unfurls as itself.

Drawn in Liberation Sans, the metric twin of Arial that heads the site's font stack (Debian's
fonts-liberation); where it is missing, DejaVu Sans, then Pillow's own font. Cards are cached
under build/cards/ by their content, so a build draws only what changed.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)
FOLDER = "assets/cards"  # in the site: assets/cards/<page>.png, assets/cards/en/<page>.png
CACHE = Path("build") / "cards"
VERSION = "1"  # part of every cache key: raise it when the drawing changes
FONTS = {
    "bold": ("liberation/LiberationSans-Bold.ttf", "liberation2/LiberationSans-Bold.ttf",
             "dejavu/DejaVuSans-Bold.ttf"),
    "regular": ("liberation/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf",
                "dejavu/DejaVuSans.ttf"),
}
FONT_ROOT = Path("/usr/share/fonts/truetype")
NAVY, INK, MUTED, PAPER, RULE = "#283593", "#1b1d24", "#555a66", "#ffffff", "#ffca28"
MARGIN = 80


@dataclass(frozen=True)
class Card:
    title: str  # the page's title, as in its h1
    kicker: str  # its kind and number ('Greb 3 af 5'), or the site's name
    footer: str  # the publication and its publisher

    def key(self) -> str:
        text = "\n".join((VERSION, self.title, self.kicker, self.footer))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def site_path(page_url: str) -> str:
    """Where a page's card is in the site: 'en/greb/x/' -> 'assets/cards/en/greb-x.png'."""
    parts = [part for part in page_url.strip("/").split("/") if part]
    lang = [parts.pop(0)] if parts and len(parts[0]) == 2 else []
    name = "-".join(parts) or "index"
    return "/".join([FOLDER, *lang, f"{name}.png"])


@cache
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in FONTS[weight]:
        path = FONT_ROOT / name
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _wrapped(draw: ImageDraw.ImageDraw, text: str, weight: str, size: int,
             width: int) -> list[str]:
    font, lines, line = _font(weight, size), [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _title_lines(draw: ImageDraw.ImageDraw, title: str, width: int) -> tuple[int, list[str]]:
    """The largest size at which the title fits in four lines."""
    for size in (72, 64, 56, 50, 44):
        lines = _wrapped(draw, title, "bold", size, width)
        if len(lines) <= 4:
            return size, lines
    return 44, [*lines[:3], lines[3] + " …"]


def draw(card: Card) -> bytes:
    image = Image.new("RGB", SIZE, PAPER)
    pen = ImageDraw.Draw(image)
    width = SIZE[0] - 2 * MARGIN
    pen.rectangle((0, 0, SIZE[0], 24), fill=NAVY)
    pen.rectangle((0, 24, SIZE[0], 32), fill=RULE)
    pen.text((MARGIN, 90), card.kicker, font=_font("bold", 34), fill=MUTED)
    size, lines = _title_lines(pen, card.title, width)
    y = 150
    for line in lines:
        pen.text((MARGIN, y), line, font=_font("bold", size), fill=INK)
        y += round(size * 1.18)
    footer = _wrapped(pen, card.footer, "regular", 28, width)[:2]
    pen.line((MARGIN, SIZE[1] - 70 - 36 * len(footer), SIZE[0] - MARGIN,
              SIZE[1] - 70 - 36 * len(footer)), fill=NAVY, width=3)
    for index, line in enumerate(footer):
        pen.text((MARGIN, SIZE[1] - 50 - 36 * (len(footer) - index)), line,
                 font=_font("regular", 28), fill=MUTED)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def write(cards: dict[str, Card], site_dir: Path, root: Path) -> None:
    """Each page's card into the site, drawn once per content and kept in build/cards/."""
    cache_dir = root / CACHE
    cache_dir.mkdir(parents=True, exist_ok=True)
    for path, card in cards.items():
        cached = cache_dir / f"{card.key()}.png"
        if not cached.is_file():
            cached.write_bytes(draw(card))
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(cached.read_bytes())
