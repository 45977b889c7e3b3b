"""Screenshots of each dashboard view for docs/tutorial.md.

    .venv/bin/python docs/screenshots.py [--out docs/screenshots]

Codes the bundled sample corpus into a temporary database, serves it with `dyad serve
--token`, and saves PNGs of each view with Debian's Chromium (as the browser tests do).
One correction is made through the form so that its log shows; nothing outside the
temporary folder is changed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402

from browser_support import build_db, launch, running  # noqa: E402

TOKEN = "tutorial"
VIEWPORT = {"width": 1360, "height": 900}


def settle(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)


def overview(page, url: str, query: str = "") -> None:
    page.goto(f"{url}/#/{'?' + query if query else ''}")
    page.wait_for_selector("#events-table tbody tr")
    page.wait_for_selector("#map-chart svg path.country")
    settle(page)


def showcase_event(server) -> dict:
    """An event told by several outlets, with a readout comparison worth showing."""
    found = server.get("/api/events?" + urlencode({"sort": "-num_sources", "limit": 20}))
    for record in found["events"]:
        event = server.get(f"/api/events/{record['id']}")
        if len((event.get("comparison") or {}).get("statements") or []) > 1:
            return event
    return found["events"][0]


def shoot(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(locator, name: str) -> None:
        path = out / f"{name}.png"
        locator.screenshot(path=str(path))
        saved.append(path)

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        db = Path(tmp) / "tutorial.db"
        build_db(db)
        with running(db, TOKEN, Path(tmp) / "serve.log") as server:
            browser = launch(p)
            page = browser.new_context(viewport=VIEWPORT).new_page()

            overview(page, server.url)
            save(page, "overview")
            save(page.locator("#network"), "network")
            save(page.locator("#map"), "map")

            overview(page, server.url, "since=2021-12-01&until=2022-03-31")
            save(page.locator("#timeline"), "timeline")

            overview(page, server.url, "country=KAZ&since=2022-01-01&until=2022-12-31")
            save(page.locator("#table"), "table")

            event = showcase_event(server)
            page.goto(f"{server.url}/#/event/{event['id']}")
            page.wait_for_selector("mark.evidence")
            settle(page)
            save(page.locator("#main"), "event")

            article_id = event["mentions"][0]["article_id"]
            page.goto(f"{server.url}/#/article/{article_id}")
            page.wait_for_selector("#article-text mark")
            settle(page)
            save(page.locator("#main"), "article")

            page.goto(f"{server.url}/#/event/{event['id']}")
            page.wait_for_selector("#correction-form")
            page.select_option("#fix-type", "COOPERATE")
            page.fill("#fix-who", "A. Analyst")
            page.fill("#fix-why", "The two sides set up a joint working group: cooperation.")
            page.fill("#fix-token", TOKEN)
            save(page.locator("#correction-form"), "correction-form")
            page.click("#correction-form button[type=submit]")
            page.wait_for_selector("#correction-log")
            settle(page)
            save(page.locator(".corrections"), "correction-log")
            browser.close()
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    for path in shoot(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
