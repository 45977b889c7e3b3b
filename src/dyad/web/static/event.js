// Event page: what the event is, each source's report with the evidence sentence marked
// at its stored offsets, the readout comparison, related events, the correction log and
// the correction form.
import { QUAD_NAMES, articleHref, eventHref, getJSON } from "./api.js";
import { actorLabel, actorsLabel, clear, codeUnitIndex, el, errorBox, externalLink, highlighted } from "./dom.js";
import { correctionForm, correctionLog } from "./corrections.js";

/** The paragraph(s) around [start, end): from the blank line or line break before to the one after. */
function context(text, start, end) {
  const before = text.lastIndexOf("\n", start - 1);
  const after = text.indexOf("\n", end);
  return [before < 0 ? 0 : before + 1, after < 0 ? text.length : after];
}

function facts(event) {
  const rows = [
    ["Type", `${event.event_type}${event.mode ? ` / ${event.mode}` : ""}${event.medium ? ` (${event.medium})` : ""}`],
    ["Date", event.date ? `${event.date}${event.date_precision && event.date_precision !== "day" ? ` (${event.date_precision})` : ""}` : "unknown"],
    ["Actors", actorsLabel(event.actors)],
    ["Recipients", actorsLabel(event.recipients)],
    ["Countries", (event.countries ?? []).join(", ") || "—"],
    ["Location", [event.location?.name, event.location?.country].filter(Boolean).join(", ") || "—"],
    ["Modality", `${event.modality ?? "actual"}${event.negated ? ", negated" : ""}`],
    ["Contexts", (event.contexts ?? []).join(", ") || "—"],
    ["CAMEO / Goldstein / Quad", `${event.cameo ?? "—"} / ${event.goldstein ?? "—"} / ${event.quad_class ?? "—"}${event.quad_class ? ` ${QUAD_NAMES[event.quad_class]}` : ""}`],
    ["Sources", `${event.num_sources} independent source${event.num_sources === 1 ? "" : "s"}, ${event.num_articles} article${event.num_articles === 1 ? "" : "s"}`],
    ["Id", event.id],
  ];
  return el("dl", { class: "facts" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function actorDetails(actors) {
  return (actors ?? []).map((a) => el("li", {}, actorLabel(a),
    [a.title, a.sector, a.kind].filter(Boolean).length ? el("span", { class: "muted" }, ` — ${[a.title, a.sector, a.kind].filter(Boolean).join(", ")}`) : null,
    a.raw && a.raw !== a.name ? el("span", { class: "muted" }, ` (as written: “${a.raw}”)`) : null));
}

const PARTS = { actor: "actor", recipient: "recipient", date: "date", location: "place" };

/** The actors, recipients, date and place the coder read in one mention, as spans. */
function parts(spans, mentionId, index) {
  if (!mentionId) return [];
  return (spans ?? [])
    .filter((s) => s.mention_id === mentionId && PARTS[s.field])
    .map((s) => ({
      start: index(s.start), end: index(s.end), tag: "span", class: `span-${s.field}`,
      title: [PARTS[s.field], s.label].filter(Boolean).join(": "),
    }));
}

/** One article's report: its header and the evidence of each of its mentions, marked. */
function report(articleId, mentions, article) {
  const first = mentions[0];
  const head = el("header", {},
    el("h3", {}, article?.title || first.outlet || first.path || articleId),
    el("p", { class: "muted" },
      [first.outlet, first.published].filter(Boolean).join(", "), " · ",
      el("a", { href: articleHref(articleId) }, "whole article"),
      first.url ? " · " : "", externalLink(first.url, "original")),
    el("p", { class: "muted path" }, first.path ?? ""));
  const body = el("div", { class: "report-text" });
  if (!article) {
    // Without the article text, the stored sentence still shows what was coded.
    for (const m of mentions) body.append(el("p", {}, el("mark", { class: "evidence" }, m.sentence)));
  } else {
    const text = article.text ?? "";
    const index = codeUnitIndex(text);
    // Offsets as stored (code points) stay in data-start/data-end; drawing uses string indices.
    const ordered = [...mentions]
      .map((m) => ({ ...m, from: index(m.start), to: index(m.end) }))
      .sort((a, b) => a.from - b.from);
    let shownTo = -1;
    for (const m of ordered) {
      if (m.from < shownTo) continue; // already inside a shown paragraph
      const [from, to] = context(text, m.from, m.to);
      const spans = ordered
        .filter((o) => o.from >= from && o.to <= to)
        .flatMap((o) => [
          { start: o.from, end: o.to, tag: "mark", class: "evidence", title: "evidence", data: { start: o.start, end: o.end, article: articleId } },
          ...(Array.isArray(o.trigger) && o.trigger.length === 2
            ? [{ start: index(o.trigger[0]), end: index(o.trigger[1]), tag: "strong", class: "trigger", title: "trigger" }]
            : []),
          ...parts(article.spans, o.mention_id, index),
        ]);
      body.append(el("p", {}, from > 0 ? "… " : "", ...highlighted(text, spans, from, to), to < text.length ? " …" : ""));
      shownTo = to;
    }
  }
  return el("article", { class: "report", dataset: { article: articleId } }, head, body);
}

/** The readout comparison: which statement each source reports. Tolerant of missing parts. */
function comparisonView(comparison, event) {
  const section = el("section", { class: "comparison", "aria-labelledby": "comparison-h" },
    el("h2", { id: "comparison-h" }, "What each source says"));
  const statements = comparison?.statements ?? [];
  const sources = comparison?.articles ?? [];
  if (!statements.length || !sources.length) {
    section.append(el("p", { class: "muted" }, "Nothing to compare: one report, or no statements coded beside the event."));
    return section;
  }
  const sourceId = (s) => (typeof s === "string" ? s : s.id ?? s.article_id);
  const outlet = (s) => {
    const id = sourceId(s);
    return (typeof s === "object" && (s.outlet || s.path)) || comparison.outlets?.[id] || id;
  };
  const head = el("tr", {}, el("th", { scope: "col" }, "Statement"),
    ...sources.map((s) => el("th", { scope: "col" }, outlet(s))));
  const rows = statements.map((st) => {
    const reported = new Set(st.sources ?? []);
    const only = reported.size === 1 && sources.length > 1;
    const label = [st.event_type, st.summary].filter(Boolean).join(" ");
    const title = st.event_id && st.event_id !== event.id
      ? el("a", { href: eventHref(st.event_id) }, label)
      : el("span", {}, label, el("span", { class: "muted" }, " (this event)"));
    return el("tr", { class: only ? "only-one" : "" },
      el("th", { scope: "row" }, title, only ? el("span", { class: "badge" }, `only in ${outlet(sources.find((s) => reported.has(sourceId(s))) ?? [...reported][0])}`) : null),
      ...sources.map((s) => {
        const id = sourceId(s);
        const sentence = st.evidence?.[id];
        return el("td", { class: reported.has(id) ? "yes" : "no", title: sentence ?? "" },
          reported.has(id) ? "✓" : "–", el("span", { class: "visually-hidden" }, reported.has(id) ? " reported" : " not reported"));
      }));
  });
  section.append(el("div", { class: "table-wrap" }, el("table", { class: "compare" }, el("thead", {}, head), el("tbody", {}, ...rows))));
  const topics = Object.entries(comparison.topics ?? {});
  if (topics.length) {
    section.append(el("p", { class: "muted" }, "Topics: ", topics.map(([topic, ids]) => {
      const list = [].concat(ids ?? []);
      return list.length < sources.length ? `${topic} (${list.map((id) => outlet(sources.find((s) => sourceId(s) === id) ?? id)).join(", ")} only)` : topic;
    }).join("; ")));
  }
  return section;
}

function relatedView(related) {
  const section = el("section", { "aria-labelledby": "related-h" }, el("h2", { id: "related-h" }, "Related events"));
  if (!related?.length) {
    section.append(el("p", { class: "muted" }, "None linked."));
    return section;
  }
  section.append(el("ul", { class: "related" }, ...related.map((r) => {
    const id = typeof r === "string" ? r : r.id;
    const bits = typeof r === "string" ? [] : [r.event_type, r.relation ?? r.link, r.date].filter(Boolean);
    return el("li", {}, el("a", { href: eventHref(id) }, bits.length ? bits.join(" · ") : id),
      bits.length ? el("span", { class: "muted" }, ` ${id}`) : null);
  })));
  return section;
}

/** Draw the page of event `id`; `ctx` = {backHref, plover, meta, notice}. */
export async function renderEvent(root, id, ctx) {
  const { backHref } = ctx;
  clear(root).append(el("p", { class: "loading" }, "Loading…"));
  let event;
  try {
    event = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  } catch (e) {
    clear(root).append(el("p", {}, el("a", { href: backHref }, "← Overview")), errorBox(e));
    return;
  }
  const mentions = event.mentions ?? [];
  const byArticle = new Map();
  for (const m of mentions) {
    if (!byArticle.has(m.article_id)) byArticle.set(m.article_id, []);
    byArticle.get(m.article_id).push(m);
  }
  const articles = await Promise.all([...byArticle.keys()].map((aid) =>
    getJSON(`/api/articles/${encodeURIComponent(aid)}`).catch(() => null)));

  const reload = () => renderEvent(root, event.id, { ...ctx, notice: "Correction saved." });
  const title = `${event.event_type}${event.mode ? ` (${event.mode})` : ""}: ${actorsLabel(event.actors)}` +
    (event.recipients?.length ? ` → ${actorsLabel(event.recipients)}` : "");
  document.title = `${event.event_type} ${event.date ?? ""} · dyad`;
  clear(root).append(
    el("p", {}, el("a", { href: backHref }, "← Overview")),
    el("div", { class: "event-head" },
      el("h1", { id: "event-title" }, title),
      event.corrected ? el("span", { class: "badge", id: "corrected-badge" }, "corrected by an analyst") : null),
    el("div", { class: "event-grid" },
      el("section", { "aria-labelledby": "facts-h" }, el("h2", { id: "facts-h" }, "The event"), facts(event),
        el("h3", {}, "Actors"), el("ul", { class: "actors" }, ...actorDetails(event.actors)),
        event.recipients?.length ? el("h3", {}, "Recipients") : null,
        event.recipients?.length ? el("ul", { class: "actors" }, ...actorDetails(event.recipients)) : null),
      el("section", { class: "reports", "aria-labelledby": "reports-h" },
        el("h2", { id: "reports-h" }, `Reports (${byArticle.size})`),
        ...[...byArticle.entries()].map(([aid, ms], i) => report(aid, ms, articles[i])))),
    comparisonView(event.comparison, event),
    relatedView(event.related),
    correctionLog(event.corrections ?? []),
    correctionForm(event, reload, { plover: ctx.plover, readOnly: Boolean(ctx.meta?.read_only) }),
  );
  if (ctx.notice) root.prepend(el("p", { class: "notice", role: "status" }, ctx.notice));
  if (id !== event.id) {
    root.prepend(el("p", { class: "notice" }, `${id} was merged into ${event.id}; showing ${event.id}.`));
  }
}
