import cytoscape from "cytoscape";
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from "chart.js";
import "./style.css";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const $ = (selector) => document.querySelector(selector);
const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const QUAD_COLOURS = ["#4c9f70", "#2b6cb0", "#dd8a2e", "#c53030"];

// ---- API -------------------------------------------------------------------------------------------------------
function filterParams(extra = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData($("#filters"))) if (value) params.set(key, value);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== "") params.set(key, value);
  return params;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

function element(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  return node;
}

function showError(target, error) {
  target.replaceChildren(element("p", { class: "error" }, String(error.message ?? error)));
}

// ---- tabs ------------------------------------------------------------------------------------------------------
let currentView = "documents";
const loaders = {};

function show(view) {
  currentView = view;
  for (const button of document.querySelectorAll("#tabs button")) button.classList.toggle("active", button.dataset.view === view);
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  loaders[view]?.();
}

for (const button of document.querySelectorAll("#tabs button")) button.addEventListener("click", () => show(button.dataset.view));
$("#filters").addEventListener("submit", (e) => { e.preventDefault(); show(currentView); });
$("#clear-filters").addEventListener("click", () => { $("#filters").reset(); show(currentView); });

export function setFilters(values) {
  const form = $("#filters");
  for (const [key, value] of Object.entries(values)) form.elements[key].value = value ?? "";
}

// ---- document view ---------------------------------------------------------------------------------------------
const tooltip = $("#tooltip");

function describe(annotation) {
  const { layer, item } = annotation;
  if (layer === "mention") return `actor ${item.actor ?? "?"} · ${item.kind} · country ${item.country ?? "?"} · agent ${item.agent ?? "-"}${item.refers_to != null ? ` · refers to #${item.refers_to}` : ""} · rule ${item.rule}`;
  if (layer === "timex") return `${item.type} ${item.value} · rule ${item.rule}`;
  if (layer === "quote") return `${item.kind} quote · speaker ${item.speaker ? `${item.speaker.text} (${item.speaker.actor ?? item.speaker.country ?? "?"})` : "unknown"} · cue ${item.cue ?? "-"} · rule ${item.rule}`;
  if (layer === "event") return `event ${item.cameo} ${item.plover ?? ""} · ${item.source.actor ?? item.source.country} → ${item.target.actor ?? item.target.country} · Goldstein ${item.goldstein} · date ${item.date ?? "?"} (${item.date_source})${item.negated ? " · NEGATED" : ""}${item.hypothetical ? " · hypothetical" : ""} · rule ${item.evidence.pattern}`;
  return layer;
}

/** Renders a dyad.document.v1 object as text with every annotation highlighted; hovering shows why it was found. */
export function renderDocument(target, doc) {
  const text = doc.text ?? reconstruct(doc);
  const annotations = [];
  doc.mentions.forEach((item, i) => annotations.push({ layer: "mention", item, start: item.start, end: item.end, index: i }));
  doc.timex.forEach((item) => annotations.push({ layer: "timex", item, start: item.start, end: item.end }));
  doc.quotes.forEach((item, i) => annotations.push({ layer: "quote", item, start: item.start, end: item.end, index: i }));
  doc.events.forEach((item) => annotations.push({ layer: "event", item, start: item.evidence.verb.start, end: item.evidence.verb.end }));

  const cuts = new Set([0, text.length]);
  for (const a of annotations) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

  const header = element("header", { class: "doc-header" },
    element("h2", {}, doc.title ?? doc.id),
    element("p", { class: "meta" }, `published ${doc.publication_date ?? "unknown"} · ${doc.mentions.length} mentions · ${doc.timex.length} time expressions · ${doc.quotes.length} quotes · ${doc.events.length} events`));
  const body = element("div", { class: "doc-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = annotations.filter((a) => a.start <= start && a.end >= end && a.end > a.start);
    const piece = text.slice(start, end);
    if (covering.length === 0) { body.append(piece); continue; }
    const span = element("span", { class: [...new Set(covering.map((a) => `ann-${a.layer}`))].join(" ") }, piece);
    span.dataset.start = start;
    span.addEventListener("mouseenter", (e) => {
      tooltip.replaceChildren(...covering.map((a) => element("div", { class: `tip-${a.layer}` }, describe(a))));
      tooltip.hidden = false;
      // Kept inside the window: tooltips near the right edge open to the left.
      tooltip.style.left = `${Math.max(window.scrollX + 4, Math.min(e.pageX + 12, window.scrollX + document.documentElement.clientWidth - tooltip.offsetWidth - 8))}px`;
      tooltip.style.top = `${e.pageY + 12}px`;
      for (const a of covering.filter((c) => c.layer === "quote" && c.item.speaker)) highlightRange(body, a.item.speaker.start, a.item.speaker.end, true);
    });
    span.addEventListener("mouseleave", () => {
      tooltip.hidden = true;
      for (const node of body.querySelectorAll(".speaker-of-hovered")) node.classList.remove("speaker-of-hovered");
    });
    body.append(span);
  }
  const legend = element("p", { class: "legend" },
    element("span", { class: "ann-mention" }, "actor"), " ",
    element("span", { class: "ann-timex" }, "time"), " ",
    element("span", { class: "ann-quote" }, "quote"), " ",
    element("span", { class: "ann-event" }, "event verb"));
  const eventList = element("ol", { class: "doc-events" }, ...doc.events.map((ev) =>
    element("li", { class: ev.negated ? "negated" : "" }, `${ev.cameo} ${ev.plover ?? ""}: ${ev.source.text} (${ev.source.actor ?? "?"}) → ${ev.target.text} (${ev.target.actor ?? "?"}), ${ev.date ?? "?"}${ev.negated ? " [negated]" : ""}`)));
  target.replaceChildren(header, legend, body, element("h3", {}, "Events"), eventList);
}

function highlightRange(body, start, end, on) {
  for (const node of body.querySelectorAll("span[data-start]")) {
    const s = Number(node.dataset.start);
    if (s >= start && s < end) node.classList.toggle("speaker-of-hovered", on);
  }
}

/** The body text, rebuilt from sentence texts when the server did not send it. */
function reconstruct(doc) {
  let text = "";
  for (const s of doc.sentences) { text = text.padEnd(s.start, " ") + s.text; }
  return text;
}

function documentItem(d) {
  const button = element("button", { class: "doc-link" },
    element("span", { class: "doc-date" }, d.publication_date ?? "undated"), " ",
    element("span", { class: "doc-title" }, d.title ?? d.id),
    element("span", { class: "doc-counts" }, ` ${d.events} events · ${d.quotes} quotes`));
  button.dataset.id = d.id;
  button.addEventListener("click", () => openDocument(d.id));
  return element("li", {}, button);
}

/** Appends a list's next pages on demand: the API pages by cursor. */
function moreButton(container, url, page, render) {
  container.querySelector(".more")?.remove();
  if (!page.next_cursor) return;
  const button = element("button", { class: "more", type: "button" }, "More");
  button.addEventListener("click", async () => {
    const next = await getJson(`${url}&cursor=${encodeURIComponent(page.next_cursor)}`);
    render(next.items);
    moreButton(container, url, next, render);
  });
  container.append(button);
}

loaders.documents = async () => {
  const list = $("#document-list");
  try {
    const url = `/api/documents?${filterParams({ limit: 100 })}`;
    const page = await getJson(url);
    list.replaceChildren(...page.items.map(documentItem));
    const actor = $("#filters").elements.actor.value;
    $("#document-summary").textContent = `${page.items.length}${page.next_cursor ? "+" : ""} documents${actor ? ` mentioning ${actor.toUpperCase()}` : ""}, newest first`;
    moreButton(list.parentElement, url, page, (items) => list.append(...items.map(documentItem)));
  } catch (error) { showError(list, error); }
};

async function openDocument(id) {
  const view = $("#document-view");
  try { renderDocument(view, await getJson(`/api/documents/${encodeURIComponent(id)}`)); } catch (error) { showError(view, error); }
}

// ---- events table ----------------------------------------------------------------------------------------------
const EVENT_COLUMNS = ["date", "source", "target", "cameo", "goldstein", "quad", "source_text", "verb", "target_text", "doc_id"];

function eventRow(row) {
  const tr = element("tr", {}, ...EVENT_COLUMNS.map((c) => element("td", {}, row[c] ?? "")));
  tr.addEventListener("click", () => { show("documents"); openDocument(row.doc_id); });
  return tr;
}

loaders.events = async () => {
  const table = $("#events-table");
  try {
    const url = `/api/events?${filterParams({ limit: 200 })}`;
    const page = await getJson(url);
    table.tHead.replaceChildren(element("tr", {}, ...EVENT_COLUMNS.map((c) => element("th", {}, c.replace("_", " ")))));
    table.tBodies[0].replaceChildren(...page.items.map(eventRow));
    $("#events-summary").textContent = `${page.items.length}${page.next_cursor ? "+" : ""} events${describeFilters()}`;
    moreButton($("#view-events"), url, page, (items) => table.tBodies[0].append(...items.map(eventRow)));
  } catch (error) { showError(table.tBodies[0], error); }
};

/** The active filters in words, for the views' summaries. */
function describeFilters() {
  const parts = [];
  for (const [key, value] of new FormData($("#filters"))) if (value) parts.push(`${key} ${String(value).toUpperCase()}`);
  return parts.length ? ` for ${parts.join(", ")}` : "";
}

// ---- timeline --------------------------------------------------------------------------------------------------
let timelineChart;
loaders.timeline = async () => {
  try {
    const page = await getJson(`/api/dyads?${filterParams({ period: $("#timeline-period").value })}`);
    const periods = [...new Set(page.items.map((r) => r.period))].sort();
    const datasets = QUADS.map((label, q) => ({
      label,
      backgroundColor: QUAD_COLOURS[q],
      data: periods.map((p) => page.items.filter((r) => r.period === p).reduce((sum, r) => sum + Number(r[`quad${q + 1}`] ?? 0), 0)),
    }));
    const total = datasets.reduce((sum, d) => sum + d.data.reduce((a, b) => a + b, 0), 0);
    $("#timeline-summary").textContent = `${total} events in ${periods.length} ${$("#timeline-period").value}s by quad class${describeFilters()}`;
    timelineChart?.destroy();
    timelineChart = new Chart($("#timeline-chart"), {
      type: "bar",
      data: { labels: periods, datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    });
  } catch (error) { showError($("#view-timeline"), error); }
};
$("#timeline-period").addEventListener("change", () => loaders.timeline());

// ---- network ---------------------------------------------------------------------------------------------------
function goldsteinColour(value) {
  const v = Math.max(-10, Math.min(10, Number(value) || 0));
  const red = v < 0 ? 200 : Math.round(200 - v * 15);
  const green = v > 0 ? 170 : Math.round(170 + v * 12);
  return `rgb(${red}, ${green}, 70)`;
}

// Cytoscape injects a <style> element (position: relative on its container) unless one with this id exists; the
// content security policy forbids inline styles, so style.css sets the position and a placeholder marks it as done.
if (!document.getElementById("__________cytoscape_stylesheet")) {
  document.head.append(element("meta", { id: "__________cytoscape_stylesheet", name: "cytoscape-style", content: "in style.css" }));
}

let network;
loaders.network = async () => {
  try {
    const page = await getJson(`/api/dyads?${filterParams({ period: "all" })}`);
    const nodes = new Set();
    const edges = page.items.filter((r) => r.source && r.target && r.source !== r.target).map((r, i) => {
      nodes.add(r.source); nodes.add(r.target);
      return { data: { id: `e${i}`, source: r.source, target: r.target, count: Number(r.events), goldstein: Number(r.mean_goldstein), label: `${r.events}` } };
    });
    const max = Math.max(1, ...edges.map((e) => e.data.count));
    network?.destroy();
    network = cytoscape({
      container: $("#network"),
      elements: [...[...nodes].map((id) => ({ data: { id, label: id } })), ...edges],
      layout: { name: "cose", animate: false },
      style: [
        { selector: "node", style: { label: "data(label)", "background-color": "#4a5568", color: "#1a202c", "font-size": 11 } },
        { selector: "edge", style: { width: (e) => 1 + 9 * (e.data("count") / max), "line-color": (e) => goldsteinColour(e.data("goldstein")), "target-arrow-color": (e) => goldsteinColour(e.data("goldstein")), "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 9 } },
      ],
    });
    $("#network-summary").textContent = `${nodes.size} actors, ${edges.length} dyads${describeFilters()}`;
    // Tests find a node's position on the canvas through this handle.
    $("#network").cy = network;
    network.on("tap", "edge", (e) => { setFilters({ source: e.target.data("source"), target: e.target.data("target"), actor: "" }); show("events"); });
    network.on("tap", "node", (e) => { setFilters({ actor: e.target.id(), source: "", target: "" }); show("events"); });
  } catch (error) { showError($("#network"), error); }
};

// ---- quotes ----------------------------------------------------------------------------------------------------
loaders.quotes = async () => {
  const list = $("#quotes-list");
  try {
    const page = await getJson(`/api/quotes?${filterParams({ speaker: $("#quote-speaker").value, limit: 500 })}`);
    const bySpeaker = new Map();
    for (const q of page.items) {
      const key = q.speaker ?? q.speaker_text ?? "unknown speaker";
      if (!bySpeaker.has(key)) bySpeaker.set(key, []);
      bySpeaker.get(key).push(q);
    }
    $("#quotes-summary").textContent = `${page.items.length} quotes by ${bySpeaker.size} speakers`;
    list.replaceChildren(...[...bySpeaker].map(([speaker, quotes]) => element("section", { class: "speaker" },
      element("h3", {}, `${speaker} (${quotes.length} ${quotes.length === 1 ? "quote" : "quotes"})`),
      element("ul", {}, ...quotes.map((q) => element("li", {}, element("q", {}, q.text), ` — ${q.speaker_text ?? "?"}, ${q.kind}`))))));
  } catch (error) { showError(list, error); }
};
$("#quote-speaker").addEventListener("change", () => loaders.quotes());

// ---- code a pasted text ----------------------------------------------------------------------------------------
$("#code-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const view = $("#code-view");
  try {
    const response = await fetch("/api/code", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ text: form.get("text"), date: form.get("date") || null }),
    });
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    renderDocument(view, await response.json());
  } catch (error) { showError(view, error); }
});

show("documents");
