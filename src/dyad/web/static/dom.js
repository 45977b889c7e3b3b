// DOM helpers. Text from the database only ever becomes text nodes: `el` takes
// children as strings (made text nodes) or nodes, never HTML.

/**
 * Make an element. `attrs` keys: `class`, `text`, `on` ({event: handler}), `dataset`,
 * any other key is set with setAttribute (skipped when null/undefined/false).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "on") for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Remove every child of `node`. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A link to an outside address, only for http(s) addresses (never `javascript:`). */
export function externalLink(url, label) {
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
  return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, label ?? url);
}

/** A short message in place of a view that failed to load. */
export function errorBox(error) {
  return el("p", { class: "error", role: "alert" }, `Could not load: ${error.message}`);
}

/**
 * `text[from:to]` as nodes, with `spans` ({start, end, tag, class, title, data}) wrapped in
 * elements. Spans nest: one that lies inside another becomes its child; one that crosses
 * another's end is cut at that end. Offsets are UTF-16 code units, like JavaScript strings.
 */
export function highlighted(text, spans, from = 0, to = text.length) {
  const inside = spans
    .filter((s) => s.end > from && s.start < to && s.end > s.start)
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let at = from;
  let i = 0;
  while (i < inside.length) {
    const span = inside[i];
    if (span.start < at) {
      i += 1; // overlaps a span already drawn at this level: drawn inside it or dropped
      continue;
    }
    if (span.start > at) nodes.push(document.createTextNode(text.slice(at, span.start)));
    const children = inside.slice(i + 1).filter((s) => s.start < span.end);
    const node = el(span.tag ?? "span", {
      class: span.class,
      title: span.title,
      dataset: span.data,
    });
    node.append(...highlighted(text, children, span.start, span.end));
    nodes.push(node);
    at = span.end;
    i += 1;
  }
  if (at < to) nodes.push(document.createTextNode(text.slice(at, to)));
  return nodes;
}

/**
 * The server counts offsets in code points (Python), JavaScript strings in UTF-16 code
 * units: they differ after any character outside the Basic Multilingual Plane (emoji,
 * some CJK). Returns a function from a code point offset to a string index.
 */
export function codeUnitIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const index = [0];
  for (const ch of text) index.push(index[index.length - 1] + ch.length);
  return (offset) => index[Math.max(0, Math.min(offset, index.length - 1))];
}

/** "Wang Yi (CHN)" for an actor record. */
export function actorLabel(actor) {
  const name = actor.name ?? actor.raw ?? "?";
  return actor.country && actor.country !== name ? `${name} (${actor.country})` : name;
}

/** Comma-joined actor labels, or a dash. */
export function actorsLabel(actors) {
  return actors && actors.length ? actors.map(actorLabel).join(", ") : "—";
}

/** Call `fn` at most once per `ms` of quiet (window resizes). */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
