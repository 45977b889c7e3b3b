// Network of states: a node per state (size = events), an edge per pair that took part
// in events together (width = events, colour = mean Goldstein). Clicking a state adds it
// to the country filter (or removes it); clicking an edge filters on that pair.
import { filterParams, getJSON, latestOnly, setFilters } from "./api.js";
import { clear, el, errorBox } from "./dom.js";
import { goldsteinColour } from "./colours.js";

const HEIGHT = 380;

function activate(handler) {
  // Click or Enter/Space: the nodes and edges are keyboard-reachable buttons.
  return (selection) => selection
    .attr("tabindex", 0)
    .attr("role", "button")
    .on("click", (event, d) => handler(d))
    .on("keydown", (event, d) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        handler(d);
      }
    });
}

export function mountNetwork(root) {
  let filters = {};
  let data = null;
  const latest = latestOnly();
  const chart = el("div", { class: "chart", id: "network-chart" });
  const legend = el("p", { class: "hint" },
    "Node size: events. Edge width: events between the pair; colour: mean Goldstein ",
    el("span", { class: "gradient", "aria-hidden": "true" }),
    " (−10 conflict … +10 cooperation). Click a state or a pair to filter.");
  clear(root).append(el("div", { class: "panel-head" }, el("h2", {}, "Network of states")), chart, legend);

  function toggleCountry(iso3) {
    const countries = new Set(filters.country ?? []);
    if (countries.has(iso3)) countries.delete(iso3);
    else countries.add(iso3);
    setFilters({ country: [...countries] });
  }

  function choosePair(edge) {
    const pair = `${edge.source.id},${edge.target.id}`;
    setFilters({ dyad: filters.dyad === pair ? null : pair });
  }

  function draw() {
    if (!data) return;
    clear(chart);
    const nodes = data.nodes.map((n) => ({ ...n }));
    const ids = new Set(nodes.map((n) => n.id));
    const edges = data.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ ...e }));
    if (!nodes.length) {
      chart.append(el("p", { class: "empty" }, "No states in the selected events."));
      return;
    }
    const width = Math.max(chart.clientWidth || 500, 300);
    const radius = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.events) || 1]).range([4, 22]);
    const stroke = d3.scaleSqrt().domain([0, d3.max(edges, (e) => e.events) || 1]).range([1, 9]);
    // A fixed number of ticks run before drawing: the same data always gives the same
    // picture, and nothing moves under the pointer.
    const simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(edges).id((n) => n.id).distance(70).strength(0.4))
      .force("charge", d3.forceManyBody().strength(-180))
      .force("collide", d3.forceCollide((n) => radius(n.events) + 10))
      .force("x", d3.forceX(width / 2).strength(0.06))
      .force("y", d3.forceY(HEIGHT / 2).strength(0.1))
      .stop();
    simulation.tick(300);
    for (const n of nodes) {
      // Keep every node and its label inside the picture.
      const r = radius(n.events);
      n.x = Math.max(r + 16, Math.min(width - r - 16, n.x));
      n.y = Math.max(r + 16, Math.min(HEIGHT - r - 4, n.y));
    }
    const selected = new Set(filters.country ?? []);
    const pair = filters.dyad ? new Set(filters.dyad.split(",")) : null;
    const svg = d3.select(chart).append("svg")
      .attr("width", width).attr("height", HEIGHT)
      .attr("aria-label", `Network of ${nodes.length} states and ${edges.length} pairs`);
    svg.append("g").attr("class", "edges").selectAll("line").data(edges).join("line")
      .attr("class", (e) => (pair && pair.has(e.source.id) && pair.has(e.target.id) ? "edge selected" : "edge"))
      .attr("x1", (e) => e.source.x).attr("y1", (e) => e.source.y)
      .attr("x2", (e) => e.target.x).attr("y2", (e) => e.target.y)
      .attr("stroke", (e) => goldsteinColour(e.goldstein_mean))
      .attr("stroke-width", (e) => stroke(e.events))
      .attr("data-pair", (e) => `${e.source.id},${e.target.id}`)
      .attr("aria-label", (e) => `${e.source.id}–${e.target.id}: ${e.events} events`)
      .call(activate(choosePair))
      .append("title")
      .text((e) => `${e.source.name ?? e.source.id} – ${e.target.name ?? e.target.id}: ${e.events} events, ` +
        `mean Goldstein ${e.goldstein_mean === null || e.goldstein_mean === undefined ? "n/a" : d3.format("+.1f")(e.goldstein_mean)}`);
    const node = svg.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
      .attr("class", (n) => (selected.has(n.id) ? "node selected" : "node"))
      .attr("transform", (n) => `translate(${n.x},${n.y})`)
      .attr("data-id", (n) => n.id)
      .attr("aria-label", (n) => `${n.name ?? n.id}: ${n.events} events`)
      .attr("aria-pressed", (n) => String(selected.has(n.id)))
      .call(activate((n) => toggleCountry(n.id)));
    node.append("circle").attr("r", (n) => radius(n.events));
    node.append("text").attr("dy", (n) => -radius(n.events) - 3).attr("text-anchor", "middle").text((n) => n.id);
    node.append("title").text((n) => `${n.name ?? n.id}: ${n.events} events`);
  }

  function load() {
    latest(() => getJSON("/api/network", filterParams(filters)), (d) => { data = d; draw(); })
      .catch((e) => clear(chart).append(errorBox(e)));
  }

  return {
    update(next) {
      filters = next;
      load();
    },
    resize: draw,
  };
}
