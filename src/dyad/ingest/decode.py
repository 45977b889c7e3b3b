"""Bytes to text: reject binary data, detect the encoding of the rest."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import InputError

# Control bytes that never occur in text files (NUL and friends, not tab/newline/CR/FF/ESC).
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 27)) | frozenset(range(28, 32))
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str) -> str:
    """Decode ``data`` as text, or raise InputError saying why it is not text.

    UTF-8 (the common case) is tried first; other encodings are detected with
    charset-normalizer. Files with control bytes are binary unless a BOM says
    they are UTF-16/32.
    """
    text = _decode(data, path)
    if not text.strip():
        raise InputError("empty file (nothing but whitespace)", path=path)
    return text


def _decode(data: bytes, path: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise InputError(
                    f"starts with a {encoding} mark but does not decode", path=path
                ) from None
    if any(b in _BINARY_BYTES for b in data[:8192]):
        raise InputError("binary file, not text (contains control bytes)", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            "cannot decode the text: no known encoding fits; save it as UTF-8 and retry",
            path=path,
        )
    return str(best)


def _western(data: bytes) -> str | None:
    """Windows-1252 text, the usual non-UTF-8 English news file, or None.

    Accepted only when the non-ASCII characters are a few accents and curly quotes among
    ASCII words; text in another alphabet decodes to mostly accented letters and is left
    to charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(c.isalpha() for c in text)
    foreign = sum(not c.isascii() for c in text)
    return text if letters and foreign <= 0.2 * letters else None
