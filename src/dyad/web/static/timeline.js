// Timeline: monthly event counts stacked by quad class or event type. Dragging across
// it selects a period (since/until) that filters every other view; the timeline itself
// ignores since/until so that its axis stays put while you brush.
import { QUAD_NAMES, filterParams, getJSON, latestOnly, setFilters } from "./api.js";
import { clear, el, errorBox } from "./dom.js";
import { typeColour } from "./colours.js";

const QUAD_COLOURS = { 1: "#7fb3e0", 2: "#1f5fa8", 3: "#f2a35e", 4: "#c2352b" };
const HEIGHT = 220;
const MARGIN = { top: 10, right: 12, bottom: 46, left: 36 };

/** Last day of a "YYYY-MM" month, as YYYY-MM-DD. */
function monthEnd(month) {
  const [y, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

export function mountTimeline(root) {
  let by = "quad";
  let filters = {};
  let data = null;
  const latest = latestOnly();

  const toggle = el("fieldset", { class: "toggle" },
    el("legend", { class: "visually-hidden" }, "Stack by"),
    ...["quad", "type"].map((value) =>
      el("label", {},
        el("input", {
          type: "radio", name: "timeline-by", value, checked: value === by,
          on: { change: () => { by = value; load(); } },
        }),
        value === "quad" ? " quad class" : " event type")));
  const clearButton = el("button", {
    type: "button", class: "link-button", hidden: true,
    on: { click: () => setFilters({ since: null, until: null }) },
  }, "Clear period");
  const chart = el("div", { class: "chart", id: "timeline-chart" });
  const legend = el("ul", { class: "legend", "aria-label": "Timeline legend" });
  const period = el("p", { class: "hint", id: "timeline-period" });
  clear(root).append(
    el("div", { class: "panel-head" }, el("h2", {}, "Events per month"), toggle, clearButton),
    chart, legend, period);

  function load() {
    latest(
      () => getJSON("/api/timeline", (() => {
        const p = filterParams(filters, ["since", "until"]);
        p.set("by", by);
        return p;
      })()),
      (d) => { data = d; draw(); },
    ).catch((e) => clear(chart).append(errorBox(e)));
  }

  function draw() {
    if (!data) return;
    clear(chart);
    clear(legend);
    const months = data.months ?? [];
    const keys = Object.keys(data.series ?? {}).filter((k) => data.series[k].some((n) => n > 0));
    clearButton.hidden = !(filters.since || filters.until);
    period.textContent = filters.since || filters.until
      ? `Period: ${filters.since ?? "…"} to ${filters.until ?? "…"}`
      : "Drag across the chart to select a period.";
    if (!months.length) {
      chart.append(el("p", { class: "empty" }, "No dated events."));
      return;
    }
    const colour = (k) => (by === "quad" ? QUAD_COLOURS[k] : typeColour(k));
    const label = (k) => (by === "quad" ? `${k} ${QUAD_NAMES[k] ?? ""}` : k);
    const rows = months.map((month, i) => {
      const row = { month };
      for (const k of keys) row[k] = data.series[k][i];
      return row;
    });
    const stacked = d3.stack().keys(keys)(rows);
    const width = Math.max(chart.clientWidth || 600, 320);
    const x = d3.scaleBand().domain(months).range([MARGIN.left, width - MARGIN.right]).padding(0.12);
    const max = d3.max(rows, (r) => d3.sum(keys, (k) => r[k])) || 1;
    const y = d3.scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);

    const svg = d3.select(chart).append("svg")
      .attr("width", width).attr("height", HEIGHT)
      .attr("role", "img")
      .attr("aria-label", `Events per month from ${months[0]} to ${months[months.length - 1]}`);
    svg.append("g").selectAll("g").data(stacked).join("g")
      .attr("fill", (s) => colour(s.key))
      .attr("class", "series")
      .selectAll("rect").data((s) => s.map((d) => ({ ...d, key: s.key }))).join("rect")
      .attr("x", (d) => x(d.data.month))
      .attr("y", (d) => y(d[1]))
      .attr("height", (d) => y(d[0]) - y(d[1]))
      .attr("width", x.bandwidth())
      .append("title").text((d) => `${d.data.month}: ${d[1] - d[0]} ${label(d.key)}`);

    const every = Math.ceil(months.length / Math.max(1, Math.floor(width / 48)));
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
      .call(d3.axisBottom(x).tickValues(months.filter((_, i) => i % every === 0)))
      .selectAll("text").attr("transform", "rotate(-40)").style("text-anchor", "end");
    svg.append("g").attr("class", "axis").attr("transform", `translate(${MARGIN.left},0)`)
      .call(d3.axisLeft(y).ticks(5, "d"));

    const brush = d3.brushX()
      .extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, HEIGHT - MARGIN.bottom]])
      .on("end", (event) => {
        if (!event.sourceEvent) return; // moved by code, not by the user
        if (!event.selection) {
          setFilters({ since: null, until: null });
          return;
        }
        const [x0, x1] = event.selection;
        const chosen = months.filter((m) => {
          const centre = x(m) + x.bandwidth() / 2;
          return centre >= x0 && centre <= x1;
        });
        if (!chosen.length) return;
        setFilters({ since: `${chosen[0]}-01`, until: monthEnd(chosen[chosen.length - 1]) });
      });
    const brushGroup = svg.append("g").attr("class", "brush").call(brush);
    const sinceMonth = filters.since?.slice(0, 7);
    const untilMonth = filters.until?.slice(0, 7);
    if (sinceMonth || untilMonth) {
      const inPeriod = months.filter((m) => (!sinceMonth || m >= sinceMonth) && (!untilMonth || m <= untilMonth));
      if (inPeriod.length) {
        brushGroup.call(brush.move, [x(inPeriod[0]), x(inPeriod[inPeriod.length - 1]) + x.bandwidth()]);
      }
    }

    for (const k of keys) {
      legend.append(el("li", {},
        el("span", { class: "swatch", style: `background:${colour(k)}` }),
        ` ${label(k)} (${d3.sum(data.series[k])})`));
    }
  }

  return {
    update(next) {
      filters = next;
      load();
    },
    resize: draw,
  };
}
