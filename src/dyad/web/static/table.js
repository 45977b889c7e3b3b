// Event table: the filter form (which writes the shared filters), export links for the
// filtered events, and a sortable, paged table of them.
import { QUAD_NAMES, eventHref, exportHref, filterParams, getJSON, latestOnly, manifestHref, setFilters } from "./api.js";
import { actorsLabel, clear, el, errorBox } from "./dom.js";

const PAGE = 50;
const FORMATS = ["jsonl", "csv", "tsv", "parquet"];
const COLUMNS = [
  { key: "date", label: "Date", sort: "date" },
  { key: "type", label: "Type", sort: "event_type" },
  { key: "mode", label: "Mode" },
  { key: "actors", label: "Actors" },
  { key: "recipients", label: "Recipients" },
  { key: "where", label: "Where" },
  { key: "sources", label: "Sources", sort: "num_sources" },
  { key: "confidence", label: "Conf." },
  { key: "goldstein", label: "Goldstein", sort: "goldstein" },
  { key: "evidence", label: "Evidence" },
];

function field(id, label, control) {
  control.id = id;
  return el("div", { class: "field" }, el("label", { for: id }, label), control);
}

function select(name, options) {
  return el("select", { name }, el("option", { value: "" }, "any"),
    ...options.map(([value, label]) => el("option", { value }, label)));
}

/** YYYY-MM-DD for a YYYY, YYYY-MM or YYYY-MM-DD filter value: its first or last day. */
function fullDay(value, end) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value ?? "");
  if (!m) return value ?? "";
  if (m[3]) return value;
  const month = m[2] ?? (end ? "12" : "01");
  const last = new Date(Date.UTC(+m[1], +month, 0)).getUTCDate();
  return `${m[1]}-${month}-${end ? String(last).padStart(2, "0") : "01"}`;
}

export function mountTable(root, plover) {
  let filters = {};
  let sort = "-date";
  let offset = 0;
  const latest = latestOnly();

  const modeList = el("datalist", { id: "mode-options" },
    ...[...new Set(Object.values(plover.modes).flat())].sort().map((m) => el("option", { value: m })));
  const countryList = el("datalist", { id: "country-options" });
  const controls = {
    country: el("input", {
      name: "country", type: "text", list: "country-options", placeholder: "CHN, RUS", autocomplete: "off",
      title: "ISO3 codes; every country given takes part in the event",
    }),
    dyad: el("input", { name: "dyad", type: "text", placeholder: "CHN,RUS", autocomplete: "off", pattern: "\\s*[A-Za-z]{3}\\s*,\\s*[A-Za-z]{3}\\s*" }),
    actor: el("input", { name: "actor", type: "search", placeholder: "name", autocomplete: "off" }),
    type: select("type", plover.types.map((t) => [t, t])),
    mode: el("input", { name: "mode", type: "text", list: "mode-options", autocomplete: "off" }),
    quad: select("quad", Object.entries(QUAD_NAMES).map(([q, name]) => [q, `${q} ${name}`])),
    since: el("input", { name: "since", type: "date" }),
    until: el("input", { name: "until", type: "date" }),
    text: el("input", { name: "text", type: "search", placeholder: "words in the evidence", autocomplete: "off" }),
    min_confidence: select("min_confidence", [["0.5", "0.5 or more"], ["0.7", "0.7 or more"], ["0.9", "0.9 or more"]]),
  };
  const labels = {
    country: "Countries", dyad: "Pair", actor: "Actor", type: "Type",
    mode: "Mode", quad: "Quad class", since: "From", until: "To", text: "Text",
    min_confidence: "Confidence",
  };
  const form = el("form", { class: "filters", id: "filter-form", "aria-label": "Event filters" },
    ...Object.entries(controls).map(([key, control]) => field(`filter-${key}`, labels[key], control)),
    el("div", { class: "field buttons" },
      el("button", { type: "submit" }, "Apply"),
      el("button", { type: "button", on: { click: () => setFilters(Object.fromEntries(Object.keys(controls).map((k) => [k, null]))) } }, "Clear")),
    modeList, countryList);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const v = (k) => controls[k].value.trim();
    setFilters({
      country: v("country").split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase()),
      dyad: v("dyad").replace(/\s+/g, "").toUpperCase(),
      actor: v("actor"),
      // The menu shows one type: an unchanged menu keeps every type the address has.
      type: v("type") ? (filters.type?.[0] === v("type") ? filters.type : [v("type")]) : null,
      mode: v("mode"),
      quad: v("quad"),
      since: v("since"),
      until: v("until"),
      text: v("text"),
      min_confidence: v("min_confidence"),
    });
  });
  // Choosing from a menu applies at once; typed fields apply on Enter or Apply.
  for (const key of ["type", "quad", "since", "until", "min_confidence"]) {
    controls[key].addEventListener("change", () => form.requestSubmit());
  }

  const exports = el("p", { class: "exports" }, "Export these events: ");
  const summary = el("p", { class: "summary", id: "table-summary", "aria-live": "polite" });
  const head = el("tr");
  const body = el("tbody");
  const table = el("table", { class: "events", id: "events-table" },
    el("caption", { class: "visually-hidden" }, "Events matching the filters"), el("thead", {}, head), body);
  const pager = el("nav", { class: "pager", "aria-label": "Table pages" });
  clear(root).append(
    el("div", { class: "panel-head" }, el("h2", {}, "Events")),
    form, exports, summary, el("div", { class: "table-wrap" }, table), pager);

  getJSON("/api/countries").then((countries) => {
    countryList.append(...countries.map((c) => el("option", { value: c.iso3 }, c.name)));
  }).catch(() => {}); // suggestions only

  function drawHead() {
    clear(head);
    for (const column of COLUMNS) {
      if (!column.sort) {
        head.append(el("th", { scope: "col" }, column.label));
        continue;
      }
      const current = sort.replace(/^-/, "") === column.sort;
      const descending = sort.startsWith("-");
      head.append(el("th", {
        scope: "col",
        "aria-sort": current ? (descending ? "descending" : "ascending") : "none",
      }, el("button", {
        type: "button", class: "sort",
        on: {
          click: () => {
            sort = current && descending ? column.sort : `-${column.sort}`;
            offset = 0;
            load();
          },
        },
      }, column.label, current ? (descending ? " ▼" : " ▲") : "")));
    }
  }

  function cell(record, key) {
    switch (key) {
      case "date":
        return el("td", { class: "nowrap" }, record.date ?? "—",
          record.date_precision && record.date_precision !== "day" ? ` (${record.date_precision})` : "");
      case "type":
        return el("td", {}, el("a", { href: eventHref(record.id) }, record.event_type),
          record.corrected ? el("span", { class: "badge", title: "corrected by an analyst" }, "corrected") : null,
          record.negated ? el("span", { class: "badge neg" }, "negated") : null,
          record.modality && record.modality !== "actual" ? el("span", { class: "badge" }, record.modality) : null);
      case "mode":
        return el("td", {}, [record.mode, record.medium && record.medium !== record.mode ? record.medium : null].filter(Boolean).join(" / ") || "—");
      case "actors":
        return el("td", {}, actorsLabel(record.actors));
      case "recipients":
        return el("td", {}, actorsLabel(record.recipients));
      case "where":
        return el("td", {}, record.location?.name ?? record.location?.country ?? "—");
      case "sources":
        return el("td", { class: "num", title: `${record.num_sources} independent sources, ${record.num_articles} articles` },
          `${record.num_sources} / ${record.num_articles}`);
      case "confidence":
        return el("td", { class: "num", title: "the chance that the type and states are right" },
          record.confidence === null || record.confidence === undefined ? "—" : record.confidence.toFixed(2));
      case "goldstein":
        return el("td", { class: "num" }, record.goldstein === null || record.goldstein === undefined ? "—" : d3.format("+.1f")(record.goldstein));
      case "evidence": {
        const first = record.mentions?.[0];
        return el("td", { class: "evidence" }, first ? first.sentence : "—",
          first?.outlet ? el("span", { class: "outlet" }, ` — ${first.outlet}`) : null);
      }
      default:
        return el("td");
    }
  }

  function draw(page) {
    drawHead();
    clear(body);
    for (const record of page.events) {
      body.append(el("tr", { dataset: { id: record.id } }, ...COLUMNS.map((c) => cell(record, c.key))));
    }
    const first = page.total ? page.offset + 1 : 0;
    const last = page.offset + page.events.length;
    summary.textContent = page.total
      ? `${first}–${last} of ${page.total} events`
      : "No events match these filters.";
    clear(pager).append(
      el("button", { type: "button", disabled: page.offset <= 0, on: { click: () => { offset = Math.max(0, offset - PAGE); load(); } } }, "← Previous"),
      el("button", { type: "button", disabled: last >= page.total, on: { click: () => { offset += PAGE; load(); } } }, "Next →"));
  }

  function showFilters() {
    for (const [key, control] of Object.entries(controls)) {
      const value = filters[key];
      control.value = Array.isArray(value) ? (key === "type" ? value[0] : value.join(", ")) : (value ?? "");
    }
    // A date input shows only full dates: a month or year in the address (since=2022) is
    // shown as the day it stands for, so that Apply keeps it.
    controls.since.value = fullDay(filters.since, false);
    controls.until.value = fullDay(filters.until, true);
    clear(exports).append("Export these events: ",
      ...FORMATS.flatMap((format, i) => [i ? " · " : "", el("a", {
        href: exportHref(format, filters), class: "export", download: "", dataset: { format },
      }, format.toUpperCase())]),
      " (", el("a", {
        href: manifestHref("jsonl", filters), class: "manifest", target: "_blank", rel: "noopener",
        title: "the query, dyad's and the coder's versions, counts and the sources' licence notes",
      }, "manifest"), ")");
  }

  function load() {
    const params = filterParams(filters);
    params.set("limit", PAGE);
    params.set("offset", offset);
    params.set("sort", sort);
    latest(() => getJSON("/api/events", params), draw)
      .catch((e) => {
        // No count and no pages for filters the server refused: only the reason.
        summary.textContent = "";
        clear(pager);
        clear(body).append(el("tr", {}, el("td", { colspan: COLUMNS.length }, errorBox(e))));
      });
  }

  return {
    update(next) {
      filters = next;
      offset = 0;
      showFilters();
      load();
    },
  };
}
