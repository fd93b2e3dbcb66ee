"""The published URL contract: every address ever published keeps resolving, directly or
through a redirect to a page with the anchor; freezing only adds."""

from pathlib import Path

from publication import url_contract


def write(site: Path, path: str, html: str) -> None:
    target = site / path / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f"<html><head></head><body>{html}</body></html>", encoding="utf-8")


def make_site(site: Path) -> Path:
    write(site, "", '<h1 id="forside">F</h1>')
    write(site, "cases/ny", '<h1 id="ny">N</h1><li id="raad-ny-1">r</li>'
                            '<span class="ldi-anchor" id="raad-gammel-1"></span><p id="md-x"></p>')
    (site / "cases/gammel").mkdir(parents=True)
    (site / "cases/gammel/index.html").write_text(
        '<head><meta http-equiv="refresh" content="0; url=../ny/"></head>', encoding="utf-8")
    return site


def test_published_addresses_are_pages_and_stable_anchors(tmp_path):
    assert url_contract.published(make_site(tmp_path)) == [
        "/", "/#forside", "/cases/ny/", "/cases/ny/#ny", "/cases/ny/#raad-gammel-1",
        "/cases/ny/#raad-ny-1"]


def test_a_redirect_keeps_the_page_and_the_anchor_it_lands_on(tmp_path):
    site = make_site(tmp_path)
    redirects = {"/cases/gammel/": "/cases/ny/"}
    kept = ["/cases/gammel/", "/cases/gammel/#raad-gammel-1", "/cases/ny/#ny"]
    assert url_contract.broken_promises(kept, site, redirects) == []


def test_what_no_longer_resolves_says_what_to_add(tmp_path):
    site = make_site(tmp_path)
    broken = [str(p) for p in url_contract.broken_promises(
        ["/væk/", "/væk/#a", "/en/væk/", "/cases/ny/#borte", "/cases/gammel/#raad-gammel-2"],
        site, {"/cases/gammel/": "/cases/ny/"}, editions=["en"])]
    assert len(broken) == 3, "one message per page, its editions together"
    assert "/væk/: the page is gone (3 published addresses); add to data/redirects.yml " \
           "'- from: væk/'" in broken[0] and "one entry serves every edition" in broken[0]
    assert "/cases/ny/: no element with id #borte any more; keep the heading id " \
           "({ #borte })" in broken[1]
    assert "/cases/gammel/: moved to /cases/ny/, which has no element with id " \
           "#raad-gammel-2" in broken[2] and "keep_anchors: false" in broken[2]


def test_a_page_removed_for_good_lets_its_sections_go(tmp_path):
    site = make_site(tmp_path)
    assert url_contract.broken_promises(
        ["/cases/gammel/#raad-gammel-2"], site, {"/cases/gammel/": "/cases/ny/"},
        anchors_dropped={"/cases/gammel/"}) == []


def test_freezing_adds_and_never_drops(tmp_path):
    site = make_site(tmp_path / "site")
    contract = tmp_path / "contract.txt"
    contract.write_text("# old\n/en-gang/\n/cases/ny/#ny\n", encoding="utf-8")
    kept, added = url_contract.freeze(contract, site)
    lines = url_contract.read_contract(contract)
    assert (kept, added) == (2, 5)
    assert "/en-gang/" in lines and "/cases/ny/#raad-ny-1" in lines


def test_the_check_names_what_the_contract_does_not_promise_yet(tmp_path, monkeypatch, capsys):
    site = make_site(tmp_path / "site")
    monkeypatch.chdir(tmp_path)
    url_contract.CONTRACT.parent.mkdir()
    url_contract.CONTRACT.write_text("/\n/#forside\n/cases/ny/\n", encoding="utf-8")
    assert url_contract.main(["check", str(site)]) == 1
    err = capsys.readouterr().err
    assert "/cases/ny/#raad-ny-1" in err and "make freeze-urls" in err
    assert url_contract.main(["freeze", str(site)]) == 0
    assert url_contract.main(["check", str(site)]) == 0
