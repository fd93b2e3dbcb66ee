"""MkDocs' link warnings name the page's file and line, like the build's own messages."""

import logging

from publication.engine_messages import LinkLines


def test_a_link_warning_gets_the_file_and_line_of_the_link(tmp_path):
    (tmp_path / "om").mkdir()
    (tmp_path / "om" / "index.md").write_text("# Om\n\nSe [print](../print.md#nope).\n",
                                              encoding="utf-8")
    record = logging.LogRecord("mkdocs.structure.pages", logging.WARNING, "", 0,
                               "Doc file 'om/index.md' contains a link '../print.md#nope', but "
                               "the doc 'print.md' does not contain an anchor '#nope'.", None, None)
    assert LinkLines(tmp_path).filter(record)
    assert record.getMessage().startswith("docs/om/index.md:3: Doc file 'om/index.md'")
