// Quote explorer on /citater/. Without JavaScript the page is the full list of quotes grouped
// by workplace, and the form is not shown; with it the form narrows the list, on each choice
// and on its submit button, and mirrors the choice in the address (?tema=vedholdenhed) so a
// filtered view can be linked from an intranet. The form holds its place from the first
// paint (CSS), so nothing moves when this runs.
const form = document.querySelector("[data-ldi-filters]");
if (form) {
  const quotes = [...document.querySelectorAll("[data-ldi-group] figure.ldi-quote")];
  const groups = [...document.querySelectorAll("[data-ldi-group]")];
  const selects = [...form.querySelectorAll("select")];
  const status = form.querySelector("[data-ldi-count]");
  const empty = form.querySelector("[data-ldi-empty]");

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if ([...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  const matches = (quote) =>
    selects.every((select) => {
      if (!select.value) return true;
      const values = (quote.dataset[select.dataset.ldiAttribute] || "").split(" ");
      return values.includes(select.value);
    });

  const apply = (updateUrl) => {
    let shown = 0;
    for (const quote of quotes) {
      quote.hidden = !matches(quote);
      if (!quote.hidden) shown += 1;
    }
    for (const group of groups) {
      group.hidden = !group.querySelector("figure.ldi-quote:not([hidden])");
    }
    status.textContent = shown
      ? status.dataset.ldiCount.replace("{shown}", shown).replace("{total}", quotes.length)
      : status.dataset.ldiNone;
    // Nothing matches: the way back to every quote, next to the message.
    if (empty) empty.hidden = shown > 0;
    if (updateUrl) {
      const query = new URLSearchParams();
      for (const select of selects) if (select.value) query.set(select.name, select.value);
      const search = query.toString() ? `?${query}` : "";
      history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
    }
  };

  form.addEventListener("change", () => apply(true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(true);
  });
  // "reset" fires before the fields are cleared: apply once they are.
  form.addEventListener("reset", () => setTimeout(() => apply(true)));
  apply(false);
}
