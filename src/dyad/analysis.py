"""Dyad analytics over merged events: monthly series per pair of states, and the network.

Only the data model and the store are used here; pandas builds the frames.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

from .models import EventFilter
from .store import Store

if TYPE_CHECKING:
    import pandas as pd

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
_SPARKS = "▁▂▃▄▅▆▇█"


def involves(fact: dict[str, Any], a: str, b: str, *, directed: bool) -> bool:
    """Whether an event (a record, or a store's event fact) is between ``a`` and ``b``
    (from ``a`` to ``b`` when directed)."""
    if directed:
        actors, recipients = _sides(fact)
        return a in actors and (b in recipients or (not recipients and b in actors))
    return a in fact["countries"] and b in fact["countries"]


def _sides(fact: dict[str, Any]) -> tuple[set[str], set[str]]:
    if "actor_countries" in fact:
        return set(fact["actor_countries"]), set(fact["recipient_countries"])
    actors = {a["country"] for a in fact["actors"] if a["country"]}
    recipients = {a["country"] for a in fact["recipients"] if a["country"]}
    return actors, recipients


def dyad_timeline(
    store: Store, a: str, b: str, *, directed: bool = False, freq: str = "M"
) -> pd.DataFrame:
    """Monthly series of the events between two states, zero-filled.

    Columns: ``events``, one count per PLOVER type, ``quad1``..``quad4``, and
    ``goldstein_sum`` / ``goldstein_mean``; the index is the month (a pandas Period).
    Undated events are left out.
    """
    import pandas as pd

    a, b = a.upper(), b.upper()
    rows = [
        r
        for r in store.event_facts(EventFilter(countries=tuple(dict.fromkeys((a, b)))))
        if r["date"] and involves(r, a, b, directed=directed)
    ]
    columns = ["events", *PLOVER_TYPES, "quad1", "quad2", "quad3", "quad4", "goldstein_sum"]
    if not rows:
        frame = pd.DataFrame(columns=[*columns, "goldstein_mean"], dtype=float)
        frame.index = pd.PeriodIndex([], freq=freq, name="month")
        return frame
    data = defaultdict(lambda: dict.fromkeys(columns, 0.0))
    for r in rows:
        month = pd.Period(r["date"], freq=freq)
        cell = data[month]
        cell["events"] += 1
        cell[r["event_type"]] += 1
        if r["quad_class"]:
            cell[f"quad{r['quad_class']}"] += 1
        cell["goldstein_sum"] += r["goldstein"] or 0.0
    index = pd.period_range(min(data), max(data), freq=freq, name="month")
    frame = pd.DataFrame([data.get(p, dict.fromkeys(columns, 0.0)) for p in index], index=index)
    counts = [c for c in columns if c != "goldstein_sum"]
    frame[counts] = frame[counts].astype(int)
    frame["goldstein_mean"] = (frame["goldstein_sum"] / frame["events"]).where(frame["events"] > 0)
    return frame


def timeline_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A dyad timeline as JSON-ready rows: ``month`` plus every column, NaN as None."""
    rows = []
    for month, row in frame.iterrows():
        item: dict[str, Any] = {"month": str(month)}
        for column, value in row.items():
            value = float(value)
            item[str(column)] = (
                None
                if value != value
                else (int(value) if column not in ("goldstein_sum", "goldstein_mean") else value)
            )
        rows.append(item)
    return rows


def network_counts(
    store: Store, where: EventFilter | None = None
) -> tuple[dict[str, int], dict[tuple[str, str], tuple[int, float]]]:
    """Events per state, and per pair of states the events they share and the sum of
    their Goldstein scores."""
    return store.pair_counts(where or EventFilter())


def network(store: Store, where: EventFilter | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The country network: (nodes, edges). An edge counts the events two states share
    and their mean Goldstein score; nodes count each state's events."""
    import pandas as pd

    nodes, edges = network_counts(store, where)
    node_frame = pd.DataFrame(sorted(nodes.items()), columns=["country", "events"]).set_index(
        "country"
    )
    edge_frame = pd.DataFrame(
        [(x, y, n, total / n) for (x, y), (n, total) in sorted(edges.items())],
        columns=["source", "target", "events", "goldstein_mean"],
    )
    return node_frame, edge_frame


def write_gexf(nodes: pd.DataFrame, edges: pd.DataFrame, out) -> int:
    """The network as GEXF 1.3 (Gephi), edge weight = events; returns the edge count."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<gexf xmlns="http://gexf.net/1.3" version="1.3">\n')
    out.write('  <graph defaultedgetype="undirected">\n')
    out.write('    <attributes class="node"><attribute id="0" title="events" type="integer"/>'
              "</attributes>\n")  # fmt: skip
    out.write('    <attributes class="edge"><attribute id="0" title="goldstein_mean" '
              'type="double"/></attributes>\n')  # fmt: skip
    out.write("    <nodes>\n")
    for country, row in nodes.iterrows():
        out.write(f"      <node id={quoteattr(country)} label={quoteattr(country)}>"
                  f'<attvalues><attvalue for="0" value="{int(row.events)}"/></attvalues>'
                  "</node>\n")  # fmt: skip
    out.write("    </nodes>\n    <edges>\n")
    for n, row in enumerate(edges.itertuples()):
        out.write(f'      <edge id="{n}" source={quoteattr(row.source)} '
                  f'target={quoteattr(row.target)} weight="{row.events}">'
                  f'<attvalues><attvalue for="0" value="{row.goldstein_mean:.3f}"/>'
                  "</attvalues></edge>\n")  # fmt: skip
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return len(edges)


def sparkline(values: Iterable[float]) -> str:
    """▁▂▃▅▇ for a series, scaled to its maximum."""
    values = list(values)
    top = max(values, default=0) or 1
    return "".join(_SPARKS[min(int(v / top * (len(_SPARKS) - 1) + 0.5), len(_SPARKS) - 1)]
                   for v in values)  # fmt: skip
