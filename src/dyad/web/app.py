"""The REST API (FastAPI) and the dashboard's static files: thin routes over dyad.query.

``create_app(db, token=None)`` builds the app; ``dyad serve`` runs it with uvicorn. Every
request opens the SQLite file on its own connection (the routes run in a thread pool).
The API is read-only unless a token was given: then ``POST /api/corrections`` accepts
corrections sent with ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import hmac
import shutil
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from .. import __version__, query
from ..errors import CorrectionError, DyadError, QueryError
from ..models import EventFilter
from ..store import Store, open_store

__all__ = ["create_app"]

_MEDIA = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
    "gexf": "application/gexf+xml",
}


_SORT_HELP = "date, num_sources, num_articles, goldstein or event_type; - for descending"


class CorrectionIn(BaseModel):
    """A correction as posted: see docs/api.md."""

    event_id: str = Field(min_length=1, max_length=200)
    action: Literal["relabel", "split", "merge"]
    changes: dict[str, Any] = Field(default_factory=dict)
    mention_ids: list[str] = Field(default_factory=list)
    other_event_id: str | None = None
    who: str = Field(min_length=1, max_length=200)
    why: str = Field(min_length=1, max_length=2000)


def get_store(request: Request) -> Iterator[Store]:
    """The database, opened for one request (SQLite connections stay in their thread)."""
    with open_store(request.app.state.db, create=False) as opened:
        yield opened


StoreDep = Annotated[Store, Depends(get_store)]


def filters(
    country: Annotated[
        list[str] | None, Query(description="ISO3; repeatable: every one takes part")
    ] = None,
    dyad: Annotated[str | None, Query(description="Two ISO3 codes, CHN,RUS")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name")] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER type; repeatable")] = None,
    mode: str | None = None,
    quad: Annotated[str | None, Query(description="QuadClass 1-4")] = None,
    since: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    until: Annotated[str | None, Query(description="YYYY-MM-DD, inclusive")] = None,
    text: Annotated[str | None, Query(description="Part of an evidence sentence")] = None,
    min_confidence: Annotated[
        str | None, Query(description="The least confidence, 0 to 1 (docs/export.md)")
    ] = None,
) -> EventFilter:
    """The filters every list and aggregate takes (see docs/api.md)."""
    return query.event_filter(
        country, dyad, actor, type, mode, quad, since, until, text, min_confidence
    )


Filters = Annotated[EventFilter, Depends(filters)]
Format = Literal["jsonl", "csv", "tsv", "parquet", "gexf"]


def authorised(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Corrections need the server's token: 403 when it has none, 401 when it is not sent."""
    token = request.app.state.token
    if token is None:
        raise HTTPException(
            403, "this server is read-only; start it with `dyad serve --token TOKEN`"
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(
            401, "send Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"}
        )


api = APIRouter(prefix="/api")


@api.get("/meta", tags=["about"])
def meta(request: Request, store: StoreDep) -> dict[str, Any]:
    """Versions and counts of the database."""
    return query.meta(store, read_only=request.app.state.token is None)


@api.get("/events", tags=["events"])
def events(
    store: StoreDep,
    where: Filters,
    limit: Annotated[int, Query(ge=0, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=query.MAX_OFFSET)] = 0,
    sort: Annotated[str, Query(description=_SORT_HELP)] = "-date",
) -> dict[str, Any]:
    """A page of matching events, each in the export schema of DESIGN.md."""
    return query.event_page(store, where, sort=sort, limit=limit, offset=offset)


@api.get("/events/{event_id}", tags=["events"])
def event(store: StoreDep, event_id: str) -> dict[str, Any]:
    """One event with every mention and its evidence, the readout comparison, related
    events and its corrections. An alias id gives the surviving event."""
    found = query.event_detail(store, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return found


@api.get("/timeline", tags=["aggregates"])
def timeline(
    store: StoreDep, where: Filters, by: Literal["quad", "type"] = "quad"
) -> dict[str, Any]:
    """Zero-filled monthly counts of the matching events, by QuadClass or type."""
    return query.timeline(store, where, by=by)


@api.get("/dyads/{a}/{b}/timeline", tags=["aggregates"])
def dyad_timeline(store: StoreDep, a: str, b: str, directed: bool = False) -> list[dict[str, Any]]:
    """A pair's monthly series (as `dyad dyad A B`)."""
    from ..analysis import dyad_timeline, timeline_rows

    query.event_filter(country=[a, b])  # checks both codes
    return timeline_rows(dyad_timeline(store, a, b, directed=directed))


@api.get("/network", tags=["aggregates"])
def network(store: StoreDep, where: Filters) -> dict[str, Any]:
    """States (events each) and the pairs that share events (count, mean Goldstein)."""
    from ..actors.kb import load_kb
    from ..analysis import network_counts

    kb = load_kb()
    nodes, edges = network_counts(store, where)
    return {
        "nodes": [
            {"id": c, "name": s.name if (s := kb.state(c)) else c, "events": n}
            for c, n in sorted(nodes.items())
        ],
        "edges": [
            {"source": x, "target": y, "events": n, "goldstein_mean": total / n}
            for (x, y), (n, total) in sorted(edges.items())
        ],
    }


@api.get("/countries", tags=["aggregates"])
def countries() -> list[dict[str, Any]]:
    """Every state of the knowledge base, with ISO3, COW and ISO numeric codes."""
    return query.countries()


@api.get("/map", tags=["aggregates"])
def country_map(store: StoreDep, where: Filters) -> list[dict[str, Any]]:
    """Events per country: the place when known, else each participant."""
    return query.country_map(store, where)


@api.get("/actors", tags=["aggregates"])
def actors(
    store: StoreDep,
    q: str | None = None,
    country: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    """Actors of the events, most events first; ``q`` is part of a name."""
    if country:
        query.event_filter(country=country)
    return store.actor_counts(q=q, country=country, limit=limit)


@api.get("/articles/{article_id}", tags=["articles"])
def article(store: StoreDep, article_id: str) -> dict[str, Any]:
    """An article's text and the spans of every coded field (offsets into the text)."""
    found = query.article_view(store, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@api.get("/export", tags=["export"], response_class=FileResponse)
def export(store: StoreDep, where: Filters, format: Format = "jsonl") -> FileResponse:
    """The matching events as a file (GEXF: their state network)."""
    from ..export import export as write

    folder = Path(tempfile.mkdtemp(prefix="dyad-export-"))
    path = folder / f"events.{format}"
    try:
        write(store, path, format, where)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(
        path,
        media_type=_MEDIA[format],
        filename=path.name,
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )


@api.get("/export/manifest", tags=["export"])
def export_manifest(store: StoreDep, where: Filters, format: Format = "jsonl") -> dict[str, Any]:
    """The manifest that is written beside an export with these parameters."""
    from ..export import export as write

    with tempfile.TemporaryDirectory(prefix="dyad-export-") as folder:
        return write(store, Path(folder) / f"events.{format}", format, where)


@api.get("/corrections", tags=["corrections"])
def corrections(store: StoreDep) -> list[dict[str, Any]]:
    """The correction log, oldest first."""
    return [c.to_dict() for c in store.corrections()]


@api.post("/corrections", status_code=201, tags=["corrections"], dependencies=[Depends(authorised)])
def add_correction(store: StoreDep, body: CorrectionIn) -> dict[str, Any]:
    """Log a correction and apply it (relabel, split or merge); needs the token."""
    from ..corrections import correct

    saved = correct(
        store,
        body.event_id,
        body.action,
        changes=body.changes,
        mention_ids=body.mention_ids,
        other_event_id=body.other_event_id,
        who=body.who,
        why=body.why,
    )
    return saved.to_dict()


async def _dyad_error(request: Request, exc: Exception) -> JSONResponse:
    status = 422 if isinstance(exc, QueryError | CorrectionError) else 500
    return JSONResponse({"detail": str(exc)}, status_code=status)


def create_app(db: str | Path, *, token: str | None = None) -> FastAPI:
    """The app over the database at ``db`` (which must exist). Without ``token`` it is
    read-only; with one, corrections need ``Authorization: Bearer <token>``."""
    from ..records import ensure

    with open_store(db, create=False) as store:  # fails early on a missing or bad file
        ensure(store)
    # FastAPIOffline: /docs and /redoc load Swagger UI and ReDoc from the package, so they
    # work offline like the dashboard (FastAPI's own pages fetch them from a CDN).
    app = FastAPIOffline(
        title="dyad",
        version=__version__,
        description="Event data from diplomatic news: who did what to whom, when, where, "
        "with the sentence as evidence. Read-only unless the server has a token.",
    )
    app.state.db = str(db)
    app.state.token = token or None
    app.add_exception_handler(DyadError, _dyad_error)
    app.include_router(api)
    static = resources.files("dyad.web").joinpath("static")
    if static.is_dir():
        app.mount("/", StaticFiles(directory=str(static), html=True), name="dashboard")
    return app
