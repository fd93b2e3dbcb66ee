// The print button under each page's title (shown once JavaScript can work it, by CSS).
for (const button of document.querySelectorAll("[data-ldi-print]")) {
  button.addEventListener("click", () => window.print());
}
