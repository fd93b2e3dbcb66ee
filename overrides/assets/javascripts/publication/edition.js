// Language switch: keep the #anchor, so a reader on a quote lands on the same quote in the
// other edition (quote and heading ids are the same in every language).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[hreflang]");
  if (link && location.hash && !link.hash) {
    link.hash = location.hash;
  }
});
