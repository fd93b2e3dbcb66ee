// The print buttons: under each page's title, and on /raad/ one per case's sheet. What prints
// follows the page's target (publication.css): a sheet's button makes its sheet the target, so
// it prints alone; the page's button clears a sheet's target, so the whole page prints.
// location.replace moves :target without a new history entry (replaceState would not move it).
for (const button of document.querySelectorAll("[data-ldi-print]")) {
  button.addEventListener("click", () => {
    const sheet = button.dataset.ldiPrint;
    if (sheet || document.querySelector(".ldi-advice-sheet :target")) {
      location.replace(`#${sheet}`);
    }
    window.print();
  });
}
