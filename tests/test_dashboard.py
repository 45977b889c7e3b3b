"""The dashboard in a real browser: Debian's Chromium, driven by Playwright, against
`dyad serve` on a database built from the sample corpus plus one hostile article."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from playwright.sync_api import expect, sync_playwright

from browser_support import (
    HOSTILE_ARTICLE,
    NEW_ARTICLE,
    ROOT,
    build_db,
    copy_db,
    launch,
    running,
)
from dyad.events.lexicon import MEDIA, MODES, PLOVER_TYPES

pytestmark = pytest.mark.browser

TOKEN = "test-token-7c1e"
STATIC = ROOT / "src" / "dyad" / "web" / "static"


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("dashboard")


@pytest.fixture(scope="session")
def hostile(workdir) -> Path:
    path = workdir / "inputs" / "hostile.txt"
    path.parent.mkdir()
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def built_db(workdir, hostile) -> Path:
    db = workdir / "dashboard.db"
    build_db(db, hostile)
    return db


@pytest.fixture(scope="session")
def server(built_db, workdir):
    with running(built_db, TOKEN, workdir / "serve.log") as s:
        yield s


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture
def problems() -> list[str]:
    """Console errors, uncaught exceptions, failed and 4xx/5xx requests seen by `page`."""
    return []


@pytest.fixture
def page(browser, problems):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
    pg.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
    pg.on(
        "request",
        lambda r: (
            r.url.startswith(("http://127.0.0.1", "data:"))
            or problems.append(f"outside request: {r.url}")
        ),
    )
    yield pg
    context.close()
    if problems:
        print("browser problems:", *problems, sep="\n  ")  # shown with a failure


# --- helpers ----------------------------------------------------------------------------


def total(server, **filters) -> int:
    params = urlencode({**filters, "limit": 1}, doseq=True)
    return server.get(f"/api/events?{params}")["total"]


def hash_filters(page) -> dict[str, list[str]]:
    fragment = urlparse(page.url).fragment
    return parse_qs(fragment.partition("?")[2])


def open_overview(page, server, query: str = "") -> None:
    page.goto(f"{server.url}/#/{'?' + query if query else ''}")
    page.wait_for_selector("#events-table tbody tr")
    page.wait_for_selector("#timeline-chart svg")
    page.wait_for_selector("#network-chart svg g.node")
    page.wait_for_selector("#map-chart svg path.country")
    page.wait_for_load_state("networkidle")


def wait_for_total(page, n: int) -> None:
    page.wait_for_function(
        "n => document.querySelector('#table-summary')?.textContent.endsWith(`of ${n} events`)",
        arg=n,
    )


def row_ids(page) -> list[str]:
    return page.eval_on_selector_all("#events-table tbody tr", "rs => rs.map(r => r.dataset.id)")


def column(page, index: int) -> list[str]:
    return page.eval_on_selector_all(
        "#events-table tbody tr",
        f"rows => rows.map(r => r.children[{index}].textContent)",
    )


def hostile_event(server) -> dict:
    found = server.get("/api/events?" + urlencode({"text": "__pwned", "type": "CONSULT"}))
    assert found["total"] >= 1, "the hostile article should code a CONSULT event"
    return found["events"][0]


# --- tests ------------------------------------------------------------------------------


def test_plover_labels_agree_with_the_lexicon():
    plover = json.loads((STATIC / "plover.json").read_text(encoding="utf-8"))
    assert plover["types"] == list(PLOVER_TYPES)
    assert plover["modes"] == {t: sorted(MODES[t]) for t in PLOVER_TYPES}
    assert plover["media"] == sorted(MEDIA)


def test_no_external_resources_in_the_static_files():
    for path in STATIC.rglob("*"):
        if path.suffix in {".html", ".js", ".css"} and "vendor" not in path.parts:
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"""(src|href)\s*=\s*["']https?://""", text), path
            assert "innerHTML" not in text and "insertAdjacentHTML" not in text, path


def test_vendored_libraries_carry_their_licences():
    vendor = STATIC / "vendor"
    for name in ("d3", "topojson-client", "world-atlas"):
        assert (vendor / f"LICENSE-{name}").read_text().strip()
        assert name in (vendor / "README.md").read_text()


@pytest.mark.parametrize("view", ["overview", "filtered", "event", "article"])
def test_each_view_loads_without_errors(page, problems, server, view):
    event = hostile_event(server)
    if view == "overview":
        open_overview(page, server)
    elif view == "filtered":
        open_overview(page, server, "country=CHN&type=CONSULT&since=2019-01-01")
    elif view == "event":
        page.goto(f"{server.url}/#/event/{event['id']}")
        page.wait_for_selector("mark.evidence")
    else:
        page.goto(f"{server.url}/#/article/{event['mentions'][0]['article_id']}")
        page.wait_for_selector("#article-text mark")
    page.wait_for_load_state("networkidle")
    assert problems == []


def test_the_api_docs_render_offline(page, problems, server):
    # The dashboard's "API" link: Swagger UI must come from the package, not a CDN.
    page.goto(f"{server.url}/docs")
    page.wait_for_selector('.opblock-summary-path[data-path="/api/events"]')
    page.wait_for_load_state("networkidle")
    assert problems == []


def test_type_filter_changes_the_table(page, problems, server):
    open_overview(page, server)
    everything = total(server)
    wait_for_total(page, everything)
    before = row_ids(page)
    page.select_option("#filter-type", "SANCTION")  # a menu applies at once
    expected = total(server, type="SANCTION")
    assert 0 < expected < everything
    wait_for_total(page, expected)
    assert hash_filters(page)["type"] == ["SANCTION"]
    types = column(page, 1)
    assert types and all(t.startswith("SANCTION") for t in types)
    assert row_ids(page) != before
    assert problems == []


def test_confidence_filter_keeps_the_surer_events(page, problems, server):
    open_overview(page, server)
    everything = total(server)
    wait_for_total(page, everything)
    page.select_option("#filter-min_confidence", "0.9")  # a menu applies at once
    expected = total(server, min_confidence="0.9")
    assert 0 < expected < everything
    wait_for_total(page, expected)
    assert hash_filters(page)["min_confidence"] == ["0.9"]
    shown = [float(c) for c in column(page, 7)]
    assert shown and all(c >= 0.9 for c in shown)
    page.get_by_role("button", name=re.compile("Remove filter confidence")).click()
    wait_for_total(page, everything)
    assert problems == []


def test_country_and_text_filters_from_the_form(page, problems, server):
    open_overview(page, server)
    page.fill("#filter-country", "kaz")
    page.fill("#filter-text", "visit")
    page.press("#filter-text", "Enter")
    expected = total(server, country="KAZ", text="visit")
    assert expected > 0
    wait_for_total(page, expected)
    assert hash_filters(page)["country"] == ["KAZ"]
    # The chips show the filters; removing one widens the table again.
    page.get_by_role("button", name=re.compile("Remove filter text")).click()
    wait_for_total(page, total(server, country="KAZ"))
    assert problems == []


def test_refused_filters_show_the_reason_not_a_stale_count(page, server):
    open_overview(page, server)
    wait_for_total(page, total(server))
    page.evaluate("location.hash = '#/?dyad=CHN'")  # one state is not a pair: a 422
    page.wait_for_selector("#events-table .error")
    assert "two ISO3 codes" in page.locator("#events-table").inner_text()
    assert page.locator("#table-summary").inner_text() == ""
    assert page.locator("nav.pager button").count() == 0


def test_applying_the_form_keeps_filters_it_cannot_show(page, problems, server):
    # A year and a month (the API takes them) and two types, from a bookmarked address.
    open_overview(page, server, "since=2021&until=2022-02&type=CONSULT&type=SANCTION")
    page.fill("#filter-country", "RUS")
    page.press("#filter-country", "Enter")
    page.wait_for_function("() => location.hash.includes('country=RUS')")
    chosen = hash_filters(page)
    assert (chosen["since"], chosen["until"]) == (["2021-01-01"], ["2022-02-28"])
    assert chosen["type"] == ["CONSULT", "SANCTION"]
    wait_for_total(page, total(server, country="RUS", since="2021", until="2022-02",
                               type=["CONSULT", "SANCTION"]))  # fmt: skip
    assert problems == []


def test_dragging_on_the_timeline_selects_a_period(page, problems, server):
    open_overview(page, server)
    box = page.locator("#timeline-chart svg .brush .overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=8)
    page.mouse.up()
    page.wait_for_function("() => location.hash.includes('since=')")
    chosen = hash_filters(page)
    since, until = chosen["since"][0], chosen["until"][0]
    assert re.fullmatch(r"\d{4}-\d\d-01", since) and re.fullmatch(r"\d{4}-\d\d-\d\d", until)
    expected = total(server, since=since, until=until)
    assert 0 < expected < total(server)
    wait_for_total(page, expected)
    dates = [d.split(" ")[0] for d in column(page, 0)]
    assert dates and all(since <= d <= until for d in dates)
    # The other views follow: the network only has states of the period's events.
    network = server.get("/api/network?" + urlencode({"since": since, "until": until}))
    page.wait_for_function(
        "n => document.querySelectorAll('#network-chart g.node').length === n",
        arg=len(network["nodes"]),
    )
    assert problems == []


def test_clicking_a_state_in_the_network_filters(page, problems, server):
    open_overview(page, server)
    page.locator('#network-chart g.node[data-id="CHN"]').click()
    page.wait_for_function("() => location.hash.includes('country=CHN')")
    wait_for_total(page, total(server, country="CHN"))
    # the network redraws on its own after the table: wait for it rather than race it
    expect(page.locator('#network-chart g.node.selected[data-id="CHN"]')).to_have_count(1)
    # A pair, from the keyboard: focus its edge and press Enter.
    edge = page.locator("#network-chart line.edge").first
    pair = edge.get_attribute("data-pair")
    edge.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("p => decodeURIComponent(location.hash).includes('dyad=' + p)", arg=pair)
    wait_for_total(page, total(server, country="CHN", dyad=pair))
    assert problems == []


def test_choosing_a_country_on_the_map_filters(page, problems, server):
    open_overview(page, server)
    bubble = page.locator('#map-chart circle.bubble[data-iso3="UKR"]')
    bubble.focus()
    page.keyboard.press("Enter")
    wait_for_total(page, total(server, country="UKR"))
    assert hash_filters(page)["country"] == ["UKR"]
    assert problems == []


def test_export_links_carry_the_filters(page, server):
    open_overview(page, server, "type=SANCTION")
    wait_for_total(page, total(server, type="SANCTION"))
    href = page.locator('a.export[data-format="jsonl"]').get_attribute("href")
    query = parse_qs(urlparse(href).query)
    assert urlparse(href).path == "/api/export"
    assert query["format"] == ["jsonl"] and query["type"] == ["SANCTION"]
    status, body = server.fetch(href)
    assert status == 200
    lines = [json.loads(line) for line in body.decode().splitlines() if line.strip()]
    assert len(lines) == total(server, type="SANCTION")
    assert {r["event_type"] for r in lines} == {"SANCTION"}
    # The manifest of the same export: a download alone carries none.
    href = page.locator("a.manifest").get_attribute("href")
    assert urlparse(href).path == "/api/export/manifest"
    status, body = server.fetch(href)
    manifest = json.loads(body)
    assert status == 200 and manifest["query"] == {"types": ["SANCTION"]}
    assert manifest["rows"] == len(lines) and manifest["licences"]


def test_event_page_marks_the_evidence_at_its_offsets(page, problems, server):
    event = server.get("/api/events?sort=-num_articles&limit=1")["events"][0]
    assert event["num_articles"] >= 2
    page.goto(f"{server.url}/#/event/{event['id']}")
    page.wait_for_selector("mark.evidence")
    marks = page.eval_on_selector_all(
        "mark.evidence",
        "ms => ms.map(m => [m.dataset.article, +m.dataset.start, +m.dataset.end, m.textContent])",
    )
    wanted = {(m["article_id"], m["start"], m["end"]) for m in event["mentions"]}
    assert {(a, s, e) for a, s, e, _ in marks} == wanted
    for article_id, start, end, shown in marks:
        text = server.get(f"/api/articles/{article_id}")["text"]
        assert shown == text[start:end]
    sentences = {m["sentence"] for m in event["mentions"]}
    assert {shown for *_, shown in marks} <= sentences
    assert page.locator(".report").count() == len({m["article_id"] for m in event["mentions"]})
    assert problems == []


def test_the_article_legend_names_only_the_marks_it_has(page, server):
    event = hostile_event(server)
    article = server.get(f"/api/articles/{event['mentions'][0]['article_id']}")
    page.goto(f"{server.url}/#/article/{article['id']}")
    page.wait_for_selector("#article-text mark")
    shown = page.eval_on_selector_all("ul.legend li", "ls => ls.map(l => l.textContent)")
    names = {"location": "place"}
    assert sorted(shown) == sorted({names.get(s["field"], s["field"]) for s in article["spans"]})


def test_offsets_after_an_emoji_still_mark_the_evidence(page, server):
    # The hostile article's second paragraph comes after an emoji (2 UTF-16 units, 1 code point).
    found = server.get("/api/events?" + urlencode({"text": "meet again"}))
    assert found["total"] >= 1
    event = found["events"][0]
    page.goto(f"{server.url}/#/event/{event['id']}")
    page.wait_for_selector("mark.evidence")
    mention = event["mentions"][0]
    text = server.get(f"/api/articles/{mention['article_id']}")["text"]
    assert "\N{WATER WAVE}" in text[: mention["start"]]
    shown = page.locator("mark.evidence").first.text_content()
    assert shown == text[mention["start"] : mention["end"]]


def test_hostile_text_is_shown_as_text(page, problems, server):
    event = hostile_event(server)
    article_id = event["mentions"][0]["article_id"]
    for route in (
        f"#/event/{event['id']}",
        f"#/article/{article_id}",
        "#/?" + urlencode({"text": "__pwned"}),
    ):
        page.goto(f"{server.url}/{route}")
        page.wait_for_selector("mark, #events-table tbody tr")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__pwned") is None
        assert page.locator("main img").count() == 0
        assert page.locator("main script").count() == 0
        assert "<script>window.__pwned=1</script>" in page.locator("main").inner_text()
    assert problems == []


def test_a_wrong_token_is_refused(page, server):
    event = hostile_event(server)
    page.goto(f"{server.url}/#/event/{event['id']}")
    page.wait_for_selector("#correction-form")
    page.select_option("#fix-type", "REJECT")
    page.fill("#fix-who", "Tester")
    page.fill("#fix-why", "checking the token")
    page.fill("#fix-token", "not-the-token")
    page.click("#correction-form button[type=submit]")
    page.wait_for_function(
        "() => document.querySelector('#correction-status').textContent.startsWith('Not saved')"
    )
    assert "token" in page.locator("#correction-status").inner_text()
    assert server.get("/api/corrections") == []
    assert page.evaluate("localStorage.getItem('dyad.token')") is None  # refused: not kept


def test_the_form_asks_for_what_is_missing(page, server):
    event = hostile_event(server)
    page.goto(f"{server.url}/#/event/{event['id']}")
    page.wait_for_selector("#correction-form")
    page.click("#correction-form button[type=submit]")
    assert page.locator("#correction-status").inner_text() == "Say who you are."
    assert page.evaluate("document.activeElement.id") == "fix-who"


def test_a_correction_persists_after_a_rerun(page, problems, built_db, hostile, workdir):
    db = workdir / "corrected.db"
    copy_db(built_db, db)
    new = workdir / "inputs-new" / "new.txt"
    new.parent.mkdir()
    new.write_text(NEW_ARTICLE, encoding="utf-8")
    with running(db, TOKEN, workdir / "serve-corrected.log") as server:
        event = server.get("/api/events?" + urlencode({"type": "CONSULT", "sort": "-num_sources"}))[
            "events"
        ][0]
        cooperation = total(server, type="COOPERATE")  # the coder's own, before the fix
        assert event["event_type"] != "COOPERATE"
        page.goto(f"{server.url}/#/event/{event['id']}")
        page.wait_for_selector("#correction-form")
        page.select_option("#fix-type", "COOPERATE")
        page.fill("#fix-who", "A. Analyst")
        page.fill("#fix-why", "the talks produced a joint working group")
        page.fill("#fix-token", TOKEN)
        page.click("#correction-form button[type=submit]")
        page.wait_for_selector("text=Correction saved.")
        assert page.evaluate("localStorage.getItem('dyad.token')") == TOKEN
        log = server.get("/api/corrections")
        assert [(c["event_id"], c["action"], c["who"]) for c in log] == [
            (event["id"], "relabel", "A. Analyst")
        ]

    build_db(db, hostile, new)
    with running(db, TOKEN, workdir / "serve-rerun.log") as server:
        # The re-run did new work, and kept the analyst's label.
        assert total(server, text="telephone conversation with Tanzanian") == 1
        assert total(server, type="COOPERATE") == cooperation + 1
        page.goto(f"{server.url}/#/event/{event['id']}")
        page.wait_for_selector("#event-title")
        assert page.locator("#event-title").inner_text().startswith("COOPERATE")
        assert page.locator("#corrected-badge").count() == 1
        log = page.locator("#correction-log").inner_text()
        assert "A. Analyst" in log and "the talks produced a joint working group" in log
        open_overview(page, server, "type=COOPERATE")
        wait_for_total(page, cooperation + 1)
        assert event["id"] in row_ids(page)
    assert problems == []


def fill_correction(page, action: str, who: str, why: str) -> None:
    page.check(f"#correction-form input[name=action][value={action}]")
    page.fill("#fix-who", who)
    page.fill("#fix-why", why)
    page.fill("#fix-token", TOKEN)
    page.click("#correction-form button[type=submit]")
    page.wait_for_selector("text=Correction saved.")


def test_split_and_merge_through_the_form(page, problems, built_db, workdir):
    db = workdir / "split-merge.db"
    copy_db(built_db, db)
    with running(db, TOKEN, workdir / "serve-split-merge.log") as server:
        event = server.get("/api/events?sort=-num_articles&limit=1")["events"][0]
        leaving = event["mentions"][-1]
        page.goto(f"{server.url}/#/event/{event['id']}")
        page.wait_for_selector("#correction-form")
        page.check("#correction-form input[name=action][value=split]")
        page.check(f"#correction-form input[name=mention_ids][value={leaving['mention_id']}]")
        fill_correction(page, "split", "B. Analyst", "two different meetings")
        kept = server.get(f"/api/events/{event['id']}")
        assert leaving["mention_id"] not in {m["mention_id"] for m in kept["mentions"]}
        reports = len({m["article_id"] for m in kept["mentions"]})
        expect(page.locator(".report")).to_have_count(reports)
        assert "split" in page.locator("#correction-log").inner_text()

        # Merge the hostile article's two events from the first one's page.
        found = server.get("/api/events?" + urlencode({"text": "meet again"}))["events"][0]
        other = hostile_event(server)
        page.goto(f"{server.url}/#/event/{other['id']}")
        page.wait_for_selector("#correction-form")
        page.check("#correction-form input[name=action][value=merge]")
        page.fill("#fix-other", found["id"])
        fill_correction(page, "merge", "B. Analyst", "one meeting")
        merged = {server.get(f"/api/events/{i}")["id"] for i in (other["id"], found["id"])}
        assert len(merged) == 1
        assert [c["action"] for c in server.get("/api/corrections")] == ["split", "merge"]
    assert problems == []


def test_a_read_only_server_disables_the_form(page, built_db, workdir):
    db = workdir / "readonly.db"
    copy_db(built_db, db)
    with running(db, None, workdir / "serve-readonly.log") as server:
        event = server.get("/api/events?limit=1")["events"][0]
        page.goto(f"{server.url}/#/event/{event['id']}")
        page.wait_for_selector("#correction-form")
        assert page.locator("#correction-form button[type=submit]").is_disabled()
        assert "read-only" in page.locator("#correction-form").inner_text()
