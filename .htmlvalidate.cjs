// html-validate (pinned in package.json, installed by `npm ci`), run on every built page by
// tests/build/test_html_validate.py. Its recommended preset, with each rule we turn off or
// relax named here with the reason. Everything else it finds fails `make test`.
module.exports = {
  extends: ["html-validate:recommended"],
  rules: {
    // Material's templates leave Jinja's indentation at line ends; invisible in every page,
    // and not ours to reformat (we change Material's templates only where a reader gains).
    "no-trailing-whitespace": "off",
    // Material writes <!doctype html>; HTML's doctype is case-insensitive, this is style.
    "doctype-style": "off",
    // Material's ids start with "__" (__drawer, __nav_3): valid HTML (any id without spaces),
    // which is what the relaxed check holds them to. Our own ids are slugs.
    "valid-id": ["error", { relaxed: true }],
    // Material puts autocomplete="off" on its toggle checkboxes (drawer, search, contents) so
    // Firefox does not reopen a menu when a reader comes back to a page; browsers ignore the
    // attribute on checkboxes everywhere else, and no reader fills these in.
    "valid-autocomplete": "off",
  },
};
