// The site's search worker, in place of Material's (main.html points Material's search box at
// it): the same messages, so Material's box, result list, keyboard and highlighting work as
// before, but a search that forgives what readers type. Built with lunr (vendor/lunr) and the
// edition's stemmer into one file by publication.assets; the index is publication.search_index.
//
// Every word is stemmed in its language, then folded (æ → ae, ø → oe → o, å → aa → a, é → e),
// on both sides, so "ideer", "Arhus" and "korekort" meet "idéer", "Aarhus" and "kørekort".
// Each typed word asks for its exact stem, any word it begins (a prefix, a compound's first
// part), any word it ends or is inside (a compound's later part) and, from five letters, any
// word one typo away. A "quoted phrase" puts the entries holding it first, and an entry whose
// title is the whole query (a theme's name) comes before those that only mention it.

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;  // Material's SearchMessageType
const TYPO_FROM = 5;  // letters: shorter words are matched as typed
const PART_FROM = 4;  // letters: a word this long is looked for inside compounds
const BOOSTS = {exact: 10, prefix: 3, part: 1, typo: 1};  // per kind of match, per word
const PHRASE = 6;  // an entry holding the whole phrase, against one holding only its words
const NAMED = 4;  // an entry whose title is the query: a theme's name finds the theme
const SNIPPET_WORDS = 32;
const MAX_RESULTS = 100;  // entries returned, best first

let search;

const letters = /[\p{L}\p{N}]+/gu;
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function fold(word) {
  return word.replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/aa/g, "a").replace(/oe/g, "o");
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// Words as the index holds them: lower case, trimmed, stop words dropped, stemmed, folded.
function analyser(lang) {
  const language = lang === "en" ? lunr : lunr[lang];
  const stem = word => language.stemmer(new lunr.Token(word)).toString();
  const isStopWord = word => !language.stopWordFilter(new lunr.Token(word));
  const key = word => fold(stem(word.toLowerCase()));
  // The stem, and the whole word where it differs, so a typo is one letter from either.
  const pipeline = token => {
    const word = token.toString().toLowerCase().replace(edges, "");
    if (!word || isStopWord(word)) return undefined;
    const stemmed = key(word), whole = fold(word);
    return stemmed === whole ? token.update(() => stemmed)
      : [token.clone(() => stemmed), token.clone(() => whole)];
  };
  lunr.Pipeline.registerFunction(pipeline, `ldi-${lang}`);
  return {key, isStopWord, pipeline};
}

function build({config, docs}) {
  const words = analyser(config.lang[0]);
  lunr.tokenizer.separator = new RegExp(config.separator);
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(words.pipeline);
    this.ref("location");
    for (const [name, spec] of Object.entries(config.fields))
      this.field(name, {boost: spec.boost});
    this.metadataWhitelist = [];
    for (const doc of docs) this.add(doc, {boost: doc.boost || 1});
  });
  const entries = new Map(docs.map(doc => [doc.location, {
    ...doc, named: phraseForm(doc.title), plain: " " + phraseForm(`${doc.title} ${doc.text}`) + " "}]));
  return {index, entries, words};
}

// Text as a phrase is compared: folded words, one space apart.
function phraseForm(text) {
  return (text.toLowerCase().match(letters) || []).map(fold).join(" ");
}

function parse(query, words) {
  const phrases = [];
  const rest = query.replace(/["“”»«„]([^"“”»«„]+)["“”»«„]?/g, (_, phrase) => {
    phrases.push(phraseForm(phrase));
    return ` ${phrase} `;
  });
  const typed = (rest.toLowerCase().match(letters) || []);
  const kept = typed.filter(word => !words.isStopWord(word));
  // A query of several words is also a phrase, weaker than a quoted one.
  if (!phrases.length && typed.length > 2) phrases.push(phraseForm(typed.join(" ")));
  return {phrases, quoted: /["“”»«„]/.test(query), words: [...new Set(kept.length ? kept : typed)]};
}

function clauses(builder, word, key) {
  const plain = {usePipeline: false};
  builder.term(key, {...plain, boost: BOOSTS.exact});
  if (key.length >= 2)
    builder.term(key, {...plain, boost: BOOSTS.prefix, wildcard: lunr.Query.wildcard.TRAILING});
  if (key.length >= PART_FROM)
    builder.term(key, {...plain, boost: BOOSTS.part,
      wildcard: lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING});
  if (word.length >= TYPO_FROM)
    for (const form of new Set([key, fold(word)]))
      builder.term(form, {...plain, boost: BOOSTS.typo, editDistance: 1});
}

// Entry -> per typed word, its score and the index terms it matched there.
function matches({index, words}, typed) {
  const found = new Map();
  typed.forEach((word, w) => {
    const key = words.key(word);
    if (!key) return;
    for (const {ref, score, matchData} of index.query(builder => clauses(builder, word, key))) {
      const entry = found.get(ref) || typed.map(() => ({score: 0, terms: new Set()}));
      entry[w] = {score, terms: new Set(Object.keys(matchData.metadata))};
      found.set(ref, entry);
    }
  });
  return found;
}

// The entry's text with the words it matched marked, cut to a passage around the first.
function marked(text, terms, key, limit) {
  const parts = [];
  let last = 0, first = -1, count = 0;
  for (const match of text.matchAll(letters)) {
    parts.push(escapeHtml(text.slice(last, match.index)));
    const hit = terms.has(key(match[0]));
    if (hit && first < 0) first = count;
    parts.push(hit ? `<mark>${escapeHtml(match[0])}</mark>` : escapeHtml(match[0]));
    last = match.index + match[0].length;
    count++;
  }
  parts.push(escapeHtml(text.slice(last)));
  if (!limit || count <= limit) return parts.join("");
  // parts alternate: gap, word, gap, word, …, gap
  const start = Math.max(0, Math.min(first - 4, count - limit));
  const words = parts.slice(2 * start, 2 * (start + limit));
  return (start > 0 ? "… " : "") + words.join("").replace(/^[^\p{L}\p{N}]+/u, "") + " …";
}

function run(query) {
  const {entries} = search;
  const {phrases, quoted, words: typed} = parse(query, search.words);
  const asked = phraseForm(query);
  if (!typed.length) return {items: []};
  const results = [];
  for (const [location, perWord] of matches(search, typed)) {
    const entry = entries.get(location);
    const covered = perWord.filter(w => w.score).length / typed.length;
    const phrase = phrases.some(p => entry.plain.includes(` ${p} `));
    if (quoted && !phrase && covered < 1) continue;
    const score = perWord.reduce((sum, w) => sum + w.score, 0) * covered * covered
      * (phrase ? (quoted ? PHRASE * 2 : PHRASE) : 1) * (entry.named === asked ? NAMED : 1);
    results.push({entry, score, perWord});
  }
  // Passages are marked for the best results only: no reader scrolls past them, and marking
  // thousands of entries of a large site would cost more than the search itself.
  const best = results.sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  return {items: grouped(best.map(({entry, score, perWord}) => item(entry, score, typed, perWord)))};
}

// Material's shape: one group per page, its page entry among them, best groups first.
function grouped(items) {
  const groups = new Map();
  for (const found of items) {
    const page = found.location.split("#")[0];
    groups.set(page, [...groups.get(page) || [], found]);
  }
  for (const [page, members] of groups)
    if (!members.some(found => found.location === page) && search.entries.has(page))
      members.push(item(search.entries.get(page), 0, [], []));
  return [...groups.values()];
}

// A result: title and passage with the matched words marked; its terms are each typed word as
// the entry spells it (Material highlights those on the page) or, if missing, as typed.
function item(entry, score, typed, perWord) {
  const {key} = search.words;
  const all = new Set(perWord.flatMap(w => [...w.terms]));
  const terms = {};
  typed.forEach((word, w) => {
    const spelt = perWord[w].score && (`${entry.title} ${entry.text}`.match(letters) || [])
      .find(t => perWord[w].terms.has(key(t)));
    terms[spelt ? spelt.toLowerCase() : word] = perWord[w].score > 0;
  });
  return {location: entry.location, score, terms,
    title: marked(entry.title, all, key, 0),
    text: marked(entry.text, all, key, SNIPPET_WORDS)};
}

addEventListener("message", event => {
  const message = event.data;
  if (message.type === SETUP) {
    search = build(message.data);
    postMessage({type: READY});
  } else if (message.type === QUERY) {
    let data = {items: []};
    try {
      data = run(message.data);
    } catch (error) {
      console.warn("search:", error);
    }
    postMessage({type: RESULT, data});
  }
});
