"""Chromium through nginx: the policy blocks nothing the site needs. A page of every kind loads
without a CSP violation or console error, and search, the quote explorer and the language
switch work."""

import pytest
from support.search import search
from support.site import one_of_each_kind, pages

pytestmark = pytest.mark.browser

# Runs before any page script (Playwright injects it outside the page's CSP).
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`
                           + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


class Watch:
    """What went wrong on a page: CSP violations, console errors, failed subresources."""

    def __init__(self, page):
        self.page = page
        self.errors = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _console(self, message):
        # "Failed to load resource" repeats _response without the URL (and fires for a 404
        # page itself, which is meant to be one).
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(message.text)

    def _failed(self, request):
        # Leaving a page aborts what it still loads (the search worker's lunr): not a fault.
        if request.failure != "net::ERR_ABORTED":
            self.errors.append(f"failed ({request.failure}): {request.url}")

    def _response(self, response):
        if response.status >= 400 and response.request.resource_type != "document":
            self.errors.append(f"{response.status}: {response.url}")

    def problems(self):
        return self.page.evaluate("window.__violations") + self.errors


@pytest.fixture
def watch(page):
    return Watch(page)


def switch_language(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang={lang}]").click()


def test_every_kind_of_page_runs_without_violations(server, hosted_site, watch):
    """Under nginx's header policy; every page of the real site runs under the same policy in
    its meta tag in the desk pass (tests/browser/test_every_page_desk.py)."""
    page = watch.page
    for path in one_of_each_kind(pages(hosted_site)):
        page.goto(f"{server}{path}")
        page.mouse.wheel(0, 4000)  # the sticky header, TOC tracking and back-to-top react
        page.wait_for_timeout(50)
        assert watch.problems() == [], path
        assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1, path


def test_the_danish_404_runs_without_violations(server, watch):
    watch.page.goto(f"{server}/findes/ikke/")
    assert watch.page.locator("html").get_attribute("lang") == "da"
    assert watch.problems() == []


@pytest.mark.parametrize(
    ("edition", "query", "expected"),
    [("", "lytter", "/greb/lytning/"), ("/en", "thursday", "/en/cases/havnehuset/")],
)
def test_search_works_under_the_policy(server, watch, edition, query, expected):
    watch.page.goto(f"{server}{edition}/")
    links = search(watch.page, query)
    assert any(link.startswith(f"{server}{expected}") for link in links), links
    watch.page.goto(links[0])  # a result page highlights the words (search.highlight)
    assert watch.problems() == []


def test_quote_explorer_works_under_the_policy(server, watch):
    page = watch.page
    page.goto(f"{server}/citater/")
    page.select_option("select[name=tema]", "mod")
    quotes = page.locator("figure.ldi-quote").all()
    assert [q.get_attribute("id") for q in quotes if q.is_visible()] == ["citat-bo-larsen-mod"]
    assert page.url.endswith("/citater/?tema=mod")
    assert watch.problems() == []


def test_language_switch_works_under_the_policy(server, watch):
    page = watch.page
    page.goto(f"{server}/greb/lytning/#citat-ada-jensen-lytning")
    switch_language(page, "en")
    page.wait_for_url(f"{server}/en/greb/lytning/#citat-ada-jensen-lytning")
    switch_language(page, "da")
    page.wait_for_url(f"{server}/greb/lytning/#citat-ada-jensen-lytning")
    assert watch.problems() == []


def test_search_works_under_a_sub_path(subpath_server, watch):
    watch.page.goto(f"{subpath_server}/")
    links = search(watch.page, "tablets")
    assert any(link.startswith(f"{subpath_server}/cases/skovskolen/") for link in links), links
    assert watch.problems() == []


def test_pages_opened_from_disk_still_read_without_their_scripts(hosted_site, watch):
    """The published build opened from disk (file://) has no server: a script file's hash
    cannot be checked there, so no script runs, and every page still reads (the offline
    edition, `make zip`, is the one made for disk). Nothing but those script files is refused."""
    page = watch.page
    for path in ["index.html", "en/greb/lytning/index.html", "citater/index.html"]:
        page.goto((hosted_site / path).as_uri())
        assert page.locator("h1").count() == 1, path
        refused = page.evaluate("window.__violations")
        assert all("script-src" in v for v in refused), (path, refused)
    assert page.locator("figure.ldi-quote").count() >= 1  # the full list, without the filter


def test_the_watch_sees_what_the_policy_refuses(server, watch):
    """The checks above can fail: a script or style the build did not write is refused."""
    page = watch.page
    page.goto(f"{server}/")
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = true";
        document.head.append(script);
        document.body.setAttribute("style", "color: red");
    }""")
    page.wait_for_timeout(100)
    assert page.evaluate("window.__injected") is None
    kinds = " ".join(watch.problems())
    assert "script-src-elem blocked inline" in kinds
    assert "style-src-attr blocked inline" in kinds
