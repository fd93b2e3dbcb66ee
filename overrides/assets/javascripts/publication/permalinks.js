// Copy-link controls. Every heading's permalink (¶) and every quote's "Link til citatet" is an
// ordinary anchor: without JavaScript it still opens and gives its address. With it, a click
// also copies the page's canonical (published) address plus the anchor, ready for an intranet.
(() => {
  const canonical = document.querySelector('link[rel="canonical"]');
  const status = document.querySelector("[data-ldi-copy-status]");
  const stringsElement = document.getElementById("ldi-strings");
  if (!canonical || !status || !stringsElement || !navigator.clipboard) return;
  const strings = JSON.parse(stringsElement.textContent);
  let clearTimer;

  document.addEventListener("click", async (event) => {
    const link = event.target.closest("article a.headerlink, a.ldi-quote__permalink");
    if (!link || !link.hash) return;
    try {
      await navigator.clipboard.writeText(canonical.href.split("#")[0] + link.hash);
    } catch {
      return; // no clipboard access: the link still navigates, so the address bar has it
    }
    status.textContent = strings.copied;
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => (status.textContent = ""), 4000);
  });
})();
