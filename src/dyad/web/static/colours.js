// Colours shared by the views: one per PLOVER type (cooperation in blues and greens,
// conflict in oranges and reds, in PLOVER's order) and a diverging Goldstein scale.

const TYPE_COLOURS = {
  AGREE: "#1f5fa8",
  CONSULT: "#4c8fd6",
  SUPPORT: "#8cc0ea",
  CONCEDE: "#2a9d8f",
  COOPERATE: "#57b894",
  AID: "#9ad0a5",
  RETREAT: "#b8b8d9",
  REQUEST: "#8e7cc3",
  ACCUSE: "#f4c26b",
  REJECT: "#eea24c",
  THREATEN: "#e07b39",
  PROTEST: "#d9a3a0",
  SANCTION: "#c9572d",
  MOBILIZE: "#b5523b",
  COERCE: "#9e2a2b",
  ASSAULT: "#5f0f14",
};

export function typeColour(type) {
  return TYPE_COLOURS[type] ?? "#999";
}

/** Goldstein -10 (red) .. 0 (grey, visible on white) .. +10 (blue). */
export function goldsteinColour(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return "#999";
  const ramp = d3.piecewise(d3.interpolateLab, ["#b2182b", "#e08a6e", "#a8a8a8", "#6d9fcf", "#2166ac"]);
  return d3.scaleDiverging([-10, 0, 10], ramp).clamp(true)(value);
}
