// Article page: the cleaned text with everything the coder read in it marked (evidence
// sentences, actors, recipients, triggers, places), each evidence linked to its event.
import { eventHref, getJSON } from "./api.js";
import { clear, codeUnitIndex, el, errorBox, externalLink, highlighted } from "./dom.js";

const FIELDS = {
  evidence: { tag: "mark", label: "evidence" },
  actor: { tag: "span", label: "actor" },
  recipient: { tag: "span", label: "recipient" },
  trigger: { tag: "strong", label: "trigger" },
  date: { tag: "span", label: "date" },
  location: { tag: "span", label: "place" },
};

/** The first words of an evidence sentence. */
function snippet(text, start, end, length = 60) {
  const sentence = text.slice(start, end);
  return sentence.length > length ? `${sentence.slice(0, length).replace(/\s+\S*$/, "")}…` : sentence;
}

export async function renderArticle(root, id, { backHref }) {
  clear(root).append(el("p", { class: "loading" }, "Loading…"));
  let article;
  try {
    article = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  } catch (e) {
    clear(root).append(el("p", {}, el("a", { href: backHref }, "← Overview")), errorBox(e));
    return;
  }
  document.title = `${article.title ?? article.id} · dyad`;
  const text = article.text ?? "";
  const index = codeUnitIndex(text);
  const spans = (article.spans ?? [])
    .filter((s) => FIELDS[s.field] && Number.isInteger(s.start) && Number.isInteger(s.end))
    .map((s) => ({
      start: index(s.start), end: index(s.end), tag: FIELDS[s.field].tag, class: `span-${s.field}`,
      title: [FIELDS[s.field].label, s.label].filter(Boolean).join(": "),
      data: { field: s.field, start: s.start, end: s.end, ...(s.event_id ? { event: s.event_id } : {}) },
    }));
  const events = new Map();
  for (const s of article.spans ?? []) {
    if (s.field === "evidence" && s.event_id && !events.has(s.event_id)) events.set(s.event_id, s);
  }
  const body = el("div", { class: "article-text", id: "article-text" });
  // Paragraphs keep the offsets: each is drawn from its own slice of the one text.
  let at = 0;
  for (const para of text.split("\n")) {
    const end = at + para.length;
    if (para.trim()) body.append(el("p", {}, ...highlighted(text, spans, at, end)));
    at = end + 1;
  }
  // An evidence mark opens its event.
  body.addEventListener("click", (e) => {
    const mark = e.target.closest("[data-event]");
    if (mark && !window.getSelection()?.toString()) window.location.hash = eventHref(mark.dataset.event);
  });

  clear(root).append(
    el("p", {}, el("a", { href: backHref }, "← Overview")),
    el("h1", {}, article.title || "(untitled article)"),
    el("p", { class: "muted" }, [article.outlet, article.published].filter(Boolean).join(", "),
      article.url ? " · " : "", externalLink(article.url, "original")),
    el("p", { class: "muted path" }, (article.paths ?? []).join(" · ")),
    // Only the kinds of mark this article has (the coder records no date spans yet).
    el("ul", { class: "legend", "aria-label": "Marks" },
      ...Object.entries(FIELDS).filter(([field]) => spans.some((s) => s.data.field === field))
        .map(([field, f]) => el("li", {}, el(f.tag, { class: `span-${field}` }, f.label)))),
    el("div", { class: "article-grid" },
      body,
      el("aside", { "aria-labelledby": "article-events-h" },
        el("h2", { id: "article-events-h" }, `Events coded here (${events.size})`),
        el("ul", { class: "related" }, ...[...events.entries()].map(([eid, s]) =>
          el("li", {}, el("a", { href: eventHref(eid) }, s.label || eid),
            el("span", { class: "muted" }, ` ${snippet(text, index(s.start), index(s.end))}`)))))),
  );
}
