"""Who relates to what, derived from the registry alone: never typed by hand.

Evidence first: a principle relates to a case when its chapter names the workplace
(principles.yml 'cases', checked against the text) or quotes someone from it. Shared themes
are the project's own reading and are labelled as such where they are shown.

Built once per build in one pass over the data, so every lookup is a dict access: pages ask
for their links thousands of times at 50x the content.
"""

from __future__ import annotations

from collections import defaultdict

from .models import Case, Principle, Quote
from .registry import Registry


class CrossLinks:
    def __init__(self, registry: Registry):
        self._registry = registry
        self._quotes_by_principle: dict[str, list[Quote]] = defaultdict(list)
        self._quotes_by_workplace: dict[str, list[Quote]] = defaultdict(list)
        for quote in registry.quotes.values():
            if quote.principle is not None:
                self._quotes_by_principle[quote.principle].append(quote)
            self._quotes_by_workplace[registry.people[quote.person].workplace].append(quote)

        self._cases_by_principle: dict[str, list[Case]] = {}
        self._principles_by_case: dict[str, list[Principle]] = defaultdict(list)
        for principle in registry.principles.values():
            quoted = {registry.people[q.person].workplace
                      for q in self._quotes_by_principle[principle.id]}
            named = set(principle.cases)
            cases = [c for c in registry.cases.values() if c.id in named or c.workplace in quoted]
            self._cases_by_principle[principle.id] = cases
            for case in cases:
                self._principles_by_case[case.id].append(principle)

        self._by_theme: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
        for principle in registry.principles.values():
            for theme in principle.themes:
                self._by_theme[theme][0].append(principle)
        for case in registry.cases.values():
            for theme in case.themes:
                self._by_theme[theme][1].append(case)
        for quote in registry.quotes.values():
            for theme in quote.themes:
                self._by_theme[theme][2].append(quote)

    def quotes_in_principle(self, principle_id: str) -> list[Quote]:
        return self._quotes_by_principle.get(principle_id, [])

    def quotes_from_workplace(self, workplace_id: str) -> list[Quote]:
        return self._quotes_by_workplace.get(workplace_id, [])

    def cases_in_principle(self, principle_id: str) -> list[Case]:
        """Cases the chapter names or quotes from, in reading order."""
        return self._cases_by_principle[principle_id]

    def principles_of_case(self, case_id: str) -> list[Principle]:
        """Principles whose chapter names the case's workplace or quotes someone from it."""
        return self._principles_by_case.get(case_id, [])

    def principles_sharing_themes(self, case_id: str) -> list[Principle]:
        """Principles tagged with a theme of the case, beyond those of principles_of_case."""
        direct = {p.id for p in self.principles_of_case(case_id)}
        seen: dict[str, Principle] = {}
        for theme in self._registry.cases[case_id].themes:
            for principle in self._by_theme.get(theme, ([], [], []))[0]:
                if principle.id not in direct:
                    seen.setdefault(principle.id, principle)
        return sorted(seen.values(), key=lambda p: p.number)

    def tagged_with(self, theme_id: str) -> tuple[list[Principle], list[Case], list[Quote]]:
        return self._by_theme.get(theme_id, ([], [], []))
