// The REST client and the shared filter state.
//
// The filter state lives in the page address (`#/?country=CHN&type=CONSULT`), so a
// filtered view can be bookmarked, shared and undone with the Back button. Every view
// reads it from there and writes it with `setFilters`; nothing else holds it.

/** Filter keys of the REST API, in display order. Repeatable ones are lists. */
export const FILTER_KEYS = ["country", "dyad", "actor", "type", "mode", "quad", "since", "until", "text", "min_confidence"];
const REPEATABLE = new Set(["country", "type"]);

export const QUAD_NAMES = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
  }
}

/** Filters from URL parameters: {country: [..], type: [..], dyad: "CHN,RUS", ...}. */
export function parseFilters(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    if (REPEATABLE.has(key)) {
      const values = params.getAll(key).filter(Boolean);
      if (values.length) filters[key] = values;
    } else {
      const value = params.get(key);
      if (value) filters[key] = value;
    }
  }
  return filters;
}

/** URL parameters from filters, leaving out the keys in `omit`. */
export function filterParams(filters, omit = []) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (omit.includes(key) || filters[key] === undefined) continue;
    for (const value of [].concat(filters[key])) {
      if (value !== "" && value !== null) params.append(key, value);
    }
  }
  return params;
}

/** The route of the current address: {view, id, filters}. */
export function currentRoute() {
  const hash = window.location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const filters = parseFilters(new URLSearchParams(query));
  if (parts[0] === "event" && parts[1]) return { view: "event", id: parts[1], filters };
  if (parts[0] === "article" && parts[1]) return { view: "article", id: parts[1], filters };
  return { view: "overview", id: null, filters };
}

/** The overview address for these filters. */
export function overviewHref(filters) {
  const query = filterParams(filters).toString();
  return query ? `#/?${query}` : "#/";
}

/** Go to the overview with `patch` applied to the current filters (null/"" removes a key). */
export function setFilters(patch) {
  const next = { ...currentRoute().filters };
  for (const [key, value] of Object.entries(patch)) {
    const empty = value === null || value === undefined || value === "" ||
      (Array.isArray(value) && value.length === 0);
    if (empty) delete next[key];
    else next[key] = value;
  }
  window.location.hash = overviewHref(next);
}

export function eventHref(id) {
  return `#/event/${encodeURIComponent(id)}`;
}

export function articleHref(id) {
  return `#/article/${encodeURIComponent(id)}`;
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.detail ?? response.statusText);
  return body;
}

/** GET a JSON resource; `params` is a URLSearchParams or a plain object. */
export async function getJSON(path, params) {
  const query = params ? new URLSearchParams(params).toString() : "";
  const response = await fetch(query ? `${path}?${query}` : path, {
    headers: { Accept: "application/json" },
  });
  return parse(response);
}

/** POST JSON with a bearer token. */
export async function postJSON(path, body, token) {
  const response = await fetch(path, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json",
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return parse(response);
}

/** The export download address for a format and the current filters. */
export function exportHref(format, filters) {
  const params = filterParams(filters);
  params.set("format", format);
  return `/api/export?${params}`;
}

/** The manifest of that export: the query, versions, counts and the sources' licences. */
export function manifestHref(format, filters) {
  return exportHref(format, filters).replace("/api/export?", "/api/export/manifest?");
}

/**
 * Runs the latest of a view's requests only: a response that arrives after a newer
 * request was made is dropped, so fast filter changes never show stale data.
 */
export function latestOnly() {
  let latest = 0;
  return async (load, show) => {
    const ticket = ++latest;
    const data = await load();
    if (ticket === latest) show(data);
  };
}
