import base64
import hashlib

import pytest
from publication import csp
from publication.problems import ContentError

PAGE = """<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8">
    <title>t</title>
    <script src="assets/javascripts/x.js"></script>
    <script>__md_scope=new URL("..",location)</script>
    <script id="__config" type="application/json">{"base": ".."}</script>
  </head>
  <body><script type="module">import "./x.js"</script></body>
</html>
"""


def sha256(text):
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def test_only_inline_scripts_a_browser_runs_are_collected():
    """External scripts need no hash, and a JSON data block is never executed."""
    assert csp.inline_scripts(PAGE) == ['__md_scope=new URL("..",location)', 'import "./x.js"']


def test_script_text_is_taken_exactly_as_written():
    html = '<script> if (a < b && c) { x = "</p>"; }\n</script>'
    assert csp.inline_scripts(html) == [' if (a < b && c) { x = "</p>"; }\n']


def test_hash_is_the_browsers_sha256_of_the_text():
    # The empty script's hash, as browsers print it in their CSP errors.
    assert csp.script_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    assert csp.script_hash("alert('æ')") == sha256("alert('æ')")


def test_hash_sees_line_endings_as_the_browser_does():
    assert csp.script_hash("a()\r\nb()\rc()") == csp.script_hash("a()\nb()\nc()")


def test_pages_differing_only_in_the_base_url_get_different_hashes():
    one = csp.page_hashes('<script>__md_scope=new URL("..",location)</script>')
    two = csp.page_hashes('<script>__md_scope=new URL("../..",location)</script>')
    assert one != two and len(one) == len(two) == 1


def test_header_policy_adds_what_only_a_header_can_carry():
    header = csp.policy({"'sha256-x'"}, header=True)
    meta = csp.policy({"'sha256-x'"}, header=False)
    assert "frame-ancestors 'none'" in header
    assert "frame-ancestors" not in meta
    assert "script-src 'sha256-x';" in meta  # each script named: no 'self'
    assert "script-src 'sha256-x';" in header
    assert meta.startswith("default-src 'none';")


def test_meta_goes_right_after_the_charset_before_any_script():
    html = csp.with_meta_policy(PAGE, "default-src 'none'")
    meta = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
    assert html.index('<meta charset="utf-8">') < html.index(meta) < html.index("<script")


def test_applying_twice_replaces_the_meta():
    once = csp.with_meta_policy(PAGE, "default-src 'none'")
    twice = csp.with_meta_policy(once, "default-src 'self'")
    assert twice.count("Content-Security-Policy") == 1
    assert twice == csp.with_meta_policy(PAGE, "default-src 'self'")


def test_a_page_without_head_is_an_error():
    with pytest.raises(ValueError, match="<head>"):
        csp.with_meta_policy("<p>no head</p>", "default-src 'none'")


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode())


def test_apply_to_site_gives_each_page_its_own_hashes_and_the_header_their_union(tmp_path):
    write(tmp_path / "index.html", "<head><meta charset=utf-8><script>a()</script></head>")
    write(tmp_path / "en" / "index.html", "<head><script>b()</script></head>")
    write(tmp_path / "style.css", "body{}")

    header = csp.apply_to_site(tmp_path)

    assert f"script-src {' '.join(sorted([sha256('a()'), sha256('b()')]))};" in header
    index = (tmp_path / "index.html").read_text()
    assert sha256("a()") in index and sha256("b()") not in index
    include = (tmp_path / csp.NGINX_INCLUDE).read_text()
    assert f'add_header Content-Security-Policy "{header}" always;' in include
    assert (tmp_path / "style.css").read_text() == "body{}"


def test_apply_to_site_keeps_line_endings_and_names_a_broken_page(tmp_path):
    write(tmp_path / "a.html", "<head>\r\n<script>x()</script></head>")
    csp.apply_to_site(tmp_path)
    assert b"\r\n" in (tmp_path / "a.html").read_bytes()
    write(tmp_path / "broken.html", "<p>fragment</p>")
    with pytest.raises(ContentError, match=r"broken\.html"):
        csp.apply_to_site(tmp_path)


@pytest.fixture
def templates(tmp_path):
    """A theme folder whose one template writes a script with a value Jinja fills in."""
    folder = tmp_path / "templates"
    write(folder / "partials" / "base.html",
          '<script>__md_scope=new URL("{{ base_url }}",location)</script>')
    return csp.known_scripts([folder])


def test_only_the_templates_inline_scripts_are_allowed(tmp_path, templates):
    """A script a template writes is hashed, whatever base URL Jinja gave it; any other inline
    script stops the build, naming the built file."""
    write(tmp_path / "site" / "a.html",
          '<head><script>__md_scope=new URL("../..",location)</script></head>')
    header = csp.apply_to_site(tmp_path / "site", templates)
    assert sha256('__md_scope=new URL("../..",location)') in header
    write(tmp_path / "site" / "b.html", "<head><script>window.x=1</script></head>")
    with pytest.raises(ContentError) as error:
        csp.apply_to_site(tmp_path / "site", templates)
    assert "site/b.html: an inline script no template of the theme or the project writes: " \
        "window.x=1" in str(error.value)


def test_a_template_script_cannot_be_extended(tmp_path, templates):
    """The wildcard stands for a value, not for more script."""
    write(tmp_path / "a.html", '<head><script>__md_scope=new URL("x",location);evil()</script>'
                               "</head>")
    with pytest.raises(ContentError):
        csp.apply_to_site(tmp_path, templates)


def test_event_handler_attributes_anywhere_stop_the_build(tmp_path, templates):
    write(tmp_path / "a.html", '<head></head><body><img src=x onerror="go()"></body>')
    with pytest.raises(ContentError, match="event-handler attribute"):
        csp.apply_to_site(tmp_path, templates)


def test_the_real_templates_scripts_are_known():
    """Material's and ours, read from the template files themselves."""
    from publication.assets import MATERIAL_ASSETS
    from support.builds import ROOT

    known = csp.known_scripts([MATERIAL_ASSETS.parent, ROOT / "overrides"])
    assert len(known) >= 4
    assert any(p.fullmatch('__md_scope=new URL("../",location),__md_hash=e=>[...e].reduce'
                           '(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,'
                           't=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,'
                           '_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,'
                           'JSON.stringify(_))}catch(e){}}') for p in known)


def test_script_files_are_named_by_their_hash_and_anything_else_is_refused(tmp_path):
    write(tmp_path / "assets" / "app.js", "go()")
    write(tmp_path / "greb" / "x" / "index.html",
          '<head><script src="../../assets/app.js" defer></script></head>')
    write(tmp_path / "404.html", '<head><script src="/ledelse/assets/app.js"></script></head>')
    csp.apply_to_site(tmp_path, base_path="/ledelse/")
    value = "sha256-" + base64.b64encode(hashlib.sha256(b"go()").digest()).decode()
    for page in ("greb/x/index.html", "404.html"):
        html = (tmp_path / page).read_text()
        assert f'integrity="{value}"' in html and f"script-src '{value}'" in html, html
    write(tmp_path / "en" / "index.html", '<head><script src="https://cdn.example/x.js"></script>'
                                          "</head>")
    with pytest.raises(ContentError, match="a script that is not a file of the site"):
        csp.apply_to_site(tmp_path)
