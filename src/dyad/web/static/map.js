// World map: each country shaded by its events (the event's location when known, else
// its participants), with a circle at the country sized by the same count. Clicking a
// country adds it to the country filter. Borders: Natural Earth 1:110m (vendor/).
import { filterParams, getJSON, latestOnly, setFilters } from "./api.js";
import { clear, el, errorBox } from "./dom.js";

const HEIGHT_RATIO = 0.52;

/** The centroid of a country's largest polygon (France's is in France, not the Atlantic). */
function mainCentroid(feature, path) {
  const geometry = feature.geometry;
  if (!geometry || geometry.type !== "MultiPolygon") return path.centroid(feature);
  let best = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part = { type: "Feature", geometry: { type: "Polygon", coordinates } };
    const area = path.area(part);
    if (area > bestArea) {
      bestArea = area;
      best = part;
    }
  }
  return path.centroid(best);
}

export function mountMap(root) {
  let filters = {};
  let counts = null;
  let world = null; // {features, byIso3, names}
  let worldLoading = null; // loaded once, on the first update
  const latest = latestOnly();
  const chart = el("div", { class: "chart", id: "map-chart" });
  const offMap = el("p", { class: "hint", id: "map-offmap" });
  clear(root).append(el("div", { class: "panel-head" }, el("h2", {}, "Events by country")), chart, offMap);

  async function loadWorld() {
    const [topology, countries] = await Promise.all([
      getJSON("vendor/countries-110m.json"),
      getJSON("/api/countries"),
    ]);
    const features = topojson.feature(topology, topology.objects.countries).features;
    const iso3ByNumeric = new Map(countries.filter((c) => c.iso_numeric).map((c) => [String(c.iso_numeric).padStart(3, "0"), c.iso3]));
    const byIso3 = new Map();
    for (const f of features) {
      const iso3 = iso3ByNumeric.get(String(f.id ?? ""));
      if (iso3) {
        f.properties.iso3 = iso3;
        byIso3.set(iso3, f);
      }
    }
    return { features, byIso3, names: new Map(countries.map((c) => [c.iso3, c.name])) };
  }

  function draw() {
    if (!counts || !world) return;
    clear(chart);
    const width = Math.max(chart.clientWidth || 600, 300);
    const height = Math.round(width * HEIGHT_RATIO);
    const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const byIso3 = new Map(counts.map((c) => [c.iso3, c.events]));
    const max = d3.max(counts, (c) => c.events) || 1;
    const shade = d3.scaleSequentialSqrt([0, max], d3.interpolateBlues);
    const size = d3.scaleSqrt([0, max], [0, Math.max(10, width / 45)]);
    const selected = new Set(filters.country ?? []);
    const name = (iso3) => world.names.get(iso3) ?? iso3;
    const toggle = (iso3) => {
      const next = new Set(selected);
      if (next.has(iso3)) next.delete(iso3);
      else next.add(iso3);
      setFilters({ country: [...next] });
    };
    const clickable = (selection) => selection
      .attr("tabindex", 0).attr("role", "button")
      .on("click", (event, d) => toggle(d.iso3))
      .on("keydown", (event, d) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          toggle(d.iso3);
        }
      });

    const svg = d3.select(chart).append("svg").attr("width", width).attr("height", height)
      .attr("aria-label", `World map of events in ${counts.length} countries`);
    svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
    svg.append("g").selectAll("path").data(world.features).join("path")
      .attr("class", (f) => ["country", byIso3.get(f.properties.iso3) ? "has-events" : "", selected.has(f.properties.iso3) ? "selected" : ""].join(" ").trim())
      .attr("d", path)
      .attr("data-iso3", (f) => f.properties.iso3 ?? null)
      .on("click", (event, f) => { if (byIso3.get(f.properties.iso3)) toggle(f.properties.iso3); })
      .attr("fill", (f) => (byIso3.get(f.properties.iso3) ? shade(byIso3.get(f.properties.iso3)) : "#eceae4"))
      .append("title").text((f) => `${f.properties.iso3 ? name(f.properties.iso3) : f.properties.name}: ${byIso3.get(f.properties.iso3) ?? 0} events`);

    const placed = counts
      .filter((c) => world.byIso3.has(c.iso3))
      .map((c) => ({ ...c, at: mainCentroid(world.byIso3.get(c.iso3), path) }))
      .sort((a, b) => b.events - a.events); // small circles drawn last, on top
    svg.append("g").attr("class", "bubbles").selectAll("circle").data(placed).join("circle")
      .attr("class", (c) => (selected.has(c.iso3) ? "bubble selected" : "bubble"))
      .attr("cx", (c) => c.at[0]).attr("cy", (c) => c.at[1])
      .attr("r", (c) => size(c.events))
      .attr("data-iso3", (c) => c.iso3)
      .attr("aria-label", (c) => `${name(c.iso3)}: ${c.events} events`)
      .attr("aria-pressed", (c) => String(selected.has(c.iso3)))
      .call(clickable)
      .append("title").text((c) => `${name(c.iso3)}: ${c.events} events`);

    // Small states have no shape at 1:110m; name them instead of dropping them.
    const missing = counts.filter((c) => !world.byIso3.has(c.iso3)).sort((a, b) => b.events - a.events);
    clear(offMap).append(
      el("span", { class: "swatch", style: `background:${shade(max)}` }),
      ` Shade and circle: events placed in the country (at most ${max}; the event's location when known, else each participant). `);
    if (missing.length) {
      offMap.append(el("br"), "Too small for this map: ");
      missing.forEach((c, i) => {
        if (i) offMap.append(", ");
        offMap.append(el("button", {
          type: "button", class: "link-button", "aria-pressed": String(selected.has(c.iso3)),
          on: { click: () => toggle(c.iso3) },
        }, `${name(c.iso3)} (${c.events})`));
      });
    }
  }

  function load() {
    latest(async () => {
      worldLoading ??= loadWorld();
      world = await worldLoading;
      return getJSON("/api/map", filterParams(filters));
    }, (d) => { counts = d; draw(); })
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
