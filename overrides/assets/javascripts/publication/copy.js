// Copy for an intranet page: a quote, or a chapter's card, as a ready block (rich text for an
// editor's rich-text field, plain text for anything else; both carry the attribution and the
// published address), and a heading's or a quote's link as its published address. One status
// line announces each copy to screen readers.
const pageStrings = JSON.parse(document.getElementById("ldi-strings")?.textContent || "{}");
const status = document.querySelector("[data-ldi-copy-status]");
let statusTimer;

const announce = (message) => {
  if (!status) return;
  status.textContent = message;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (status.textContent = ""), 4000);
};

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
  announce(message);
};

// Every heading's permalink (¶) and every quote's "Link til citatet" is an ordinary anchor:
// without JavaScript it still opens and gives its address. With it, a click also copies the
// page's canonical (published) address plus the anchor.
const canonical = document.querySelector('link[rel="canonical"]');
document.addEventListener("click", async (event) => {
  const link = event.target.closest("article a.headerlink, a.ldi-quote__permalink");
  if (!link || !link.hash || !canonical || !navigator.clipboard) return;
  try {
    await navigator.clipboard.writeText(canonical.href.split("#")[0] + link.hash);
  } catch {
    return; // no clipboard access: the link still navigates, so the address bar has it
  }
  announce(pageStrings.copied);
});

// Quotation marks by the quote's language: »…« in Danish, “…” in English.
const MARKS = { da: ["»", "«"], en: ["“", "”"] };
const quoted = (words, lang) => {
  const [open, close] = MARKS[lang] || MARKS.da;
  return `${open}${words}${close}`;
};

// "afdelingsleder, autismecenter" at "Autismecenter Storstrøm": the role's parts that the
// workplace's name already says are left out, so the attribution never repeats itself.
const attribution = (name, role, workplace) => {
  const place = workplace.toLocaleLowerCase();
  const parts = role.split(", ").filter((part) => !place.includes(part.toLocaleLowerCase()));
  return [name, ...parts, workplace].filter(Boolean).join(", ");
};

const quoteBlock = (figure) => {
  const text = (selector) => figure.querySelector(selector)?.textContent.trim() || "";
  const quoteText = figure.querySelector("blockquote.ldi-quote__text");
  const lang = quoteText?.lang || document.documentElement.lang;
  const words = quoted(text("blockquote.ldi-quote__text"), lang);
  const who = attribution(text(".ldi-quote__name"), text(".ldi-quote__role"),
    text(".ldi-quote__workplace"));
  const { citeUrl: url, publication, publisher } = figure.dataset;
  // A translated quote says so; its original stays on the page, a click from the link.
  const note = text(".ldi-quote__translated");
  const title = quoted(publication, document.documentElement.lang);

  const quote = element("blockquote", "", { cite: url });
  quote.append(element("p", note ? `${words} (${note})` : words));
  const source = element("p", `– ${who}. ${pageStrings.from_label} `);
  source.append(element("a", publication, { href: url }));
  source.append(document.createTextNode(`, ${publisher}`));
  quote.append(source);
  const plain = [note ? `${words} (${note})` : words,
    `– ${who}. ${pageStrings.from_label} ${title}, ${publisher}: ${url}`].join("\n");
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
