"""Near-duplicate articles: syndicated copies and light rewrites of one wire story.

MinHash signatures over word trigrams find, with LSH, the articles whose text is
mostly the same; a copy counts as one more article of an event but not as one more
independent source. A paraphrased report (each side's readout of one call) shares far
fewer trigrams and stays a separate source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .merge import shingles

PERMUTATIONS = 128
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures depend on it
#: Estimated trigram Jaccard above which one article is a copy of another. Copies with
#: a changed headline or lead score 0.7 and up; paraphrases 0.1-0.2.
COPY_THRESHOLD = 0.6


def signature(text: str) -> bytes:
    """The MinHash of an article's word trigrams, as bytes for the store; empty for a text
    too short to have any (which then copies nothing and is copied by nothing)."""
    grams = shingles(text)
    if not grams:
        return b""
    m = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME)
    # one vectorised update: the same minima as one update per trigram, five times faster
    m.update_batch([" ".join(gram).encode("utf-8") for gram in grams])
    return m.hashvalues.astype(np.uint64).tobytes()


def _minhash(blob: bytes) -> LeanMinHash:
    # LeanMinHash: a MinHash would draw its 128 permutations again for every article.
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(blob, dtype=np.uint64), scheme=SCHEME)


def find_copies(signatures: Mapping[str, bytes], order: Iterable[str]) -> dict[str, str]:
    """copy id -> original id, for every article whose text copies one seen earlier.

    ``order`` lists article ids oldest first; the oldest article of a story is the one
    the others point to (so links are stable as new copies arrive). Only originals are
    indexed, so a story copied a thousand times costs one comparison per copy.
    """
    lsh = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=PERMUTATIONS)
    position: dict[str, int] = {}
    originals: dict[str, LeanMinHash] = {}
    copies: dict[str, str] = {}
    for article_id in order:
        blob = signatures.get(article_id)
        if not blob or article_id in position:
            continue
        m = _minhash(blob)
        position[article_id] = len(position)
        earlier = [c for c in lsh.query(m) if m.jaccard(originals[c]) >= COPY_THRESHOLD]
        if earlier:
            copies[article_id] = min(earlier, key=position.__getitem__)
        else:
            originals[article_id] = m
            lsh.insert(article_id, m)
    return copies
