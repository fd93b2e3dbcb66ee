"""build-time.svg: build time against content size, both axes logarithmic, so a straight line
is a power law and its slope is the growth exponent. Hand-written SVG, no dependencies."""

from __future__ import annotations

import math
from html import escape

from .budgets import GROWTH_EXPONENT_MAX

WIDTH, HEIGHT = 640, 400
LEFT, RIGHT, TOP, BOTTOM = 64, 150, 28, 48
NICE_SECONDS = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
SERIES = (  # (kind, clock, colour, dash, label)
    ("real", "wall", "#1f5fa8", "", "our build, wall"),
    ("real", "cpu", "#1f5fa8", "5 4", "our build, CPU"),
    ("bare", "wall", "#c0562b", "", "bare build, wall"),
    ("bare", "cpu", "#c0562b", "5 4", "bare build, CPU"),
)


class _Axes:
    def __init__(self, sizes: list[int], seconds: list[float]):
        self.x0, self.x1 = math.log(min(sizes)), math.log(max(sizes))
        if self.x0 == self.x1:
            self.x1 = self.x0 + 1
        self.y0, self.y1 = math.log(min(seconds) / 1.3), math.log(max(seconds) * 1.3)

    def x(self, size: float) -> float:
        return LEFT + (math.log(size) - self.x0) / (self.x1 - self.x0) * (WIDTH - LEFT - RIGHT)

    def y(self, seconds: float) -> float:
        span = HEIGHT - TOP - BOTTOM
        return TOP + span - (math.log(seconds) - self.y0) / (self.y1 - self.y0) * span


def _text(x: float, y: float, text: str, anchor: str = "middle", **style) -> str:
    attributes = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in style.items())
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{attributes}>'
            f"{escape(text)}</text>")


def _polyline(points: list[tuple[float, float]], colour: str, dash: str,
              clipped: bool = False) -> str:
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    clip = ' clip-path="url(#plot)"' if clipped else ""
    return (f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"'
            f"{dashes}{clip}/>")


def build_time_svg(builds: list[dict]) -> str:
    sizes = [entry["size"] for entry in builds]
    all_seconds = [s for entry in builds for kind in ("real", "bare")
                   for clock in ("wall", "cpu") for s in entry[kind][f"{clock}_s"]]
    axes = _Axes(sizes, all_seconds)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
             '<rect width="100%" height="100%" fill="white"/>',
             f'<clipPath id="plot"><rect x="{LEFT}" y="{TOP}" width="{WIDTH - LEFT - RIGHT}" '
             f'height="{HEIGHT - TOP - BOTTOM}"/></clipPath>',
             _text(LEFT, 18, "Build time against content size (log–log)", "start",
                   font_weight="bold")]
    for seconds in (s for s in NICE_SECONDS if axes.y0 <= math.log(s) <= axes.y1):
        y = axes.y(seconds)
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#ddd"/>')
        parts.append(_text(LEFT - 6, y + 4, f"{seconds:g} s", "end"))
    for size in sizes:
        parts.append(_text(axes.x(size), HEIGHT - BOTTOM + 18, f"{size}×"))
    parts.append(_text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 10, "content size (× the real site)"))
    # The budget: from our 1× build, the steepest growth allowed.
    start = builds[0]["real"]["cpu_median_s"]
    budget_end = start * (sizes[-1] / sizes[0]) ** GROWTH_EXPONENT_MAX
    parts.append(_polyline([(axes.x(sizes[0]), axes.y(start)),
                            (axes.x(sizes[-1]), axes.y(budget_end))], "#999", "2 3",
                           clipped=True))
    legend_y = TOP + 10
    for kind, clock, colour, dash, label in SERIES:
        points = [(axes.x(e["size"]), axes.y(e[kind][f"{clock}_median_s"])) for e in builds]
        parts.append(_polyline(points, colour, dash))
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>' for x, y in points]
        parts.append(_polyline([(WIDTH - RIGHT + 10, legend_y), (WIDTH - RIGHT + 34, legend_y)],
                               colour, dash))
        parts.append(_text(WIDTH - RIGHT + 40, legend_y + 4, label, "start"))
        legend_y += 18
    parts.append(_polyline([(WIDTH - RIGHT + 10, legend_y), (WIDTH - RIGHT + 34, legend_y)],
                           "#999", "2 3"))
    parts.append(_text(WIDTH - RIGHT + 40, legend_y + 4,
                       f"budget: size^{GROWTH_EXPONENT_MAX}", "start"))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
