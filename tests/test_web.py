"""The REST API over a real SQLite database of the coded sample corpus (FastAPI TestClient):
filters, paging, sorting, 404s, aliases, hostile filter values, exports, the token."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyad.web.app import create_app

TOKEN = "s3cret-token"
HOSTILE = [
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    "x') UNION SELECT record FROM event_records --",
    "%",
    "_",
    "\\",
]


@pytest.fixture(scope="module")
def client(sample_db) -> TestClient:
    """A read-only server (no token) over the shared sample database."""
    return TestClient(create_app(sample_db))


@pytest.fixture(scope="module")
def everything(client) -> list[dict]:
    body = client.get("/api/events", params={"limit": 1000, "sort": "date"}).json()
    assert body["total"] == len(body["events"]) > 50
    return body["events"]


@pytest.fixture
def writer(copy_db) -> Callable[..., TestClient]:
    """A server that accepts corrections with TOKEN, over a private copy of the database."""

    def _make(token: str | None = TOKEN) -> TestClient:
        return TestClient(create_app(copy_db(), token=token))

    return _make


def ids(body: dict) -> list[str]:
    return [e["id"] for e in body["events"]]


def get_events(client: TestClient, **params) -> dict:
    response = client.get("/api/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return response.json()


# ---- about -----------------------------------------------------------------------------------


def test_meta(client, everything):
    meta = client.get("/api/meta").json()
    assert meta["events"] == len(everything)
    assert meta["articles"] == 66
    assert meta["read_only"] is True
    assert meta["date_min"] == min(e["date"] for e in everything if e["date"])
    assert meta["date_max"] == max(e["date"] for e in everything if e["date"])
    assert meta["coder_version"].endswith("+kb" + meta["kb_version"])


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    paths = ["/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}/timeline",
             "/api/actors", "/api/articles/{article_id}", "/api/export",
             "/api/corrections"]  # fmt: skip
    for path in paths:
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/corrections"]
    assert client.get("/docs").status_code == 200


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_api_docs_work_offline(client, page):
    # Swagger UI and ReDoc come from the package, as the dashboard does: no CDN.
    import re

    html = client.get(page).text
    assert not re.search(r"https?://", html), re.findall(r"https?://[^\"' ]+", html)
    assets = re.findall(r"""(?:src|href)=["']([^"']+\.(?:js|css))["']""", html)
    assert assets
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.content) > 10_000, asset


# ---- events: records, filters, paging, sorting ---------------------------------------------


def test_events_are_export_records(everything):
    keys = {"id", "event_type", "mode", "medium", "contexts", "date", "date_precision",
            "actors", "recipients", "countries", "location", "modality", "negated", "cameo",
            "goldstein", "quad_class", "num_articles", "num_sources", "mentions",
            "corrected"}  # fmt: skip
    for e in everything:
        assert keys <= set(e), keys - set(e)
        assert e["corrected"] is False
        for m in e["mentions"]:
            assert {"article_id", "path", "url", "outlet", "published", "sentence", "start",
                    "end"} <= set(m)  # fmt: skip


def _said(e: dict, text: str) -> bool:
    return any(text.casefold() in m["sentence"].casefold() for m in e["mentions"])


def _names(e: dict) -> str:
    return " ".join(f"{a['name']} {a['raw']}" for a in e["actors"] + e["recipients"]).casefold()


FILTER_CASES = [
    ({"country": "CHN"}, lambda e: "CHN" in e["countries"]),
    ({"country": ["CHN", "RUS"]}, lambda e: {"CHN", "RUS"} <= set(e["countries"])),
    ({"dyad": "USA,RUS"}, lambda e: {"USA", "RUS"} <= set(e["countries"])),
    ({"actor": "lavrov"}, lambda e: "lavrov" in _names(e)),
    ({"type": "CONSULT"}, lambda e: e["event_type"] == "CONSULT"),
    ({"type": ["SANCTION", "ACCUSE"]}, lambda e: e["event_type"] in ("SANCTION", "ACCUSE")),
    ({"mode": "phone"}, lambda e: e["mode"] == "phone"),
    ({"quad": 4}, lambda e: e["quad_class"] == 4),
    ({"since": "2022-01-01"}, lambda e: e["date"] and e["date"] >= "2022-01-01"),
    ({"until": "2020-12-31"}, lambda e: e["date"] and e["date"] <= "2020-12-31"),
    ({"since": "2022-02", "until": "2022-02"}, lambda e: e["date"] and e["date"][:7] == "2022-02"),
    ({"text": "TELEPHONE"}, lambda e: _said(e, "telephone")),
    ({"min_confidence": 0.95}, lambda e: e["confidence"] >= 0.95),
    ({"country": "RUS", "type": "CONSULT", "since": "2021-01-01"},
     lambda e: "RUS" in e["countries"] and e["event_type"] == "CONSULT"
     and e["date"] >= "2021-01-01"),
]  # fmt: skip


@pytest.mark.parametrize(
    "params,keep", FILTER_CASES, ids=[json.dumps(p, sort_keys=True) for p, _ in FILTER_CASES]
)
def test_filters_select_exactly_the_matching_events(client, everything, params, keep):
    got = get_events(client, sort="date", **params)
    wanted = [e["id"] for e in everything if keep(e)]
    assert ids(got) == wanted
    assert got["total"] == len(wanted)
    assert 0 < len(wanted) < len(everything)  # every case above selects something, not all


def test_filters_that_match_nothing(client):
    for params in ({"country": "ATA"}, {"actor": "nobody-at-all"}, {"since": "2031-01-01"},
                   {"text": "zzzz qqqq"}, {"country": ["KAZ", "BRA"]}):  # fmt: skip
        assert get_events(client, **params)["total"] == 0, params


def test_paging_walks_every_event_once(client, everything):
    seen = []
    for offset in range(0, len(everything) + 10, 10):
        body = client.get("/api/events", params={"limit": 10, "offset": offset, "sort": "date"})
        page = body.json()
        assert page["total"] == len(everything)
        assert (page["limit"], page["offset"]) == (10, offset)
        seen += ids(page)
    assert seen == [e["id"] for e in everything]


@pytest.mark.parametrize("key", ["date", "num_sources", "num_articles", "goldstein", "event_type"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting(client, everything, key, descending):
    events = get_events(client, sort=("-" if descending else "") + key)["events"]
    assert sorted(ids({"events": events})) == sorted(e["id"] for e in everything)
    values = [e[key] for e in events]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=descending)
    assert values[len(present) :] == [None] * (len(values) - len(present))  # nulls last


def test_default_sort_is_newest_first(client):
    dates = [e["date"] for e in client.get("/api/events").json()["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    "params",
    [{"sort": "rowid"}, {"sort": "date; DROP TABLE events"}, {"limit": -1}, {"limit": 5000},
     {"offset": -3}, {"quad": 9}, {"quad": "x"}, {"since": "2021-13-01"}, {"until": "yesterday"},
     {"type": "HUG"}, {"country": "CHINA"}, {"dyad": "CHN"}],
)  # fmt: skip
def test_bad_parameters_are_422_with_a_message(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422, params
    assert response.json()["detail"]


def test_extreme_values_are_answers_not_server_errors(client):
    assert client.get("/api/events", params={"offset": 2**63}).status_code == 422
    body = get_events(client, offset=2**63 - 1)
    assert body["events"] == [] and body["total"] > 0
    for params in ({"until": "9999-12"}, {"until": "9999"}, {"since": "0001-01"}):
        assert get_events(client, **params)["total"] >= 0, params
    response = client.get("/api/events", params={"since": "\N{FULLWIDTH DIGIT TWO}" * 4})
    assert response.status_code == 422


# ---- hostile values are values ----------------------------------------------------------------


def _table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: db.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name", ["actor", "text", "mode"])
def test_quotes_and_sql_in_text_filters_match_literally(client, sample_db, everything, name, value):
    before = _table_counts(sample_db)
    got = get_events(client, **{name: value})
    if name == "actor":
        wanted = [e["id"] for e in everything if value.casefold() in _names(e)]
    elif name == "text":
        wanted = [e["id"] for e in everything if _said(e, value)]
    else:
        wanted = []
    assert sorted(ids(got)) == sorted(wanted)
    assert _table_counts(sample_db) == before  # nothing dropped, nothing deleted


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name", ["country", "dyad", "type", "since", "until", "quad", "sort"])
def test_quotes_and_sql_in_coded_filters_are_refused(client, sample_db, name, value):
    before = _table_counts(sample_db)
    response = client.get("/api/events", params={name: value})
    assert response.status_code == 422
    assert _table_counts(sample_db) == before


@pytest.mark.parametrize("value", HOSTILE)
def test_quotes_and_sql_elsewhere(client, sample_db, value):
    before = _table_counts(sample_db)
    assert client.get("/api/actors", params={"q": value}).status_code == 200
    assert client.get("/api/timeline", params={"text": value}).status_code == 200
    assert client.get("/api/network", params={"actor": value}).status_code == 200
    assert client.get("/api/map", params={"text": value}).status_code == 200
    assert client.get(f"/api/events/{value}").status_code == 404
    assert client.get(f"/api/articles/{value}").status_code == 404
    assert _table_counts(sample_db) == before


# ---- one event, aliases, articles -----------------------------------------------------------


def test_one_event_with_mentions_comparison_related(client, everything):
    multi = max(everything, key=lambda e: (e["num_articles"], e["id"]))
    assert multi["num_articles"] >= 2
    body = client.get(f"/api/events/{multi['id']}").json()
    assert body["id"] == multi["id"]
    assert [m["sentence"] for m in body["mentions"]] == [m["sentence"] for m in multi["mentions"]]
    comparison = body["comparison"]
    assert {a["id"] for a in comparison["articles"]} == {m["article_id"] for m in multi["mentions"]}
    assert any(s["event_id"] == multi["id"] for s in comparison["statements"])
    assert body["corrections"] == []
    for r in body["related"]:
        assert r["id"] != multi["id"]
        assert r["relation"] in ("same sentence", "same report", "same occasion")


def test_some_event_has_related_events(client, everything):
    related = [client.get(f"/api/events/{e['id']}").json()["related"] for e in everything[:40]]
    assert any(related)


def test_an_event_page_lists_the_links_the_merge_made_across_reports(client, everything):
    # merge.related links a deed to the meeting it was done at, also when another outlet
    # reported the meeting: the event's page must show those links too.
    across = 0
    for e in everything:
        detail = client.get(f"/api/events/{e['id']}").json()
        shown = {r["id"]: r["relation"] for r in detail["related"]}
        assert set(e["related"]) <= set(shown), e["id"]
        across += sum(shown[other] == "same occasion" for other in e["related"])
    assert across > 0  # the sample corpus has such a pair (one meeting, two outlets)


def test_unknown_ids_are_404_json(client):
    for url in ("/api/events/e_0000000000000000", "/api/articles/a_0000000000000000"):
        response = client.get(url)
        assert response.status_code == 404
        assert "detail" in response.json()


def test_alias_ids_give_the_surviving_event(writer, everything):
    server = writer()
    a, b = [e for e in everything if e["event_type"] == "CONSULT" and e["num_articles"] == 1][:2]
    merge = {"event_id": a["id"], "action": "merge", "other_event_id": b["id"], "who": "test",
             "why": "alias"}  # fmt: skip
    response = server.post(
        "/api/corrections", headers={"Authorization": f"Bearer {TOKEN}"}, json=merge
    )
    assert response.status_code == 201, response.text
    body = server.get(f"/api/events/{b['id']}").json()
    assert body["id"] == a["id"]
    assert len(body["mentions"]) == len(a["mentions"]) + len(b["mentions"])
    assert b["id"] not in ids(server.get("/api/events", params={"limit": 1000}).json())


def test_article_text_and_spans(client, everything):
    event = next(e for e in everything if e["actors"] and e["recipients"])
    article_id = event["mentions"][0]["article_id"]
    body = client.get(f"/api/articles/{article_id}").json()
    text = body["text"]
    assert body["id"] == article_id and body["paths"]
    fields = {s["field"] for s in body["spans"]}
    assert {"evidence", "trigger", "actor", "recipient"} <= fields
    for s in body["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
        if s["field"] == "evidence":
            owner = client.get(f"/api/events/{s['event_id']}").json()
            assert text[s["start"] : s["end"]] in [m["sentence"] for m in owner["mentions"]]
        if s["field"] in ("actor", "recipient", "location"):
            assert text[s["start"] : s["end"]].strip()


def test_article_text_is_returned_as_data_not_markup(writer, tmp_path):
    """Markup in an article stays text in the JSON (the dashboard escapes it when shown)."""
    from dyad.ingest import article_id
    from dyad.models import Article, SourceRef
    from dyad.store import open_store

    server = writer()
    text = "<script>alert('x')</script> Kenya & Ethiopia <b>met</b>."
    with open_store(server.app.state.db) as store:
        store.add_article(Article(id=article_id(text), text=text), SourceRef("x.txt"))
    body = server.get(f"/api/articles/{article_id(text)}")
    assert body.headers["content-type"].startswith("application/json")
    assert body.json()["text"] == text


# ---- aggregates -------------------------------------------------------------------------------


def test_timeline_by_quad_and_type(client, everything):
    body = client.get("/api/timeline", params={"country": "RUS"}).json()
    assert body["by"] == "quad" and set(body["series"]) == {"1", "2", "3", "4"}
    months = body["months"]
    assert months == sorted(months) and len(set(months)) == len(months)
    dated = [e for e in everything if e["date"] and "RUS" in e["countries"]]
    assert sum(map(sum, body["series"].values())) == sum(1 for e in dated if e["quad_class"])
    assert months[0] == min(e["date"][:7] for e in dated)
    by_type = client.get("/api/timeline", params={"by": "type", "country": "RUS"}).json()
    assert sum(map(sum, by_type["series"].values())) == len(dated)
    for series in by_type["series"].values():
        assert len(series) == len(by_type["months"])
    assert client.get("/api/timeline", params={"by": "colour"}).status_code == 422


def test_dyad_timeline_matches_the_analysis(client, sample_db):
    from dyad.analysis import dyad_timeline
    from dyad.store import open_store

    rows = client.get("/api/dyads/CHN/RUS/timeline").json()
    with open_store(sample_db, create=False) as store:
        frame = dyad_timeline(store, "CHN", "RUS")
    assert [r["month"] for r in rows] == [str(p) for p in frame.index]
    assert [r["events"] for r in rows] == frame["events"].tolist()
    assert sum(r["events"] for r in rows) > 0
    directed = client.get("/api/dyads/CHN/RUS/timeline", params={"directed": True}).json()
    assert sum(r["events"] for r in directed) <= sum(r["events"] for r in rows)
    assert client.get("/api/dyads/CHN/xx/timeline").status_code == 422


def test_network_counts_shared_events(client, everything):
    body = client.get("/api/network", params={"type": "CONSULT"}).json()
    consult = [e for e in everything if e["event_type"] == "CONSULT"]
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["CHN"]["name"] == "China"
    assert nodes["CHN"]["events"] == sum("CHN" in e["countries"] for e in consult)
    for edge in body["edges"]:
        shared = [e for e in consult if {edge["source"], edge["target"]} <= set(e["countries"])]
        assert edge["events"] == len(shared) > 0


def test_countries_have_iso_numeric_codes(client):
    states = client.get("/api/countries").json()
    assert len(states) >= 199
    by_code = {s["iso3"]: s for s in states}
    assert by_code["CHN"] == {"iso3": "CHN", "name": "China", "cow": 710, "iso_numeric": "156"}
    assert by_code["USA"]["iso_numeric"] == "840" and by_code["KAZ"]["iso_numeric"] == "398"
    assert by_code["XKX"]["iso_numeric"] is None  # Kosovo has no ISO numeric code
    numeric = [s["iso_numeric"] for s in states if s["iso_numeric"]]
    assert len(numeric) == len(set(numeric)) == len(states) - 1
    assert all(len(n) == 3 and n.isdigit() for n in numeric)


def test_map_counts_places_else_participants(client, everything):
    body = client.get("/api/map", params={"type": "CONSULT"}).json()
    expected: dict[str, int] = {}
    for e in everything:
        if e["event_type"] == "CONSULT":
            for c in [e["location"]["country"]] if e["location"]["country"] else e["countries"]:
                expected[c] = expected.get(c, 0) + 1
    assert {r["iso3"]: r["events"] for r in body} == expected


def test_actors(client, everything):
    body = client.get("/api/actors", params={"q": "xi j"}).json()
    [xi] = [a for a in body if a["name"] == "Xi Jinping"]
    assert xi["country"] == "CHN" and xi["kind"] == "person"
    assert xi["events"] == sum(
        any(a["name"] == "Xi Jinping" for a in e["actors"] + e["recipients"]) for e in everything
    )
    counts = [a["events"] for a in client.get("/api/actors", params={"limit": 20}).json()]
    assert counts == sorted(counts, reverse=True) and len(counts) == 20
    russian = client.get("/api/actors", params={"country": "rus"}).json()
    assert russian and all(a["country"] == "RUS" for a in russian)


def test_search_ignores_accents(client, everything):
    def total(**params) -> int:
        return client.get("/api/events", params=params).json()["total"]

    # the knowledge base's name is "Mevlut Cavusoglu"; the Turkish spelling finds it too
    plain, turkish = total(actor="cavusoglu"), total(actor="Çavuşoğlu")
    assert plain == turkish > 0
    # evidence is searched the same way: one outlet writes Çavuşoğlu, another Cavusoglu
    written = [e for e in everything if any("Çavuşoğlu" in m["sentence"] for m in e["mentions"])]
    assert written and total(text="cavusoglu") >= len(written)
    assert total(text="cavusoglu") == total(text="ÇAVUŞOĞLU")
    names = [a["name"] for a in client.get("/api/actors", params={"q": "çavuş"}).json()]
    assert names == ["Mevlut Cavusoglu"]


# ---- exports ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "parquet", "gexf"])
def test_export_download_and_manifest(client, everything, fmt):
    params = {"format": fmt, "country": "CHN"}
    response = client.get("/api/export", params=params)
    assert response.status_code == 200, response.text
    assert f'filename="events.{fmt}"' in response.headers["content-disposition"]
    chinese = [e for e in everything if "CHN" in e["countries"]]
    if fmt == "jsonl":
        lines = response.text.splitlines()
        assert [json.loads(x)["id"] for x in lines] == [e["id"] for e in chinese]
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(response.content))
        assert table.column("id").to_pylist() == [e["id"] for e in chinese]
    elif fmt in ("csv", "tsv"):
        assert len(response.text.splitlines()) == len(chinese) + 1
    else:
        assert response.text.startswith("<?xml") and "<gexf" in response.text
    manifest = client.get("/api/export/manifest", params=params).json()
    assert manifest["format"] == fmt and manifest["query"] == {"countries": ["CHN"]}
    assert manifest["events"] == len(chinese)
    assert manifest["rows"] == (len(chinese) if fmt != "gexf" else manifest["edges"])
    assert manifest["dyad_version"] and manifest["kb_version"] and manifest["licences"]


def test_export_bad_format_is_422(client):
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


# ---- corrections: the token -------------------------------------------------------------------

RELABEL = {"action": "relabel", "changes": {"event_type": "COOPERATE"}, "who": "an analyst",
           "why": "a joint exercise, not a meeting"}  # fmt: skip


def test_read_only_server_refuses_corrections_with_403(writer, everything):
    server = writer(token=None)
    body = {**RELABEL, "event_id": everything[0]["id"]}
    for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}):
        response = server.post("/api/corrections", json=body, headers=headers)
        assert response.status_code == 403
        assert "--token" in response.json()["detail"]
    assert server.get("/api/corrections").json() == []
    assert server.get("/api/meta").json()["read_only"] is True


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": f"Bearer {TOKEN}x"},
     {"Authorization": "Bearer "}],
    ids=["none", "wrong", "no-scheme", "basic", "longer", "empty"],
)  # fmt: skip
def test_a_missing_or_wrong_token_is_401(writer, everything, headers):
    server = writer()
    response = server.post(
        "/api/corrections", json={**RELABEL, "event_id": everything[0]["id"]}, headers=headers
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert server.get("/api/corrections").json() == []


def test_the_token_lets_a_correction_in_201(writer, everything):
    server = writer()
    target = next(e for e in everything if e["event_type"] == "CONSULT")
    response = server.post(
        "/api/corrections",
        json={**RELABEL, "event_id": target["id"]},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 201, response.text
    entry = response.json()
    assert entry["id"] == 1 and entry["event_id"] == target["id"] and entry["at"]
    assert server.get("/api/corrections").json() == [entry]
    body = server.get(f"/api/events/{target['id']}").json()
    assert (body["event_type"], body["corrected"]) == ("COOPERATE", True)
    assert body["corrections"] == [entry]
    assert body["coded"]["event_type"] == "CONSULT"
    assert server.get("/api/meta").json()["read_only"] is False
    listed = get_events(server, type="COOPERATE")
    assert target["id"] in ids(listed)


@pytest.mark.parametrize(
    "body",
    [
        {"action": "relabel", "changes": {"colour": "red"}},
        {"action": "relabel", "changes": {"event_type": "HUG"}},
        {"action": "relabel", "changes": {"date": "2021-02-30"}},
        {"action": "relabel", "changes": {"actors": "CHN"}},
        {"action": "relabel", "changes": {}},
        {"action": "delete"},
        {"action": "split", "mention_ids": ["m_nope"]},
        {"action": "merge"},
        {"action": "merge", "other_event_id": "e_nope"},
        {"action": "relabel", "changes": {"event_type": "AID"}, "event_id": "e_nope"},
        {"action": "relabel", "changes": {"event_type": "AID"}, "who": ""},
    ],
    ids=lambda b: json.dumps(b)[:60],
)
def test_invalid_corrections_are_422(writer, everything, body):
    server = writer()
    full = {"event_id": everything[0]["id"], "who": "an analyst", "why": "testing", **body}
    response = server.post(
        "/api/corrections", json=full, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 422, response.text
    assert response.json()["detail"]
    assert server.get("/api/corrections").json() == []


def test_dashboard_is_served_at_the_root(client):
    from importlib import resources

    index = resources.files("dyad.web").joinpath("static", "index.html")
    if not index.is_file():
        pytest.skip("the dashboard's index.html is not in the package yet")
    response = client.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]


def test_dyad_serve_answers_over_http(sample_db, tmp_path):
    """The real server (uvicorn's thread pool, not the TestClient): every request opens,
    uses and closes its database in whatever threads the pool gives it."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "dyad", "serve", "--db", str(sample_db), "--port", str(port)],
        stdout=log,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/meta", timeout=5) as r:
                    assert json.load(r)["read_only"] is True
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, (
                    tmp_path / "serve.log"
                ).read_text()
                time.sleep(0.2)

        def status(path: str) -> int:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
                return r.status

        paths = ["/api/meta", "/api/events?limit=2", "/api/timeline?country=CHN"] * 30
        with ThreadPoolExecutor(8) as pool:  # as a browser does: several requests at once
            assert set(pool.map(status, paths)) == {200}
    finally:
        server.terminate()
        server.wait(10)
        log.close()
