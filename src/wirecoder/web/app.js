/* wirecoder reader: a single page over the /v1 API of the server it came from.
 *
 * Views (hash routes): #/ stories, #/story/ID, #/doc/KEY?event=EVENT_ID, #/events?filters.
 * Every string from the store goes into the page as text (textContent), never as markup.
 * The page talks to this server only; the libraries and the world outline ship with it.
 */
"use strict";

const wc = (window.wc = { view: null });
const PLOVER = [
  ["AGREE", 1], ["CONSULT", 1], ["SUPPORT", 1], ["CONCEDE", 1], ["COOPERATE", 2], ["AID", 2], ["RETREAT", 2],
  ["REQUEST", 3], ["ACCUSE", 3], ["REJECT", 3], ["THREATEN", 3], ["PROTEST", 4], ["SANCTION", 4], ["MOBILIZE", 4],
  ["COERCE", 4], ["ASSAULT", 4],
];
// One hue per quad class (green, blue, orange, red), shades within it.
const QUAD_SHADES = { 1: ["#1b7a3a", "#4caf6a", "#86cf98", "#b9e5c3"], 2: ["#1d5fa0", "#5b93cf", "#9cc0e8"],
  3: ["#b35c00", "#e08a2e", "#f2b36b", "#f8d5a8"], 4: ["#8a1c1c", "#c0392b", "#e06b5f", "#ef9d94", "#f6c7c1"] };
const COLOR = {};
for (const quad of [1, 2, 3, 4]) PLOVER.filter(([, q]) => q === quad).forEach(([t], i) => (COLOR[t] = QUAD_SHADES[quad][i]));
const FILTERS = ["actor", "recipient", "event", "quad", "since", "until", "country", "text"];

// --- small helpers ---------------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = body.error || { code: `http-${response.status}`, message: response.statusText };
    throw new Error(`${error.code}: ${error.message}`);
  }
  return body;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || "") };
}

const codes = (list) => (list && list.length ? list.join("+") : "—");
const docLink = (key, eventId) => `#/doc/${encodeURIComponent(key)}` + (eventId ? `?event=${encodeURIComponent(eventId)}` : "");
const actorLabel = (a) => `${a.entity_text || "(implied)"} → ${a.code || "?"}${a.sector && a.sector.length ? "/" + a.sector.join(",") : ""}`;

const LIGHT = new Set(Object.values(QUAD_SHADES).flatMap((shades) => shades.slice(2)));

function eventBadge(type) {
  const color = COLOR[type] || "#ccc";
  return el("span", { class: "badge ev", style: `background:${color};color:${LIGHT.has(color) ? "#1d232b" : "#fff"}` }, type);
}

function setView(name) {
  wc.view = name;
  const app = document.getElementById("app");
  app.dataset.view = name;
  delete app.dataset.ready;
  for (const link of document.querySelectorAll("[data-nav]")) link.classList.toggle("active", link.dataset.nav === name);
  for (const key of ["chart", "cy", "map"]) {
    if (wc[key]) { try { wc[key].destroy ? wc[key].destroy() : wc[key].remove(); } catch (e) { /* already gone */ } }
    wc[key] = null;
  }
  app.replaceChildren();
  return app;
}

function ready(app) {
  app.dataset.ready = wc.view;
}

// --- front page: stories -----------------------------------------------------------------------------------------

async function frontView(params) {
  const app = setView("front");
  const offset = Number(params.get("offset") || 0);
  const page = await api(`/v1/stories?limit=20&offset=${offset}`);
  app.append(el("h1", {}, "Recent stories"),
    el("p", { class: "muted" }, "Newest first. A story groups the copies and rewrites of one article; events are counted once per story."));
  if (!page.stories.length) app.append(el("p", { class: "muted" }, "The store has no stories yet: ingest some articles."));
  for (const story of page.stories) app.append(storyCard(story));
  app.append(pager(offset, page, (o) => `#/?offset=${o}`));
  ready(app);
}

function storyCard(story) {
  const first = story.first_document || {};
  const warnings = story.date_warnings.map((w) => el("span", { class: "badge warn", title: w.message }, w.code));
  return el("div", { class: "card story" },
    el("h3", {}, el("a", { href: `#/story/${encodeURIComponent(story.story_id)}` }, story.title || first.id || story.story_id)),
    el("div", { class: "meta" },
      `claimed date ${first.date || "unknown"} (from ${first.date_source || "none"}) · first seen ${story.first_seen || "unknown"} · `,
      `${story.n_documents} ${story.n_documents === 1 ? "copy" : "copies"}`,
      story.n_recycled ? [" ", el("span", { class: "badge bad" }, `${story.n_recycled} recycled`)] : null,
      ` · ${story.n_events} events `, ...warnings),
    el("ul", { class: "top-events" }, story.top_events.map((e) =>
      el("li", {}, eventBadge(e.event), ` ${codes(e.actor)} → ${codes(e.recipient)} `,
        el("span", { class: "muted" }, `${e.date || ""}${e.count > 1 ? ` · ${e.count} copies` : ""}`)))));
}

function pager(offset, page, href) {
  const box = el("div", { class: "pager" });
  if (offset > 0) box.append(el("a", { href: href(Math.max(0, offset - page.limit)) }, "← newer"));
  if (page.next !== null && page.next !== undefined) box.append(el("a", { href: href(page.next), class: "next" }, "older →"));
  return box;
}

// --- story view ----------------------------------------------------------------------------------------------------

async function storyView(id) {
  const app = setView("story");
  const story = await api(`/v1/stories/${encodeURIComponent(id)}`);
  app.append(el("h1", {}, story.title || story.story_id),
    el("p", { class: "meta" }, `first seen ${story.first_seen || "unknown"} · last seen ${story.last_seen || "unknown"} · ${story.n_documents} copies · ${story.n_events} events (once per story)`));
  app.append(el("h2", {}, "Copies"));
  const rows = story.documents.map((d) => el("tr", { class: "copy" },
    el("td", {}, el("a", { href: docLink(d.doc_key) }, d.id)),
    el("td", {}, d.title || ""),
    el("td", {}, `${d.date || "unknown"} `, el("span", { class: "muted" }, `(${d.date_source})`)),
    el("td", {}, d.duplicate_of ? `copy of ${d.duplicate_of}` : (d.date && d.date.slice(0, 10) === story.first_seen ? "first seen" : "")),
    el("td", {}, d.recycled ? el("span", { class: "badge bad flag-recycled" }, "recycled") : null,
      d.misdated ? el("span", { class: "badge warn flag-misdated" }, "misdated") : null,
      d.warnings.map((w) => el("div", { class: "muted" }, `${w.code}: ${w.message}`))),
    el("td", {}, String(d.n_events))));
  app.append(el("table", { class: "copies" },
    el("thead", {}, el("tr", {}, ["document", "title", "printed date", "", "flags", "events"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows)));
  app.append(el("h2", {}, "Events"), el("ul", {}, story.top_events.map((e) =>
    el("li", {}, eventBadge(e.event), ` ${codes(e.actor)} → ${codes(e.recipient)} ${e.date || ""} `,
      el("span", { class: "muted" }, `${e.count} ${e.count === 1 ? "copy" : "copies"}`)))));
  ready(app);
}

// --- article view --------------------------------------------------------------------------------------------------

const PRIORITY = { quote: 1, actor: 2, place: 3, date: 4, trigger: 5 };

function articleSpans(doc) {
  const spans = new Map();
  const add = (start, end, kind, line) => {
    if (!(end > start) || start < 0 || end > doc.text.length) return;
    const key = `${start}:${end}:${kind}`;
    if (!spans.has(key)) spans.set(key, { start, end, kind, lines: [] });
    const span = spans.get(key);
    if (!span.lines.includes(line)) span.lines.push(line);
  };
  for (const e of doc.events) {
    add(e.trigger_start, e.trigger_end, "trigger",
      `${e.event}${e.mode ? "/" + e.mode : ""} · quad ${e.quad_code} · CAMEO ${e.cameo || "?"} · ${codes(e.actor.map((a) => a.code))} → ${codes(e.recipient.map((a) => a.code))} · ${e.date || "no date"}`);
    for (const role of ["actor", "recipient"]) {
      for (const a of e[role]) add(a.start, a.end, "actor", `${role} of ${e.event}: ${a.name || a.entity_text} → ${a.code || "?"}${a.sector.length ? "/" + a.sector.join(",") : ""}`);
    }
  }
  for (const q of doc.quotes) {
    const who = q.speaker ? `${q.speaker.name || q.speaker.entity_text} [${q.speaker.code || "?"}]` : "unknown speaker";
    add(q.start, q.end, "quote", `${q.direct ? "direct" : "reported"} quote · speaker ${who}${q.cue ? " · cue “" + q.cue + "”" : ""}`);
    if (q.speaker) add(q.speaker.start, q.speaker.end, "actor", `speaker: ${q.speaker.name || q.speaker.entity_text} → ${q.speaker.code || "?"}`);
  }
  for (const d of doc.dates) add(d.start, d.end, "date", `date ${d.value || "?"} (${d.precision || "?"})`);
  for (const p of doc.places) add(p.start, p.end, "place", `place ${p.name || p.text}, ${p.country || "?"}${p.lat !== null ? ` (${p.lat}, ${p.lon})` : ""}${p.feature ? " " + p.feature : ""}`);
  return [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
}

function nest(spans, length) {
  const root = { start: 0, end: length, children: [] };
  const insert = (node, span) => {
    for (const child of node.children) {
      if (child.start <= span.start && span.end <= child.end) return insert(child, span);
      if (span.start < child.end && child.start < span.end) return false; // crossing spans: keep the first
    }
    node.children.push({ ...span, children: [] });
    return true;
  };
  for (const span of spans) insert(root, span);
  return root;
}

function renderText(text, node, sentence, parent) {
  const plain = (from, to) => {
    if (to <= from) return;
    // The selected event's sentence is marked inside whatever spans cross it.
    const a = sentence ? Math.max(from, sentence[0]) : to, b = sentence ? Math.min(to, sentence[1]) : to;
    if (a >= b) { parent.append(text.slice(from, to)); return; }
    if (a > from) parent.append(text.slice(from, a));
    parent.append(el("mark", { class: "hl hl-sentence" }, text.slice(a, b)));
    if (b < to) parent.append(text.slice(b, to));
  };
  let position = node.start;
  for (const child of node.children) {
    plain(position, child.start);
    const mark = el("mark", { class: `hl hl-${child.kind}`, title: child.lines.join("\n"), tabindex: 0, "data-kind": child.kind });
    mark.addEventListener("click", (event) => { event.stopPropagation(); showSelection(child); });
    mark.addEventListener("focus", () => showSelection(child));
    renderText(text, child, sentence, mark);
    parent.append(mark);
    position = child.end;
  }
  plain(position, node.end);
}

function showSelection(span) {
  const box = document.getElementById("selection");
  if (!box) return;
  box.replaceChildren(el("strong", {}, span.kind), ...span.lines.map((line) => el("div", { class: "line" }, line)));
}

async function docView(key, params) {
  const app = setView("article");
  const doc = await api(`/v1/documents/${encodeURIComponent(key)}`);
  const selected = doc.events.find((e) => e.id === params.get("event"));
  const store = doc.store || {};
  app.append(el("h1", {}, doc.title || doc.id),
    el("p", { class: "meta" }, `claimed date ${doc.date || "unknown"} (from ${doc.date_source}) · id ${doc.id}`,
      doc.url ? [" · ", el("span", {}, doc.url)] : null,
      store.story_id ? [" · ", el("a", { href: `#/story/${encodeURIComponent(store.story_id)}` }, "its story")] : null,
      store.duplicate_of ? ` · copy of ${store.duplicate_of}` : null),
    el("div", {}, [...doc.warnings, ...(store.store_warnings || [])].map((w) =>
      el("span", { class: `badge ${w.code === "recycled" ? "bad" : "warn"}`, title: w.message }, `${w.code}: ${w.message}`))));
  const body = el("div", { class: "article", id: "article-text" });
  renderText(doc.text, nest(articleSpans(doc), doc.text.length), selected ? [selected.start, selected.end] : null, body);
  const legend = el("div", { class: "legend" }, "Highlighted: ",
    ["trigger", "actor", "quote", "date", "place"].map((k) => el("span", {}, el("mark", { class: `hl hl-${k}` }, k))),
    selected ? el("span", {}, el("mark", { class: "hl hl-sentence" }, "selected event's sentence")) : null,
    el("span", { class: "muted" }, "Hover or select a highlight for its codes."));
  const removed = el("div", { class: "removed" }, el("strong", {}, "Removed from the page (not coded)"),
    doc.removed.length ? el("ul", {}, doc.removed.map((r) => el("li", {}, el("span", { class: "kind" }, r.kind), r.text)))
      : el("p", { class: "muted" }, "nothing"));
  app.append(el("div", { class: "grid" }, el("div", {}, legend, body),
    el("div", {}, el("div", { id: "selection" }, el("span", { class: "muted" }, "Select a highlight to see its codes.")),
      el("h2", {}, "Page chrome"), removed)));
  app.append(el("h2", {}, `Events (${doc.events.length})`), eventsTable(doc, selected));
  if (selected) {
    const first = body.querySelector(".hl-sentence");
    if (first) first.scrollIntoView({ block: "center" });
  }
  ready(app);
}

function eventsTable(doc, selected) {
  const rows = doc.events.map((e) => el("tr", { class: e === selected ? "selected" : null, "data-event": e.id },
    el("td", {}, el("a", { href: docLink(doc.store ? doc.store.doc_key : doc.id, e.id) }, e.id.split("-").pop())),
    el("td", {}, eventBadge(e.event), e.mode ? ` ${e.mode}` : "", el("div", { class: "muted" }, `quad ${e.quad_code} · CAMEO ${e.cameo || "?"}`)),
    el("td", {}, e.actor.map((a) => el("div", {}, actorLabel(a)))),
    el("td", {}, e.recipient.map((a) => el("div", {}, actorLabel(a)))),
    el("td", {}, `${e.date || ""}`, el("div", { class: "muted" }, `${e.date_precision || ""} ${e.date_text ? "“" + e.date_text + "”" : ""}`)),
    el("td", {}, e.event_loc ? `${e.event_loc.name || ""} ${e.event_loc.country || ""}` : ""),
    el("td", {}, e.aux_mode.join(", ")),
    el("td", { class: "sentence" }, e.sentence)));
  return el("table", { class: "article-events" },
    el("thead", {}, el("tr", {}, ["#", "event", "actor", "recipient", "date", "place", "modes", "sentence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
}

// --- events view ---------------------------------------------------------------------------------------------------

function filterQuery(params) {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name));
  return query;
}

function filterForm(params) {
  const input = (name, label, type = "text", size) =>
    el("label", {}, label, el("input", { name, type, value: params.get(name) || "", size, placeholder: type === "text" ? "any" : null }));
  const select = (name, label, options) => el("label", {}, label,
    el("select", { name }, el("option", { value: "" }, "any"),
      options.map(([value, text]) => el("option", { value, selected: params.get(name) === String(value) }, text))));
  const form = el("form", { class: "filters", id: "filters" },
    input("actor", "actor code", "text", 6), input("recipient", "recipient code", "text", 6),
    select("event", "event type", PLOVER.map(([t]) => [t, t])),
    select("quad", "quad", [[1, "1 verbal coop."], [2, "2 material coop."], [3, "3 verbal conflict"], [4, "4 material conflict"]]),
    input("since", "since", "date"), input("until", "until", "date"), input("country", "country", "text", 6),
    input("text", "words", "text", 14), el("button", { class: "primary", type: "submit" }, "Filter"),
    el("a", { href: "#/events" }, "clear"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (String(value).trim()) query.set(name, String(value).trim());
    location.hash = `#/events?${query}`;
  });
  return form;
}

async function eventsView(params) {
  const app = setView("events");
  const offset = Number(params.get("offset") || 0);
  const query = filterQuery(params);
  app.append(el("h1", {}, "Events"), filterForm(params));
  const [page, stats] = await Promise.all([api(`/v1/events?${query}&limit=50&offset=${offset}`), api(`/v1/stats?${query}`)]);
  app.append(el("p", { class: "meta", id: "total" }, `${stats.total} events, counted once per story`));
  const panels = el("div", { class: "panels" },
    el("div", { class: "panel", id: "timeline-box" }, el("h2", {}, "Timeline: events per day by type (once per story)"),
      el("div", { style: "position:relative;height:185px" }, el("canvas", { id: "timeline" }))),
    el("div", { class: "panel" }, el("h2", {}, "Who against whom: actors and their events"), el("div", { id: "network" })),
    el("div", { class: "panel" }, el("h2", {}, "Where: event locations"), el("div", { id: "map" })));
  app.append(panels);
  timeline(stats);
  network(stats);
  await map(stats);
  app.append(el("h2", {}, "Rows"), eventRows(page), pager(offset, page, (o) => `#/events?${query}${query.toString() ? "&" : ""}offset=${o}`));
  ready(app);
}

function eventRows(page) {
  const rows = page.events.map((e) => el("tr", { class: "event-row" },
    el("td", {}, e.date || ""), el("td", {}, eventBadge(e.event), e.mode ? ` ${e.mode}` : ""),
    el("td", { title: (e.actor_names || []).join("; ") }, codes(e.actor)),
    el("td", { title: (e.recipient_names || []).join("; ") }, codes(e.recipient)),
    el("td", {}, String(e.count)), el("td", {}, e.loc_name || ""),
    el("td", { class: "sentence" }, el("a", { class: "row-link", href: docLink(e.doc_key, e.event_id) }, e.sentence || "(read)")),
    el("td", { class: "muted" }, e.documents.join(", "))));
  return el("table", { class: "events", id: "event-rows" },
    el("thead", {}, el("tr", {}, ["date", "event", "actor", "recipient", "copies", "place", "sentence (opens the article)", "documents"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 8, class: "muted" }, "No events match."))));
}

function timeline(stats) {
  // Many days: count by month instead, so bars stay readable.
  const days = [...new Set(stats.by_day.map((r) => r.day))].sort();
  const byMonth = days.length > 120;
  const bucket = (day) => (byMonth ? day.slice(0, 7) : day);
  const labels = [...new Set(days.map(bucket))];
  const index = new Map(labels.map((l, i) => [l, i]));
  const types = PLOVER.map(([t]) => t).filter((t) => stats.by_day.some((r) => r.event === t));
  const datasets = types.map((t) => ({ label: t, backgroundColor: COLOR[t], data: new Array(labels.length).fill(0) }));
  for (const row of stats.by_day) datasets[types.indexOf(row.event)].data[index.get(bucket(row.day))] += row.count;
  wc.chart = new Chart(document.getElementById("timeline"), {
    type: "bar", data: { labels, datasets },
    options: { animation: false, maintainAspectRatio: false, responsive: true,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "right", labels: { boxWidth: 10, font: { size: 11 } } } } },
  });
}

function network(stats) {
  const weight = new Map();
  for (const d of stats.by_dyad) {
    for (const code of [d.actor, d.recipient]) weight.set(code, (weight.get(code) || 0) + d.count);
  }
  const elements = [...weight.entries()].map(([id, w]) => ({ data: { id, label: id, weight: w } }));
  stats.by_dyad.forEach((d, i) => elements.push({ data: { id: `e${i}`, source: d.actor, target: d.recipient, weight: d.count } }));
  const max = Math.max(1, ...stats.by_dyad.map((d) => d.count));
  wc.cy = cytoscape({
    container: document.getElementById("network"), elements,
    layout: { name: elements.length > 2 ? "cose" : "grid", animate: false, randomize: false, nodeRepulsion: 8000 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#1f3b57", color: "#1d232b",
        width: (n) => 14 + 18 * Math.sqrt(n.data("weight") / max), height: (n) => 14 + 18 * Math.sqrt(n.data("weight") / max) } },
      { selector: "edge", style: { width: (e) => 1 + 5 * (e.data("weight") / max), "curve-style": "bezier",
        "target-arrow-shape": "triangle", "line-color": "#9aa7b4", "target-arrow-color": "#9aa7b4", label: "data(weight)",
        "font-size": 9, color: "#66707c" } },
    ],
  });
  wc.cy.on("tap", "node", (event) => { location.hash = `#/events?actor=${encodeURIComponent(event.target.id())}`; });
}

async function map(stats) {
  const world = await (await fetch("/static/vendor/world-atlas/countries-110m.json")).json();
  wc.map = L.map("map", { worldCopyJump: false, minZoom: 1, maxZoom: 8, attributionControl: true, zoomSnap: 0.25 });
  wc.map.attributionControl.setPrefix(false);
  wc.map.setView([20, 0], 1); // a view first: layers cannot be drawn on a map without one
  L.geoJSON(unwrapped(topojson.feature(world, world.objects.countries)), {
    style: { color: "#8aa0b4", weight: 0.6, fillColor: "#f4f1e8", fillOpacity: 1 }, interactive: false,
    attribution: "outline: Natural Earth",
  }).addTo(wc.map);
  const max = Math.max(1, ...stats.by_place.map((p) => p.count));
  const markers = stats.by_place.map((p) => L.circleMarker([p.lat, p.lon], {
    radius: 4 + 10 * Math.sqrt(p.count / max), color: "#8a1c1c", weight: 1, fillColor: "#c0392b", fillOpacity: 0.6,
    className: "event-place",
  }).bindTooltip(`${p.name || "?"} (${p.country || "?"}): ${p.count} events`).addTo(wc.map));
  wc.markers = markers.length;
  // No animation: a zoom animation still running when the reader leaves the
  // page (the map removed) threw "_leaflet_pos" errors from its last frame.
  if (markers.length) wc.map.fitBounds(L.featureGroup(markers).getBounds().pad(0.6), { maxZoom: 5, animate: false });
}

// Rings that cross the 180° meridian (Russia, Fiji) would be drawn as lines
// across the whole map: move their western points east of 180°. Antarctica,
// which wraps the whole pole, is left out (no events happen there).
function unwrapped(collection) {
  const fix = (ring) => {
    if (!(ring.some(([lon]) => lon > 150) && ring.some(([lon]) => lon < -150))) return ring;
    return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
  };
  const features = collection.features.filter((f) => f.id !== "010").map((f) => {
    const g = f.geometry;
    if (!g) return f;
    const coordinates = g.type === "Polygon" ? g.coordinates.map(fix) : g.coordinates.map((polygon) => polygon.map(fix));
    return { ...f, geometry: { ...g, coordinates } };
  });
  return { ...collection, features };
}

// --- router --------------------------------------------------------------------------------------------------------

async function route() {
  const { parts, params } = parseHash();
  try {
    if (parts[0] === "events") await eventsView(params);
    else if (parts[0] === "story" && parts[1]) await storyView(parts[1]);
    else if (parts[0] === "doc" && parts[1]) await docView(parts.slice(1).join("/"), params);
    else await frontView(params);
  } catch (error) {
    const app = document.getElementById("app");
    app.append(el("p", { class: "error" }, String(error.message || error)));
    console.error(error);
    app.dataset.ready = "error";
  }
}

window.addEventListener("hashchange", route);
route();
