"""The stages in order. Today: discover -> read -> clean/metadata -> store.

``run`` is idempotent: an input whose bytes were fully read before is skipped
unread (its earlier rejections are reported again), a known text only gains
the new path, and each article is committed in its own transaction, so a run
killed at any moment is completed by running it again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .errors import InputError
from .ingest import Input, discover, read_bytes, read_input
from .models import Article, Rejection
from .settings import Settings
from .store import Added, InputRecord, Store

#: Called after each input with (inputs done, inputs in all, the input's path).
ProgressFn = Callable[[int, int, str], None]
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
) -> RunReport:
    """Ingest every input under ``paths`` into ``store``; never raises for bad input."""
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
            on_progress(done, len(inputs), inp.path)
    return report


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
