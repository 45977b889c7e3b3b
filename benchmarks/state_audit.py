"""Knowledge audit: does every state of the knowledge base come out right in the plain
shapes news uses for it?

    .venv/bin/python benchmarks/state_audit.py [--show N]

For each of the knowledge base's states, six one-sentence stories are coded end to end
(the real Coder), each naming the state one way: its name as an owner ("X's ambassador"),
its demonym ("the X ambassador"), its capital as a metonym, its name as a subject, its
demonym on an official ("the X foreign minister met ..."), and its name after "with". The
other side is one fixed state. A story passes when an event of the expected type has the
state on the expected side. The sentences are generated, not news: the audit says which
states' names, demonyms and capitals the rules cannot read, not how well news is coded.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from dyad.actors.kb import State, load_kb
from dyad.ingest import build_article
from dyad.ingest.record import RawRecord
from dyad.models import SourceRef
from dyad.pipeline import Coder

DATE = "2024-03-12"  # a Tuesday: "on Monday" is 2024-03-11

# (name, template, event type, side the audited state must be on)
TEMPLATES = (
    ("owner", "On Monday, {other} expelled {name}'s ambassador.", "SANCTION", "recipients"),
    ("demonym", "On Monday, {other} expelled the {demonym} ambassador.", "SANCTION", "recipients"),
    ("capital", "{capital} accused {other} of meddling on Monday.", "ACCUSE", "actors"),
    ("subject", "{name} recalled its ambassador to {other} on Monday.", "SANCTION", "actors"),
    (
        "official",
        "The {demonym} foreign minister held talks with his {other_demonym} counterpart on Monday.",
        "CONSULT",
        "either",
    ),
    ("with", "{other} signed a trade agreement with {name} on Monday.", "SUPPORT", "either"),
)


def _other(state: State, kb) -> State:
    """The fixed other side: Norway, or Sweden for Norway itself."""
    return kb.state_by_name("Sweden" if state.iso3 == "NOR" else "Norway")


def _story(template: str, state: State, other: State) -> str | None:
    if ("{demonym}" in template and not state.demonyms) or (
        "{capital}" in template and not state.capital
    ):
        return None
    name = (
        state.name
        if not state.name.startswith(("United", "Dominican", "Central"))
        else (f"the {state.name}")
    )
    return (
        template.format(
            name=name,
            demonym=state.demonyms[0] if state.demonyms else "",
            capital=state.capital,
            other=other.name,
            other_demonym=other.demonyms[0],
        )
        .replace("On Monday, the", "On Monday, the")
        .replace(". the", ". The")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many failures")
    args = parser.parse_args()
    kb = load_kb()
    coder = Coder()
    stories, keys = [], []
    for state in kb.states:
        other = _other(state, kb)
        for name, template, event_type, side in TEMPLATES:
            text = _story(template, state, other)
            if text is None:
                continue
            text = text[0].upper() + text[1:]
            ref = SourceRef(f"{state.iso3}-{name}.txt")
            stories.append(build_article(RawRecord(text=text, date=DATE, from_metadata=True), ref))
            keys.append((state.iso3, name, event_type, side, text))
    passed: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    failures = []
    for (iso3, name, event_type, side, text), (_, _, mentions) in zip(
        keys, coder.code(stories), strict=True
    ):
        total[name] += 1
        ok = False
        for m in mentions:
            if m.event_type != event_type:
                continue
            sides = {
                "actors": [a.country for a in m.actors],
                "recipients": [a.country for a in m.recipients],
                "either": [a.country for a in (*m.actors, *m.recipients)],
            }[side]
            ok = ok or iso3 in sides
        if ok:
            passed[name] += 1
        else:
            got = [
                (m.event_type, [a.country for a in m.actors], [a.country for a in m.recipients])
                for m in mentions
            ]
            failures.append(f"{iso3} {name}: {text} -> {got}")
    print(f"states: {len(kb.states)}; stories: {sum(total.values())}")
    print("| shape | stories | right |")
    print("|---|---:|---:|")
    for name, *_ in TEMPLATES:
        print(f"| {name} | {total[name]} | {passed[name] / max(total[name], 1):.3f} |")
    print(f"| all | {sum(total.values())} | {sum(passed.values()) / sum(total.values()):.3f} |")
    for line in failures[: args.show]:
        print(line)


if __name__ == "__main__":
    main()
