// The single-page app: routes `#/` (overview), `#/event/<id>` and `#/article/<id>`.
// The overview's views are built once and told when the filters (in the address) change.
import { FILTER_KEYS, QUAD_NAMES, currentRoute, getJSON, overviewHref, setFilters } from "./api.js";
import { clear, debounce, el, errorBox } from "./dom.js";
import { mountTimeline } from "./timeline.js";
import { mountNetwork } from "./network.js";
import { mountMap } from "./map.js";
import { mountTable } from "./table.js";
import { renderEvent } from "./event.js";
import { renderArticle } from "./article.js";

const FILTER_LABELS = {
  country: "country", dyad: "pair", actor: "actor", type: "type", mode: "mode",
  quad: "quad", since: "from", until: "to", text: "text", min_confidence: "confidence ≥",
};

/** The active filters as removable chips. */
function chips(filters) {
  const items = [];
  for (const key of FILTER_KEYS) {
    for (const value of [].concat(filters[key] ?? [])) {
      const shown = key === "quad" ? `${value} ${QUAD_NAMES[value] ?? ""}` : value;
      const remaining = Array.isArray(filters[key]) ? filters[key].filter((v) => v !== value) : null;
      items.push(el("li", {}, el("button", {
        type: "button", class: "chip", "aria-label": `Remove filter ${FILTER_LABELS[key]} ${shown}`,
        on: { click: () => setFilters({ [key]: remaining }) },
      }, `${FILTER_LABELS[key]}: ${shown} ×`)));
    }
  }
  if (!items.length) return el("p", { class: "muted", id: "active-filters" }, "All events. Drag on the timeline, click a state, a pair or a country, or use the form to filter.");
  return el("ul", { class: "chips", id: "active-filters", "aria-label": "Active filters" }, ...items);
}

function overview(root, plover) {
  const filterBar = el("div", { class: "filter-bar" });
  const panels = {
    timeline: el("section", { class: "panel wide", id: "timeline", "aria-label": "Timeline" }),
    network: el("section", { class: "panel", id: "network", "aria-label": "Network" }),
    map: el("section", { class: "panel", id: "map", "aria-label": "Map" }),
    table: el("section", { class: "panel wide", id: "table", "aria-label": "Event table" }),
  };
  clear(root).append(filterBar, el("div", { class: "overview" }, ...Object.values(panels)));
  const views = [
    mountTimeline(panels.timeline),
    mountNetwork(panels.network),
    mountMap(panels.map),
    mountTable(panels.table, plover),
  ];
  const onResize = debounce(() => views.forEach((v) => v.resize?.()), 150);
  window.addEventListener("resize", onResize);
  return {
    update(filters) {
      filterBar.replaceChildren(chips(filters));
      views.forEach((v) => v.update(filters));
    },
    destroy() {
      window.removeEventListener("resize", onResize);
    },
  };
}

async function start() {
  const main = document.getElementById("main");
  const metaLine = document.getElementById("meta");
  let plover;
  let meta = null;
  try {
    [plover, meta] = await Promise.all([getJSON("plover.json"), getJSON("/api/meta")]);
  } catch (e) {
    clear(main).append(errorBox(e));
    return;
  }
  metaLine.textContent = `${meta.events} events from ${meta.articles} articles` +
    (meta.date_min ? `, ${meta.date_min} to ${meta.date_max}` : "") +
    ` · dyad ${meta.version}` + (meta.read_only ? " · read-only" : "");

  let page = null; // the overview while it is shown
  let lastFilters = {};
  async function route() {
    const { view, id, filters } = currentRoute();
    if (view === "overview") {
      document.title = "dyad";
      lastFilters = filters;
      page ??= overview(main, plover);
      page.update(filters);
      return;
    }
    page?.destroy();
    page = null;
    window.scrollTo(0, 0);
    const ctx = { backHref: overviewHref(lastFilters), plover, meta };
    if (view === "event") await renderEvent(main, id, ctx);
    else await renderArticle(main, id, ctx);
    main.focus({ preventScroll: true });
  }
  window.addEventListener("hashchange", route);
  await route();
}

start();
