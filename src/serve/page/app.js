// newsgraph's page. Everything taken from the graph is put into the page as
// text (textContent, setAttribute), never parsed as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error((await response.text()).trim() || response.statusText);
  return response.json();
}

const entityHash = (iri) => "#/entity/" + encodeURIComponent(iri);
// The stylesheet gives each class of the graph a colour (--Person, --AIModel, …):
// a class it colours is shown as itself, anything else as "Other".
const cssVar = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const classOf = (c) => (/^[A-Za-z]+$/.test(c || "") && cssVar("--" + c) ? c : "Other");
const badge = (c) => el("span", { class: "badge " + classOf(c) }, c || "entity");

// ---------------------------------------------------------------- routing

function show(view) {
  for (const id of ["home", "entity", "connect", "sparql", "missing"]) $("view-" + id).hidden = id !== view;
  $("nav-explore").classList.toggle("current", view === "home" || view === "entity");
  $("nav-connect").classList.toggle("current", view === "connect");
  $("nav-sparql").classList.toggle("current", view === "sparql");
}

function route() {
  const hash = location.hash || "#/";
  if (hash.startsWith("#/entity/")) {
    let iri;
    try { iri = decodeURIComponent(hash.slice("#/entity/".length)); } catch { iri = ""; }
    openEntity(iri);
  } else if (hash === "#/connect" || hash.startsWith("#/connect/")) {
    show("connect");
    document.title = "Connect · newsgraph";
    const parts = hash.slice("#/connect/".length).split("/");
    if (hash.startsWith("#/connect/") && parts.length === 2) {
      try { connect(decodeURIComponent(parts[0]), decodeURIComponent(parts[1])); } catch { /* a broken link: the empty form */ }
    }
  } else if (hash === "#/sparql") {
    show("sparql");
    loadExamples();
  } else {
    show("home");
    document.title = "newsgraph";
    current.entity = null;
    loadStats();
    loadInfluential();
  }
}

// ---------------------------------------------------------------- search

const search = { seq: 0, items: [], index: -1, timer: null };

function closeSuggestions() {
  $("suggestions").hidden = true;
  $("search").setAttribute("aria-expanded", "false");
  search.index = -1;
}

function highlight(i) {
  const items = $("suggestions").children;
  search.index = i;
  for (let k = 0; k < items.length; k++) items[k].setAttribute("aria-selected", k === i ? "true" : "false");
  if (items[i]) {
    items[i].scrollIntoView({ block: "nearest" });
    $("search").setAttribute("aria-activedescendant", items[i].id);
  }
}

async function suggest() {
  const text = $("search").value.trim();
  const seq = ++search.seq;
  if (!text) { closeSuggestions(); return; }
  let hits;
  try {
    hits = await getJson("/api/search?q=" + encodeURIComponent(text));
  } catch (e) {
    hits = [];
  }
  if (seq !== search.seq) return; // a newer keystroke won
  search.items = hits;
  const list = $("suggestions");
  list.replaceChildren(...hits.map((hit, i) => {
    const item = el("li", { id: "suggestion-" + i, role: "option", "aria-selected": "false" },
      badge(hit.class), el("span", { class: "label" }, hit.label),
      hit.alias ? el("span", { class: "alias" }, "also “" + hit.alias + "”") : null);
    item.addEventListener("mousedown", (event) => { event.preventDefault(); choose(i); });
    return item;
  }));
  if (!hits.length) list.append(el("li", { class: "muted", role: "option" }, "nothing found for “" + text + "”"));
  list.hidden = false;
  $("search").setAttribute("aria-expanded", "true");
  highlight(hits.length ? 0 : -1);
}

function choose(i) {
  const hit = search.items[i];
  if (!hit) return;
  closeSuggestions();
  $("search").value = "";
  location.hash = entityHash(hit.iri);
}

function setUpSearch() {
  const input = $("search");
  input.addEventListener("input", () => {
    clearTimeout(search.timer);
    search.timer = setTimeout(suggest, 90);
  });
  input.addEventListener("keydown", (event) => {
    const n = search.items.length;
    if (event.key === "ArrowDown" && n) { event.preventDefault(); highlight((search.index + 1) % n); }
    else if (event.key === "ArrowUp" && n) { event.preventDefault(); highlight((search.index - 1 + n) % n); }
    else if (event.key === "Enter") { event.preventDefault(); choose(search.index < 0 ? 0 : search.index); }
    else if (event.key === "Escape") { closeSuggestions(); }
  });
  input.addEventListener("blur", () => setTimeout(closeSuggestions, 150));
  document.addEventListener("keydown", (event) => {
    const typing = ["INPUT", "TEXTAREA"].includes(document.activeElement.tagName);
    if (event.key === "/" && !typing) { event.preventDefault(); input.focus(); input.select(); }
  });
}

// ---------------------------------------------------------------- home

function renderStats(s) {
  const stat = (n, what) => el("div", { class: "stat" }, el("b", {}, String(n)), what);
  const latest = (s.latest || []).map((a) => el("li", {},
    el("span", { class: "title" }, a.title || a.iri),
    el("span", { class: "source" }, [a.date, `${a.entities} entities, ${a.relations} relations, ${a.quotes} quotes`,
      a.ingested ? "stored " + a.ingested.replace("T", " ").replace("Z", " UTC") : null].filter(Boolean).map((x) => " · " + x).join(""))));
  $("stats").replaceChildren(
    el("div", { class: "stats-grid" },
      stat(s.articles, "articles"),
      s.entities.map((e) => stat(e.count, e.class)),
      stat(s.relations.reduce((a, r) => a + r.count, 0), "relations"),
      stat(s.quotes, "quotes"),
      stat(s.triples, "triples")));
  $("latest").replaceChildren(...(latest.length ? latest : [el("li", { class: "muted" }, "No articles yet.")]));
}

// What the page last saw of the store. The start page polls /api/stats and is
// drawn again when it changed (an article was written or removed); an entity's
// page polls the entity's version (its articles and when the newest was
// stored) and is read again when a new article mentions it or one goes.
const current = { stats: "", entity: null, version: null };
const POLL_MS = 5000;

async function loadStats() {
  try {
    const s = await getJson("/api/stats");
    current.stats = JSON.stringify(s);
    renderStats(s);
  } catch (e) {
    $("stats").replaceChildren(el("p", { class: "muted" }, "Could not read the store's counts: " + e.message));
  }
}

/** The entity's version, or null when it cannot be read. */
async function entityVersion(iri) {
  try {
    return (await getJson("/api/entity/version?iri=" + encodeURIComponent(iri))).version;
  } catch (e) {
    return null;
  }
}

async function poll() {
  if (document.visibilityState === "visible") {
    try {
      if (!$("view-home").hidden) {
        const s = await getJson("/api/stats");
        const seen = JSON.stringify(s);
        if (seen !== current.stats) {
          current.stats = seen;
          renderStats(s);
        }
      } else if (current.entity && !$("view-entity").hidden) {
        const iri = current.entity;
        const version = await entityVersion(iri);
        if (version !== null && current.version !== null && version !== current.version && current.entity === iri) {
          openEntity(iri, true);
        }
      }
    } catch (e) {
      // The server may be restarting: try again at the next tick.
    }
  }
  setTimeout(poll, POLL_MS);
}

// ---------------------------------------------------------------- entity

function articleLine(article) {
  if (!article) return null;
  const parts = [article.title || article.iri];
  if (article.date) parts.push(article.date);
  if (article.source) parts.push(article.source);
  return el("div", { class: "source" }, parts.join(" · "));
}

function entityLink(other) {
  return el("a", { href: entityHash(other.iri) }, other.label || other.iri);
}

async function openEntity(iri, refresh) {
  show("entity");
  if (!refresh) $("entity-title").textContent = "…";
  current.entity = iri;
  let e, version;
  try {
    // The version first: a write between the two reads is then seen at the next poll.
    version = await entityVersion(iri);
    e = await getJson("/api/entity?iri=" + encodeURIComponent(iri));
  } catch (err) {
    if (refresh) return;
    show("missing");
    $("missing-text").textContent = err.message;
    return;
  }
  if (current.entity !== iri) return; // the reader went elsewhere meanwhile
  current.version = version;
  document.title = (e.label || e.iri) + " · newsgraph";
  $("entity-title").textContent = e.label || e.iri;
  $("entity-class").textContent = e.class || "entity";
  $("entity-class").className = "badge " + classOf(e.class);
  $("entity-iri").textContent = e.iri;
  $("entity-aliases").replaceChildren(...(e.aliases.length ? ["Also called: " + e.aliases.join(", ")] : []));
  const wd = $("entity-wikidata");
  wd.replaceChildren();
  if (e.wikidata && /^https?:\/\/www\.wikidata\.org\/entity\/Q[0-9]+$/.test(e.wikidata)) {
    const id = e.wikidata.split("/").pop();
    wd.append("Wikidata: ", el("a", { href: "https://www.wikidata.org/wiki/" + id, rel: "noopener noreferrer" }, id));
  }
  drawNeighbourhood(e);
  loadCommunity(e);
  showList(e, "facts", e.facts, factRow, (rows) => el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "Fact"), el("th", {}, "Job title"), el("th", {}, "Confidence"),
      el("th", {}, "Evidence"))),
    el("tbody", {}, rows)), "No relations.");
  showList(e, "quotes", e.quotes, quoteBlock, (items) => el("div", {}, items), "No quotes.");
  showList(e, "articles", e.articles, articleItem, (items) => el("ul", {}, items), "none");
}

/**
 * One of the entity's lists, a page at a time: the first page comes with the
 * entity, a button asks the server for the next (/api/entity?…&list=NAME&offset=N).
 */
function showList(e, name, page, render, wrap, empty) {
  const box = $(name);
  if (!page.total) { box.replaceChildren(el("p", { class: "muted" }, empty)); return; }
  const items = page.items.map((item) => render(e, item));
  const container = wrap(items);
  const body = container.querySelector("tbody") || container;
  const count = el("p", { class: "muted count" });
  const more = el("button", { type: "button", class: "more" });
  let shown = page.items.length;
  const update = () => {
    count.textContent = `${shown} of ${page.total} shown`;
    more.textContent = `Show ${Math.min(e.page || 50, page.total - shown)} more`;
    more.hidden = shown >= page.total;
    count.hidden = page.total <= (e.page || 50);
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const next = await getJson(`/api/entity?iri=${encodeURIComponent(e.iri)}&list=${name}&offset=${shown}`);
      body.append(...next.items.map((item) => render(e, item)));
      shown += next.items.length;
      page.total = next.total;
    } catch (err) {
      count.textContent = "Could not read more: " + err.message;
    }
    more.disabled = false;
    update();
  });
  update();
  box.replaceChildren(container, el("p", {}, count, " ", more));
}

function factRow(e, f) {
  const me = el("strong", {}, e.label || e.iri);
  const other = entityLink(f.other);
  const statement = f.direction === "out"
    ? [me, " ", el("span", { class: "relation" }, f.predicate), " ", other]
    : [other, " ", el("span", { class: "relation" }, f.predicate), " ", me];
  const evidence = f.evidence.map((ev) => el("div", { class: "evidence" },
    el("p", { class: "sentence" }, ev.sentence || ""),
    articleLine(ev.article)));
  return el("tr", { class: "fact" },
    el("td", {}, statement),
    el("td", {}, f.roles.join(", ")),
    el("td", { class: "confidence" }, f.confidence === null ? "" : f.confidence.toFixed(2)),
    el("td", {}, evidence));
}

function quoteBlock(e, q) {
  return el("blockquote", { class: "quote" },
    el("p", {}, "“" + q.text + "”"),
    q.evidence.map((ev) => articleLine(ev.article)));
}

function articleItem(e, a) {
  return el("li", {}, a.title || a.iri, a.date ? el("span", { class: "source" }, " · " + a.date) : null,
    a.source ? el("span", { class: "source" }, " · " + a.source) : null);
}

/** A radial picture: the entity in the middle, its neighbours (as the server chose them) around it. */
function drawNeighbourhood(e) {
  const box = $("neighbourhood");
  const shown = e.neighbours.items.map((n) => ({ other: n, relations: n.relations }));
  const W = 760, H = shown.length > 8 ? 480 : 320, cx = W / 2, cy = H / 2;
  const R = Math.min(W, H) / 2 - 60;
  const picture = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Neighbourhood of " + (e.label || e.iri) });
  const color = (c) => cssVar("--" + classOf(c)) || "#718096";
  shown.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    n.x = cx + R * Math.cos(angle) * 1.35;
    n.y = cy + R * Math.sin(angle);
    picture.append(svg("line", { class: "edge", x1: cx, y1: cy, x2: n.x, y2: n.y }));
    picture.append(svg("text", { class: "edge-label", x: (cx + n.x) / 2, y: (cy + n.y) / 2 - 3, "text-anchor": "middle" },
      n.relations.join(", ")));
  });
  for (const n of shown) {
    const link = svg("a", { href: entityHash(n.other.iri) });
    link.append(svg("title", {}, (n.other.label || n.other.iri) + " (" + (n.other.class || "entity") + ")"));
    link.append(svg("circle", { cx: n.x, cy: n.y, r: 9, fill: color(n.other.class) }));
    link.append(svg("text", { x: n.x, y: n.y + 22, "text-anchor": "middle" }, n.other.label || n.other.iri));
    picture.append(link);
  }
  picture.append(svg("circle", { cx, cy, r: 15, fill: color(e.class) }));
  picture.append(svg("text", { x: cx, y: cy + 30, "text-anchor": "middle", "font-weight": "bold" }, e.label || e.iri));
  box.replaceChildren(picture);
  const more = e.neighbours.total - shown.length;
  if (more > 0) box.append(el("p", { class: "muted" }, `${more} more neighbours are listed under Facts.`));
  if (!shown.length) box.replaceChildren(el("p", { class: "muted" }, "No neighbours: no relation names this entity."));
}

// ---------------------------------------------------------------- analysis

let influentialLoaded = false;

async function loadInfluential() {
  if (influentialLoaded) return;
  const box = $("influential");
  try {
    const classes = await getJson("/api/influential");
    box.replaceChildren(...classes.filter((c) => c.entities.length).map((c) =>
      el("div", { class: "influential-class" },
        el("h3", {}, badge(c.class), " ", c.label),
        el("ol", {}, c.entities.map((e) => el("li", {}, entityLink(e),
          el("span", { class: "source" }, ` · ${e.relations} relation${e.relations === 1 ? "" : "s"}`)))))));
    influentialLoaded = true;
  } catch (e) {
    box.replaceChildren(el("p", { class: "muted" }, "Could not rank the entities: " + e.message));
  }
}

async function loadCommunity(e) {
  const box = $("community");
  box.replaceChildren(el("p", { class: "muted" }, "…"));
  let c;
  try {
    c = await getJson("/api/community?iri=" + encodeURIComponent(e.iri));
  } catch (err) {
    box.replaceChildren(el("p", { class: "muted" }, "Could not find its community: " + err.message));
    return;
  }
  if (!c) { box.replaceChildren(el("p", { class: "muted" }, "None: no relation names this entity.")); return; }
  const others = c.members.filter((m) => m.iri !== e.iri);
  const more = c.size - 1 - others.length;
  box.replaceChildren(
    el("p", {}, `Community ${c.community}: `, el("strong", {}, c.name),
      ` (${c.size} entities, ${c.relations} relations inside).`),
    el("p", { class: "community-members" }, "With ", ...others.flatMap((m, i) => [i ? ", " : "", entityLink(m)]),
      more > 0 ? ` and ${more} more.` : "."),
    el("p", {}, el("a", { href: "#/connect/" + encodeURIComponent(e.iri) + "/" }, "Connect " + (e.label || e.iri) + " to another entity…")));
}

/** Shows an entity's label in a connect box, keeping its IRI for when the box is not changed. */
function fillBox(box, iri, label) {
  box.value = label;
  box.dataset.iri = iri;
  box.dataset.label = label;
}

/** The entity a box names: the one put there, else the best search hit (an IRI is taken as it is). */
async function resolveName(box) {
  const wanted = box.value.trim();
  if (box.dataset.iri && wanted === box.dataset.label) return box.dataset.iri;
  if (/^https?:\/\//.test(wanted)) return wanted;
  const hits = await getJson("/api/search?q=" + encodeURIComponent(wanted));
  if (!hits.length) throw new Error(`no entity is named “${wanted}”`);
  return hits[0].iri;
}

async function submitConnect(event) {
  event.preventDefault();
  const status = $("connect-status");
  status.className = "";
  try {
    const [from, to] = await Promise.all([resolveName($("connect-from")), resolveName($("connect-to"))]);
    location.hash = "#/connect/" + encodeURIComponent(from) + "/" + encodeURIComponent(to);
  } catch (e) {
    status.className = "error";
    status.textContent = e.message;
  }
}

async function connect(from, to) {
  const status = $("connect-status");
  const box = $("connect-paths");
  if (!from || !to) {
    box.replaceChildren();
    // From an entity's page: its name in the From box (found by its IRI), the To box to fill.
    if (from) {
      let hits = [];
      try { hits = await getJson("/api/search?iri=" + encodeURIComponent(from)); } catch { /* the IRI stays */ }
      fillBox($("connect-from"), from, hits.length ? hits[0].label : from);
      $("connect-to").focus();
    }
    return;
  }
  status.className = "";
  status.textContent = "searching…";
  let answer;
  try {
    answer = await getJson("/api/path?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to));
  } catch (e) {
    status.className = "error";
    status.textContent = e.message;
    box.replaceChildren();
    return;
  }
  fillBox($("connect-from"), answer.from.iri, answer.from.label);
  fillBox($("connect-to"), answer.to.iri, answer.to.label);
  if (answer.length === null) {
    status.textContent = `No path from ${answer.from.label} to ${answer.to.label} within ${answer.max_hops} hops.`;
    box.replaceChildren();
    return;
  }
  const hops = answer.length === 1 ? "1 hop" : `${answer.length} hops`;
  status.textContent = `${answer.found} shortest path${answer.found === 1 ? "" : "s"} of ${hops}` +
    (answer.paths.length < answer.found ? `, the ${answer.paths.length} best attested shown.` : ".");
  box.replaceChildren(...answer.paths.map((path, i) => el("div", { class: "path" },
    el("h3", {}, `Path ${i + 1}`), drawPath(path), hopList(path))));
}

/** One path as a row of entities joined by their relations. */
function drawPath(path) {
  const n = path.entities.length;
  const step = 190, W = Math.max(380, step * (n - 1) + 140), H = 120, y = 70;
  const picture = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": path.entities.map((e) => e.label).join(" – ") });
  const color = (c) => cssVar("--" + classOf(c)) || "#718096";
  const x = (i) => 70 + i * step;
  path.hops.forEach((hop, i) => {
    picture.append(svg("line", { class: "edge", x1: x(i), y1: y, x2: x(i + 1), y2: y }));
    const label = hop.relations.map((r) => r.direction === "forward" ? r.relation + " →"
      : r.direction === "backward" ? "← " + r.relation : r.relation).join(", ");
    picture.append(svg("text", { class: "edge-label", x: (x(i) + x(i + 1)) / 2, y: y - 10, "text-anchor": "middle" }, label));
  });
  path.entities.forEach((e, i) => {
    const link = svg("a", { href: entityHash(e.iri) });
    link.append(svg("title", {}, `${e.label} (${e.class})`));
    link.append(svg("circle", { cx: x(i), cy: y, r: 11, fill: color(e.class) }));
    link.append(svg("text", { x: x(i), y: y + 28, "text-anchor": "middle" }, e.label));
    picture.append(link);
  });
  return el("div", { class: "path-picture" }, picture);
}

/** Each hop with its relations, job titles and evidence. */
function hopList(path) {
  return el("ol", { class: "hops" }, path.hops.flatMap((hop) => hop.relations.map((r) => {
    const [left, right] = r.direction === "backward" ? [hop.to, hop.from] : [hop.from, hop.to];
    const titles = r.job_titles.length ? ` (${r.job_titles.join(", ")})` : "";
    const seen = r.articles > 1 ? ` · stated in ${r.articles} articles` : "";
    return el("li", { class: "hop" },
      entityLink(left), " ", el("span", { class: "relation" }, r.relation + titles), " ", entityLink(right),
      el("p", { class: "sentence" }, r.evidence.sentence),
      el("div", { class: "source" }, [r.evidence.title, r.evidence.date].filter(Boolean).join(" · ") + seen));
  })));
}

// ---------------------------------------------------------------- SPARQL

let examplesLoaded = false;

async function loadExamples() {
  $("endpoint").textContent = location.origin + "/query";
  if (examplesLoaded) return;
  try {
    const examples = await getJson("/api/examples");
    $("examples").replaceChildren(...examples.map((x) => {
      const button = el("button", { type: "button", title: x.name }, x.title);
      button.addEventListener("click", () => { $("sparql-text").value = x.text; runQuery(); });
      return button;
    }));
    examplesLoaded = true;
  } catch (e) {
    $("examples").replaceChildren(el("p", { class: "muted" }, "Could not load the example queries: " + e.message));
  }
}

function termCell(term) {
  if (!term) return el("td", {});
  if (term.type === "uri") {
    if (term.value.startsWith("https://newsgraph.org/id/")) return el("td", {}, el("a", { href: entityHash(term.value) }, term.value.slice(25)));
    return el("td", { class: "iri" }, term.value);
  }
  return el("td", {}, term.value);
}

async function runQuery() {
  const status = $("status");
  const results = $("results");
  status.className = "";
  status.textContent = "running…";
  const started = performance.now();
  let response;
  try {
    response = await fetch("/query", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json, text/turtle;q=0.9" },
      body: $("sparql-text").value,
    });
  } catch (e) {
    status.className = "error";
    status.textContent = "The server did not answer: " + e.message;
    return;
  }
  const ms = Math.round(performance.now() - started);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    status.className = "error";
    status.textContent = `${response.status}: ${(await response.text()).trim()}`;
    results.replaceChildren();
    return;
  }
  if (type.startsWith("text/turtle")) {
    const text = await response.text();
    status.textContent = `graph in Turtle, ${ms} ms`;
    results.replaceChildren(el("pre", {}, text));
    return;
  }
  const data = await response.json();
  if ("boolean" in data) {
    status.textContent = `${ms} ms`;
    results.replaceChildren(el("p", { class: "boolean" }, data.boolean ? "yes (true)" : "no (false)"));
    return;
  }
  const vars = data.head.vars;
  const rows = data.results.bindings;
  const SHOWN = 2000; // more rows than this make the page slow; the endpoint gives them all
  status.textContent = `${rows.length} row${rows.length === 1 ? "" : "s"}, ${ms} ms` +
    (rows.length > SHOWN ? ` (the first ${SHOWN} shown)` : "");
  results.replaceChildren(el("table", { id: "results-table" },
    el("thead", {}, el("tr", {}, vars.map((v) => el("th", {}, v)))),
    el("tbody", {}, rows.slice(0, SHOWN).map((row) => el("tr", {}, vars.map((v) => termCell(row[v])))))));
}

function setUpSparql() {
  $("run").addEventListener("click", runQuery);
  $("sparql-text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); runQuery(); }
  });
}

// ---------------------------------------------------------------- start

setUpSearch();
setUpSparql();
$("connect-form").addEventListener("submit", submitConnect);
window.addEventListener("hashchange", route);
route();
setTimeout(poll, POLL_MS);
