// The print button under each page's title: hidden until JavaScript can work it.
for (const button of document.querySelectorAll("[data-ldi-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
