"""The command line: thin commands over the library. Only this module prints or exits.

Exit codes: 0 ok, 1 some inputs were rejected (each named with its reason), 2 usage error.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from . import __version__, pipeline
from .errors import DyadError
from .models import Article, Status
from .settings import DEFAULT_DB, Settings, load_settings
from .store import Store, open_store

app = typer.Typer(
    name="dyad",
    help="Event data from diplomatic news: who did what to whom, with the sentence as evidence.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _console(stderr: bool = False) -> Console:
    # Pipes and CI get a wide, plain table instead of rich's 80 columns.
    width = None if Console().is_terminal else int(os.environ.get("COLUMNS", 160))
    return Console(stderr=stderr, width=width, highlight=False)


out = _console()
err = _console(stderr=True)

DbOpt = Annotated[
    str, typer.Option("--db", help="SQLite file (created when missing).", show_default=True)
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="Settings TOML file (default: ./dyad.toml).")
]
MaxBytesOpt = Annotated[
    int | None,
    typer.Option("--max-bytes", help="Reject files larger than this (default 5,000,000).", min=1),
]
FieldOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Map an article field to your key or column name, e.g. --field text=lede "
        "(fields: text, title, date, url, outlet); the usual names (body, headline, "
        "pubDate, ...) are found without it. Repeatable.",
        metavar="FIELD=KEY",
    ),
]
PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders (read recursively), globs, or - for stdin.", show_default=False
    ),
]


def _version(value: bool) -> None:
    if value:
        out.print(f"dyad {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """dyad turns news articles about diplomacy into event data."""


def _settings(config: Path | None, db: str, max_bytes: int | None, fields: list[str] | None):
    mapping: dict[str, str] = {}
    for item in fields or ():
        name, sep, key = item.partition("=")
        if not sep or not name.strip() or not key.strip():
            raise typer.BadParameter(f"expected FIELD=KEY, got {item!r}", param_hint="--field")
        mapping[name.strip()] = key.strip()
    base = load_settings(config)
    return base.with_overrides(
        db=db if db != DEFAULT_DB or base.db == DEFAULT_DB else None,
        max_bytes=max_bytes,
        fields=mapping or None,
    )


def _ingest(
    paths: list[str], settings: Settings, verb: str, *, code: bool, workers: int = 1
) -> None:
    with open_store(settings.db) as store:
        report = _run_with_progress(paths, store, settings, code=code, workers=workers)
    parts = [f"{report.new} new"]
    if report.not_coded:
        parts[0] += f" ({report.not_coded} not English: stored, not coded)"
    parts.append(f"{report.unchanged} unchanged")
    if report.new_paths:
        parts[-1] += f" ({report.new_paths} seen at a new path)"
    parts.append(f"{len(report.rejections)} rejected")
    if code:
        parts.append(f"{report.coded} coded")
        if report.events is not None:
            parts.append(f"{report.events} events")
    skipped = f"; {report.skipped_inputs} unchanged files skipped" if report.skipped_inputs else ""
    out.print(f"{verb}: {', '.join(parts)}{skipped} -> {settings.db}")
    if report.rejections:
        err.print(f"[red]{len(report.rejections)} input(s) rejected:[/red]")
        for rejection in report.rejections:
            err.print(f"  {rejection}", markup=False)
        raise typer.Exit(1)


def _run_with_progress(
    paths: list[str], store: Store, settings: Settings, *, code: bool, workers: int = 1
) -> pipeline.RunReport:
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        tasks: dict[str, TaskID] = {}

        def on_progress(stage: str, done: int, total: int, what: str) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            label = "ingesting" if stage == "ingest" else "coding"
            progress.update(
                tasks[stage], completed=done, total=total, description=f"{label} {what}"
            )

        return pipeline.run(
            paths, store, settings, on_progress=on_progress, code=code, workers=workers
        )


@app.command()
def run(
    paths: PathsArg,
    db: DbOpt = DEFAULT_DB,
    config: ConfigOpt = None,
    max_bytes: MaxBytesOpt = None,
    field: FieldOpt = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            help="Processes that code articles (each loads spaCy, about 300 MB); "
            "0: one per core. The results are the same whatever the number.",
            min=0,
        ),
    ] = 1,
) -> None:
    """Ingest and code articles (actors now; events next); safe to re-run: only new work is done.

    Example: [bold]dyad run corpus/ feeds/*.xml --db events.db --workers 4[/bold]
    """
    _ingest(paths, _settings(config, db, max_bytes, field), "run", code=True, workers=workers)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt = DEFAULT_DB,
    config: ConfigOpt = None,
    max_bytes: MaxBytesOpt = None,
    field: FieldOpt = None,
) -> None:
    """Ingest articles only: read, clean, read metadata, store.

    Reads .txt, .jsonl, .json, .csv, .tsv, .html and RSS/Atom (.xml, .rss, .atom).
    Example: [bold]dyad ingest wires.jsonl --field text=body --field date=pubDate[/bold]
    """
    _ingest(paths, _settings(config, db, max_bytes, field), "ingest", code=False)


@app.command()
def articles(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[
        str, typer.Option("--format", help="table or jsonl.", show_default=True)
    ] = "table",
    status: Annotated[
        Status | None, typer.Option("--status", help="Only articles with this status.")
    ] = None,
) -> None:
    """List ingested articles and their metadata.

    Example: [bold]dyad articles --format jsonl > articles.jsonl[/bold]
    """
    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter("use table or jsonl", param_hint="--format")
    with open_store(db, create=False) as store:
        items = store.articles(status=status)
        if fmt == "jsonl":
            for article in items:
                print(json.dumps(article_json(article), ensure_ascii=False))
        else:
            out.print(_articles_table(list(items)))


def article_json(article: Article) -> dict:
    """The ``dyad articles --format jsonl`` record of one article."""
    return {
        "id": article.id,
        "paths": list(article.paths),
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "date_source": article.date_source.value,
        "outlet": article.outlet,
        "dateline": article.dateline,
        "language": article.language,
        "status": article.status.value,
        "url": article.url,
        "sources": [{"path": s.path, "locator": s.locator or None} for s in article.sources],
        "words": len(article.text.split()),
    }


def _articles_table(items: list[Article]) -> Table:
    table = Table(title=f"{len(items)} articles", title_justify="left")
    for name in ("id", "published", "from", "outlet", "dateline", "lang", "status", "title"):
        table.add_column(name, overflow="fold" if name == "title" else "ellipsis")
    for a in items:
        table.add_row(
            a.id,
            a.published.isoformat() if a.published else "-",
            a.date_source.value,
            a.outlet or "-",
            a.dateline or "-",
            a.language or "-",
            a.status.value,
            a.title or "-",
        )
    return table


CountryOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--country", help="Only events in which this state (ISO3) takes part. Repeatable."
    ),
]
TypeOpt = Annotated[
    list[str] | None, typer.Option("--type", help="Only this PLOVER event type. Repeatable.")
]
SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="Only events on or after YYYY-MM-DD (YYYY-MM, YYYY: its start)."),
]
UntilOpt = Annotated[
    str | None,
    typer.Option("--until", help="Only events on or before YYYY-MM-DD (YYYY-MM, YYYY: its end)."),
]
DyadOpt = Annotated[
    str | None, typer.Option("--dyad", help="Only events between two states: CHN,RUS.")
]
ActorOpt = Annotated[
    str | None, typer.Option("--actor", help="Only events with an actor so named (any case).")
]
ModeOpt = Annotated[str | None, typer.Option("--mode", help="Only this mode (phone, visit...).")]
QuadOpt = Annotated[int | None, typer.Option("--quad", help="Only this QuadClass (1-4).")]
TextOpt = Annotated[
    str | None, typer.Option("--text", help="Only events whose evidence contains this text.")
]
ConfidenceOpt = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        help="Only events at least this likely to be right (0-1; docs/export.md).",
        min=0.0,
        max=1.0,
    ),
]


def _filters(country, event_type, since, until, dyad=None, actor=None, mode=None, quad=None,
             text=None, min_confidence=None):  # fmt: skip
    """The checked EventFilter of the filter options."""
    from .errors import QueryError
    from .query import event_filter

    for value, name in ((since, "since"), (until, "until")):
        try:
            event_filter(**{name: value})
        except QueryError as exc:
            raise typer.BadParameter(str(exc), param_hint=f"--{name}") from None
    try:
        return event_filter(
            country, dyad, actor, event_type, mode, quad, since, until, text, min_confidence
        )
    except QueryError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    country: CountryOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    dyad: DyadOpt = None,
    actor: ActorOpt = None,
    mode: ModeOpt = None,
    quad: QuadOpt = None,
    text: TextOpt = None,
    min_confidence: ConfidenceOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    limit: Annotated[
        int, typer.Option("--limit", help="At most this many (table only).", min=0)
    ] = 200,
) -> None:
    """List coded events: who did what to whom, when, with the sentence as evidence.

    Example: [bold]dyad events --country CHN --type CONSULT --since 2021-01-01[/bold]
    """
    from .export import event_records, write_jsonl

    if fmt not in ("table", "jsonl"):
        raise typer.BadParameter("use table or jsonl", param_hint="--format")
    where = _filters(
        country, event_type, since, until, dyad, actor, mode, quad, text, min_confidence
    )
    with open_store(db, create=False) as store:
        records = event_records(store, where)
        if fmt == "jsonl":
            write_jsonl(records, sys.stdout)
            return
        rows = list(itertools.islice(records, limit + 1))
    out.print(_events_table(rows[:limit], more=len(rows) > limit))


def _events_table(rows: list[dict], *, more: bool) -> Table:
    title = f"{len(rows)}{'+' if more else ''} event{'' if len(rows) == 1 and not more else 's'}"
    table = Table(title=title, title_justify="left", show_lines=True)
    for name in ("date", "type", "mode", "actors", "recipients", "where", "sources", "conf.",
                 "evidence"):  # fmt: skip
        table.add_column(name, overflow="fold")

    def names(actors: list[dict]) -> str:
        return ", ".join(f"{a['name']} ({a['country'] or '-'})" for a in actors) or "-"

    for r in rows:
        kind = r["event_type"] + ("" if r["modality"] == "actual" else f" [{r['modality']}]")
        kind += " NOT" if r["negated"] else ""
        kind += " (corrected)" if r.get("corrected") else ""
        mention = r["mentions"][0]
        where = r["location"]["name"] or r["location"]["country"] or "-"
        table.add_row(
            f"{r['date'] or '?'}",
            kind,
            r["mode"] or r["medium"] or "-",
            names(r["actors"]),
            names(r["recipients"]),
            where,
            f"{r['num_sources']} of {r['num_articles']}",
            f"{r['confidence']:.2f}",
            f"{mention['sentence']}\n[dim]{mention['path']}"
            + (f" (+{len(r['mentions']) - 1} more)" if len(r["mentions"]) > 1 else "")
            + "[/dim]",
        )
    return table


@app.command(name="export")
def export_(
    out_path: Annotated[Path, typer.Option("--out", help="File to write.")],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="jsonl, csv, tsv, parquet or gexf (default: from --out)."),
    ] = None,
    db: DbOpt = DEFAULT_DB,
    country: CountryOpt = None,
    event_type: TypeOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    dyad: DyadOpt = None,
    actor: ActorOpt = None,
    mode: ModeOpt = None,
    quad: QuadOpt = None,
    text: TextOpt = None,
    min_confidence: ConfidenceOpt = None,
) -> None:
    """Export events: JSONL in the documented schema, flat CSV/TSV, typed Parquet, or the
    state network as GEXF; a manifest (FILE.manifest.json) is written beside the file.

    Example: [bold]dyad export --format jsonl --out events.jsonl --country RUS[/bold]
    """
    from .errors import QueryError
    from .export import export, format_of, manifest_path

    try:
        fmt = format_of(out_path, fmt)
    except QueryError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from None
    where = _filters(
        country, event_type, since, until, dyad, actor, mode, quad, text, min_confidence
    )
    with open_store(db, create=False) as store:
        manifest = export(store, out_path, fmt, where)
    rows = manifest["rows"]
    what = (f"a network of {rows} state pair{'' if rows == 1 else 's'}" if fmt == "gexf"
            else f"{rows} event{'' if rows == 1 else 's'}")  # fmt: skip
    out.print(f"wrote {what} to {out_path} (manifest: {manifest_path(out_path)})")


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)
    ] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="DYAD_TOKEN",
            help="Accept corrections sent with this bearer token (default: read-only).",
        ),
    ] = None,
) -> None:
    """Serve the REST API and the dashboard: http://HOST:PORT/, API docs at /docs.

    Example: [bold]dyad serve --db demo.db --token s3cret[/bold]
    """
    import uvicorn

    from .web.app import create_app

    application = create_app(db, token=token)
    _check_port(host, port)
    mode = "corrections need the token" if token else "read-only"
    out.print(f"dyad {__version__}: serving {db} at http://{host}:{port}/ "
              f"(API docs at /docs; {mode}); Ctrl-C stops")  # fmt: skip
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _check_port(host: str, port: int) -> None:
    """A usage error (exit 2) when HOST:PORT cannot be listened on, before uvicorn tries."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind(address)
    except OSError as exc:
        raise typer.BadParameter(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port",
            param_hint="--port",
        ) from None


@app.command()
def compare(
    event_id: Annotated[str, typer.Argument(help="An event id (e_...), as events/export show.")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Compare the reports of one event: what each source says, and what only one says.

    Example: [bold]dyad compare e_72f68053775e7c2e[/bold]
    """
    from .compare import compare as compare_reports

    with open_store(db, create=False) as store:
        found = compare_reports(store, event_id)
    if found is None:
        raise typer.BadParameter(f"no event {event_id!r} in {db}", param_hint="EVENT_ID")
    names = [found.outlets[a] for a in found.articles]
    out.print(f"[bold]{found.event_id}[/bold]: {len(found.articles)} report(s): "
              + "; ".join(names), highlight=False)  # fmt: skip
    table = Table(title="statements", title_justify="left", show_lines=True)
    for name in ("type", "who", *names):
        table.add_column(name, overflow="fold")
    for s in found.statements:
        cells = [
            (s.evidence[a][:160] if a in s.sources else "[dim]-[/dim]") for a in found.articles
        ]
        label = s.event_type + (" (this event)" if s.event_id == found.event_id else "")
        table.add_row(label, s.summary, *cells)
    out.print(table)
    topics = Table(title="topics and names", title_justify="left")
    for name in ("topic", *names):
        topics.add_column(name, overflow="fold")
    for topic, by_article in found.words.items():
        topics.add_row(topic, *(", ".join(by_article.get(a, ())) or "-" for a in found.articles))
    for name, sources in found.named.items():
        topics.add_row(name, *("named" if a in sources else "-" for a in found.articles))
    out.print(topics)
    for article_id, name in zip(found.articles, names, strict=True):
        only = found.only_in(article_id)
        if only and len(found.articles) > 1:
            out.print(f"only in {name}: " + "; ".join(f"{s.event_type} {s.summary}" for s in only),
                      highlight=False)  # fmt: skip


@app.command(name="dyad")
def dyad_(
    a: Annotated[str, typer.Argument(help="A state (ISO3).")],
    b: Annotated[str, typer.Argument(help="Another state (ISO3).")],
    db: DbOpt = DEFAULT_DB,
    directed: Annotated[bool, typer.Option("--directed", help="Only events from A to B.")] = False,
) -> None:
    """The monthly timeline of a pair of states: events by type, quad class, Goldstein.

    Example: [bold]dyad dyad CHN RUS[/bold]
    """
    from .analysis import PLOVER_TYPES, dyad_timeline, sparkline

    with open_store(db, create=False) as store:
        frame = dyad_timeline(store, a, b, directed=directed)
    arrow = "->" if directed else "<->"
    if frame.empty:
        out.print(f"no dated events between {a.upper()} {arrow} {b.upper()}")
        return
    out.print(f"{a.upper()} {arrow} {b.upper()}: {int(frame['events'].sum())} events, "
              f"{frame.index[0]} to {frame.index[-1]}  {sparkline(frame['events'])}")  # fmt: skip
    shown = [t for t in PLOVER_TYPES if frame[t].sum()]
    table = Table(title_justify="left")
    for name in ("month", "events", *shown, "goldstein"):
        table.add_column(name, justify="right")
    for month, row in frame.iterrows():
        mean = row["goldstein_mean"]
        table.add_row(str(month), str(int(row["events"])), *(str(int(row[t])) for t in shown),
                      "-" if mean != mean else f"{mean:+.1f}")  # fmt: skip
    out.print(table)


@app.command()
def actors(
    target: Annotated[
        str, typer.Argument(help="An article file, or the id of a stored article (a_...).")
    ],
    db: DbOpt = DEFAULT_DB,
    record: Annotated[
        int, typer.Option("--record", help="Which article of a multi-article file (1-based).")
    ] = 1,
) -> None:
    """Show an article with its resolved actors highlighted, and a table of the actors.

    Example: [bold]dyad actors corpus/asia/kor_jpn_tokyo_summit_2023-03.txt[/bold]
    """
    article, resolution = _article_and_resolution(target, db, record)
    out.print(_highlighted(article, resolution))
    out.print(_actors_table(resolution))


def _article_and_resolution(target: str, db: str, record: int):
    from .actors.resolve import Resolver
    from .annotate import Annotator
    from .ingest import Input, read_bytes, read_input

    if Path(target).is_file() or target == "-":
        settings = load_settings(None)
        inp = Input(target)
        items = list(read_input(inp, read_bytes(inp, settings), settings))
        found = [a for a in items if isinstance(a, Article)]
        if not 1 <= record <= len(found):
            reasons = "; ".join(str(r) for r in items if not isinstance(r, Article))
            raise typer.BadParameter(
                f"{target} has {len(found)} readable article(s)"
                + (f" ({reasons})" if reasons else ""),
                param_hint="--record",
            )
        article = found[record - 1]
        return article, Resolver()(article, Annotator().annotate(article))
    with open_store(db, create=False) as store:
        article = store.article(target)
        if article is None:
            raise typer.BadParameter(
                f"no file {target!r} and no article with that id in {db}", param_hint="TARGET"
            )
        resolution = store.resolution(article.id)
    if resolution is None:
        resolution = Resolver()(article, Annotator().annotate(article))
    return article, resolution


_KIND_STYLES = {
    "person": "bold cyan",
    "state": "bold green",
    "organisation": "bold magenta",
    "group": "bold red",
}


def _highlighted(article: Article, resolution) -> Text:
    text = Text(article.text)
    for mention in resolution.mentions:
        if len(mention.keys) > 1:
            style = "bold blue"
        else:
            actor = resolution.actor(mention.keys[0])
            style = (
                "yellow" if actor.role == "commentator" else _KIND_STYLES.get(actor.kind, "bold")
            )
        text.stylize(style, mention.start, mention.end)
    header = Text(f"{article.id}  {article.title or ''}\n", style="bold")
    return header + text + Text("\n")


def _actors_table(resolution) -> Table:
    table = Table(title=f"{len(resolution.actors)} actors", title_justify="left")
    for name in (
        "name",
        "kind",
        "country",
        "cow",
        "sector",
        "title",
        "role",
        "wikidata",
        "mentions",
        "raw",
    ):
        table.add_column(name)
    for a in resolution.actors:
        table.add_row(
            a.name,
            a.kind,
            a.country or "-",
            str(a.cow) if a.cow is not None else "-",
            a.sector or "-",
            a.title or "-",
            a.role,
            a.wikidata or "-",
            str(len(a.mentions)),
            a.raw,
        )
    return table


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="A gold file (JSON Lines); see docs/gold.md.")],
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="Folder the gold's 'source' paths are relative to "
            "(default: ../corpus beside the gold file).",
        ),
    ] = None,
    show: Annotated[int, typer.Option("--show", help="How many errors of each kind to list.")] = 20,
) -> None:
    """Score dyad against a gold file: actors (name, state, title, role) or events (type,
    states, date, mode) with the pairwise precision/recall of merging their reports.

    Example: [bold]dyad eval src/dyad/samples/gold/actors.jsonl[/bold]
    """
    from . import evaluate
    from .pipeline import Coder

    records = evaluate.load_gold(gold)
    kind = evaluate.gold_kind(records)
    root = corpus or (gold.parent.parent / "corpus")
    sources = {r["source"] for r in records}
    if kind == "events" and root.is_dir():  # articles with no gold events count too
        sources |= evaluate.all_sources(root, load_settings(None))
    articles = evaluate.load_sources(sources, root, load_settings(None))
    order = sorted(articles)
    coded = dict(zip(order, Coder().code(articles[s] for s in order), strict=True))
    if kind == "events":
        mentions = {s: c[2] for s, c in coded.items()}
        report = evaluate.score_events(records, mentions, articles)
        _print_event_report(report, show)
        if all("event_group" in r for r in records):
            merged = evaluate.score_merge(records, articles, mentions, report.matches)
            _print_merge_report(merged, show)
        return
    report = evaluate.score_actors(records, {s: c[1] for s, c in coded.items()})
    table = Table(title=f"actors: {report.articles} articles, {report.name.gold} gold actors")
    for name in ("measure", "precision", "recall", "F1"):
        table.add_column(name)
    for name, score in (("name", report.name), ("name + state", report.state)):
        table.add_row(name, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}")
    out.print(table)
    if report.title_checked:
        out.print(
            f"title accuracy: {report.title_correct}/{report.title_checked} "
            f"= {report.title_correct / report.title_checked:.3f}"
        )
    if report.role_checked:
        out.print(
            f"role accuracy:  {report.role_correct}/{report.role_checked} "
            f"= {report.role_correct / report.role_checked:.3f}"
        )
    _print_findings(report, show)


def _print_findings(report, show: int) -> None:
    """The first ``show`` misses, false hits and wrong fields of a scoring report."""
    _print_lists(
        (("missed", report.misses), ("extra", report.false_hits), ("wrong", report.wrong)), show
    )


def _print_lists(lists: Iterable[tuple[str, list[str]]], show: int) -> None:
    """Each non-empty list under its label, its first ``show`` items."""
    for label, items in lists:
        if items:
            out.print(f"[bold]{label}[/bold] ({len(items)}):")
            for item in items[:show]:
                out.print(f"  {item}", markup=False)


def _print_merge_report(report, show: int) -> None:
    table = Table(title="merge: pairs of reports of one real-world event")
    for name in ("measure", "precision", "recall", "F1", "gold pairs"):
        table.add_column(name)
    for name, score in (
        ("merging the gold events", report.alone),
        ("  pairs across articles only", report.across),
        ("merging the coded events", report.coded),
    ):
        table.add_row(
            name,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            str(score.gold),
        )
    right, found = report.links
    p, r = right.precision, found.recall
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    table.add_row("links between events", f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", str(found.gold))
    out.print(table)
    _print_lists(
        (
            ("kept apart", report.split),
            ("merged wrongly", report.fused),
            ("coded events kept apart", report.coded_split),
            ("coded events merged wrongly", report.coded_fused),
        ),
        show,
    )


def _print_event_report(report, show: int) -> None:
    table = Table(title=f"events: {report.articles} articles, {report.strict.gold} gold events")
    for name in ("measure", "precision", "recall", "F1"):
        table.add_column(name)
    rows = [("type + states + date + mode", report.strict), ("type + states", report.typed_states)]
    if report.by_key is not None:  # the older scoring, for comparison (docs/gold.md)
        rows += [
            ("by distinct keys: strict", report.by_key[0]),
            ("by distinct keys: type + states", report.by_key[1]),
        ]
    for name, score in rows:
        table.add_row(name, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}")
    out.print(table)
    if report.matched:
        out.print(
            f"of {report.matched} matched: date right {report.date_correct}, "
            f"mode right {report.mode_correct}"
        )
    if report.main_lines:  # gold lines flagged as the article's headline events
        out.print(
            f"main events (strict): recall {report.main_recall:.3f} "
            f"({report.main_found} of {report.main_lines})"
        )
    _print_findings(report, show)


def main() -> None:
    """Entry point: run the app, turning dyad's own errors into messages and exit 2."""
    try:
        app()
    except DyadError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True)
        raise SystemExit(2) from None


__all__ = ["app", "article_json", "main"]
