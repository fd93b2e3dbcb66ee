// Copy a quote, or a chapter's card, as a ready block for an intranet page: rich text (text/html)
// for an editor's rich-text field, and plain text for anything else. Both carry the attribution
// and the published address, so the reader of the intranet page can get back here.
const pageStrings = JSON.parse(document.getElementById("ldi-strings")?.textContent || "{}");
const status = document.querySelector("[data-ldi-copy-status]");

const element = (tag, text, attributes = {}) => {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

const copy = async (html, plain, message) => {
  try {
    if (window.ClipboardItem) {
      await navigator.clipboard.write([new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([plain], { type: "text/plain" }),
      })]);
    } else {
      await navigator.clipboard.writeText(plain);
    }
  } catch {
    return; // no clipboard access: nothing to announce
  }
  if (status) {
    status.textContent = message;
    setTimeout(() => (status.textContent = ""), 4000);
  }
};

const quoteBlock = (figure) => {
  const text = (selector) => figure.querySelector(selector)?.textContent.trim() || "";
  const words = text("blockquote.ldi-quote__text");
  const who = [text(".ldi-quote__name"), text(".ldi-quote__role"), text(".ldi-quote__workplace")]
    .join(", ");
  const url = figure.dataset.citeUrl;
  const publication = figure.dataset.publication;
  const original = text("details.ldi-quote__original blockquote");
  const note = original ? `${text(".ldi-quote__translated")}. ${pageStrings.original_label}: ` : "";

  const quote = element("blockquote", "", { cite: url });
  quote.append(element("p", `»${words}«`));
  if (original) quote.append(element("p", `(${note}»${original}«)`));
  const source = element("p", `– ${who}. ${pageStrings.from_label} `);
  source.append(element("a", publication, { href: url }));
  quote.append(source);
  const plain = [`»${words}«`, original ? `(${note}»${original}«)` : "",
    `– ${who}. ${pageStrings.from_label} »${publication}«: ${url}`].filter(Boolean).join("\n");
  return [quote.outerHTML, plain];
};

const cardBlock = (button) => {
  const { title, text, url, note } = button.dataset;
  const card = element("p");
  const link = element("a", "", { href: url });
  link.append(element("strong", title));
  card.append(link, element("br"), document.createTextNode(text));
  if (note) card.append(document.createTextNode(` (${note})`));
  return [card.outerHTML, [title, note ? `${text} (${note})` : text, url].join("\n")];
};

document.addEventListener("click", (event) => {
  const quoteButton = event.target.closest("[data-ldi-copy-quote]");
  if (quoteButton) {
    const [html, plain] = quoteBlock(quoteButton.closest("figure.ldi-quote"));
    copy(html, plain, pageStrings.copy_done);
  }
  const cardButton = event.target.closest("[data-ldi-copy-card]");
  if (cardButton) {
    const [html, plain] = cardBlock(cardButton);
    copy(html, plain, pageStrings.copy_done);
  }
});
