// Language switch: keep the #anchor, so a reader on a quote lands on the same quote in the
// other edition (quote and heading ids are the same in every language).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[hreflang]");
  if (link && location.hash && !link.hash) {
    link.hash = location.hash;
  }
});

// Material's search dialog has no accessible name; it only works with JavaScript, so name it
// here, in the page's language.
const searchDialog = document.querySelector('.md-search[role="dialog"]');
const pageStrings = document.getElementById("ldi-strings");
if (searchDialog && pageStrings) {
  searchDialog.setAttribute("aria-label", JSON.parse(pageStrings.textContent).search_dialog);
}
