// Corrections: the log of an event's corrections, and the form an analyst uses to
// relabel, split or merge it. Writing needs the token the server was started with
// (`dyad serve --token`); the token is kept in this browser's localStorage only.
import { postJSON } from "./api.js";
import { clear, el } from "./dom.js";

const TOKEN_KEY = "dyad.token";
const WHO_KEY = "dyad.who";

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the fields still work, nothing is remembered
  }
}

/** "event_type: SANCTION, mode: —" for a changes object. */
function describeChanges(entry) {
  const changes = entry.changes ?? {};
  const parts = Object.entries(changes).map(([k, v]) =>
    `${k}: ${Array.isArray(v) ? v.join(", ") : v ?? "—"}`);
  if (entry.mention_ids?.length) parts.push(`mentions: ${entry.mention_ids.join(", ")}`);
  if (entry.other_event_id) parts.push(`with ${entry.other_event_id}`);
  return parts.join("; ");
}

export function correctionLog(entries) {
  const section = el("section", { class: "corrections", "aria-labelledby": "log-h" },
    el("h2", { id: "log-h" }, "Corrections"));
  if (!entries.length) {
    section.append(el("p", { class: "muted" }, "No corrections: this is the coder's reading."));
    return section;
  }
  section.append(el("ol", { class: "log", id: "correction-log" }, ...entries.map((entry) =>
    el("li", {},
      el("strong", {}, entry.action ?? "?"), " ", describeChanges(entry),
      el("div", { class: "muted" }, `by ${entry.who ?? "?"}, ${entry.at ?? ""}`),
      entry.why ? el("div", { class: "why" }, `Why: ${entry.why}`) : null))));
  return section;
}

function labelled(id, label, control, hint) {
  control.id = id;
  return el("div", { class: "field" }, el("label", { for: id }, label), control,
    hint ? el("small", { class: "muted", id: `${id}-hint` }, hint) : null);
}

function names(actors) {
  return (actors ?? []).map((a) => a.name ?? a.country ?? "").filter(Boolean).join(", ");
}

function splitNames(value) {
  return value.split(/[,;]+/).map((s) => s.trim()).filter(Boolean);
}

/** The correction form for `event`; `onSaved` reloads the page after a stored correction. */
export function correctionForm(event, onSaved, { plover, readOnly = false } = {}) {
  const store = storage();
  const status = el("p", { class: "status", role: "status", id: "correction-status" });
  const modeList = el("datalist", { id: "correction-modes" });
  const type = el("select", { name: "event_type" },
    ...(plover?.types ?? [event.event_type]).map((t) => el("option", { value: t, selected: t === event.event_type }, t)));
  const mode = el("input", { name: "mode", type: "text", list: "correction-modes", value: event.mode ?? "", autocomplete: "off" });
  const medium = el("select", { name: "medium" }, el("option", { value: "" }, "none"),
    ...(plover?.media ?? []).map((m) => el("option", { value: m, selected: m === event.medium }, m)));
  const date = el("input", { name: "date", type: "date", value: event.date ?? "" });
  const actors = el("input", { name: "actors", type: "text", value: names(event.actors), autocomplete: "off" });
  const recipients = el("input", { name: "recipients", type: "text", value: names(event.recipients), autocomplete: "off" });
  const showModes = () => clear(modeList).append(...(plover?.modes?.[type.value] ?? []).map((m) => el("option", { value: m })));
  type.addEventListener("change", () => {
    showModes();
    // A mode belongs to its type (PLOVER): one the new type does not have is dropped.
    const modes = plover?.modes?.[type.value];
    if (modes && mode.value && !modes.includes(mode.value)) mode.value = "";
  });
  showModes();

  const mentionBoxes = (event.mentions ?? []).filter((m) => m.mention_id).map((m, i) =>
    el("label", { class: "check" },
      el("input", { type: "checkbox", name: "mention_ids", value: m.mention_id, id: `split-${i}` }),
      ` ${m.outlet ?? m.path ?? m.article_id}: `, el("span", { class: "muted" }, m.sentence)));
  const other = el("input", { name: "other_event_id", type: "text", placeholder: "e_…", autocomplete: "off" });
  const who = el("input", { name: "who", type: "text", required: true, autocomplete: "name", value: store?.getItem(WHO_KEY) ?? "" });
  const why = el("textarea", { name: "why", required: true, rows: 2 });
  const token = el("input", { name: "token", type: "password", autocomplete: "off", value: store?.getItem(TOKEN_KEY) ?? "" });

  const action = (value, label) => el("label", { class: "check" },
    el("input", { type: "radio", name: "action", value, checked: value === "relabel" }), ` ${label}`);
  const relabel = el("fieldset", { class: "part", dataset: { action: "relabel" } },
    el("legend", {}, "New labels (change what is wrong, leave the rest)"),
    labelled("fix-type", "Type", type), labelled("fix-mode", "Mode", mode),
    labelled("fix-medium", "Medium", medium), labelled("fix-date", "Date", date),
    labelled("fix-actors", "Actors", actors, "names or ISO3 codes, comma-separated"),
    labelled("fix-recipients", "Recipients", recipients, "names or ISO3 codes, comma-separated"), modeList);
  const split = el("fieldset", { class: "part", dataset: { action: "split" }, hidden: true },
    el("legend", {}, "Mentions that leave this event and become a new one"),
    ...(mentionBoxes.length ? mentionBoxes : [el("p", { class: "muted" }, "This event has no mention ids to split.")]));
  const merge = el("fieldset", { class: "part", dataset: { action: "merge" }, hidden: true },
    el("legend", {}, "Merge with"), labelled("fix-other", "Other event id", other));
  const form = el("form", { class: "correction", id: "correction-form", "aria-labelledby": "fix-h", novalidate: true },
    el("h2", { id: "fix-h" }, "Correct this event"),
    readOnly ? el("p", { class: "notice" }, "This server is read-only: start it with `dyad serve --token TOKEN` to accept corrections.") : null,
    el("fieldset", { class: "actions" }, el("legend", {}, "Action"),
      action("relabel", "relabel"), action("split", "split"), action("merge", "merge")),
    relabel, split, merge,
    el("div", { class: "row" },
      labelled("fix-who", "Your name", who), labelled("fix-why", "Why", why),
      labelled("fix-token", "Token", token, "kept in this browser only")),
    el("button", { type: "submit", disabled: readOnly }, "Save correction"), status);

  const chosen = () => form.querySelector("input[name=action]:checked").value;
  form.addEventListener("change", (e) => {
    if (e.target.name !== "action") return;
    for (const part of [relabel, split, merge]) part.hidden = part.dataset.action !== chosen();
  });

  function body() {
    const entry = { event_id: event.id, action: chosen(), who: who.value.trim(), why: why.value.trim() };
    if (entry.action === "relabel") {
      const changes = {};
      if (type.value !== event.event_type) changes.event_type = type.value;
      if (mode.value.trim() !== (event.mode ?? "")) changes.mode = mode.value.trim() || null;
      if (medium.value !== (event.medium ?? "")) changes.medium = medium.value || null;
      if (date.value !== (event.date ?? "")) changes.date = date.value || null;
      if (actors.value.trim() !== names(event.actors)) changes.actors = splitNames(actors.value);
      if (recipients.value.trim() !== names(event.recipients)) changes.recipients = splitNames(recipients.value);
      entry.changes = changes;
    } else if (entry.action === "split") {
      entry.changes = {};
      entry.mention_ids = [...split.querySelectorAll("input:checked")].map((i) => i.value);
    } else {
      entry.changes = {};
      entry.other_event_id = other.value.trim();
    }
    return entry;
  }

  function problem(entry) {
    if (!entry.who) return ["Say who you are.", who];
    if (!entry.why) return ["Say why: the log keeps the reason with the change.", why];
    if (!token.value) return ["Enter the token the server was started with.", token];
    if (entry.action === "relabel" && !Object.keys(entry.changes).length) return ["Nothing changed.", type];
    if (entry.action === "split" && !entry.mention_ids.length) return ["Tick the mentions that leave.", split];
    if (entry.action === "merge" && !entry.other_event_id) return ["Give the other event's id.", other];
    return null;
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const entry = body();
    const trouble = problem(entry);
    status.className = "status";
    if (trouble) {
      status.textContent = trouble[0];
      status.classList.add("error");
      trouble[1].focus?.();
      return;
    }
    status.textContent = "Saving…";
    try {
      const saved = await postJSON("/api/corrections", entry, token.value);
      // Kept only once the server took it: a refused token is not remembered.
      store?.setItem(TOKEN_KEY, token.value);
      store?.setItem(WHO_KEY, entry.who);
      status.textContent = `Saved correction ${saved?.id ?? ""}.`;
      await onSaved(saved);
    } catch (err) {
      const why = { 401: "wrong or missing token", 403: "the server is read-only (started without --token)", 422: "the server refused the correction" }[err.status];
      status.textContent = `Not saved: ${why ? `${why}: ` : ""}${err.message}`;
      status.classList.add("error");
    }
  });
  return form;
}
