"""Decode the bytes of an HTML page into text.

Precedence: a byte-order mark, then the charset of the HTTP Content-Type header, then the
page's own declaration (<meta charset>, <meta http-equiv>, <?xml encoding?>), then a
detector. A declared charset is used only when it decodes the bytes strictly; a wrong one
falls through to the next source instead of producing mojibake.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# Decode with the superset a label stands for: pages labelled gb2312/gbk routinely use
# characters only GB18030 has, and Big5 pages use the Hong Kong extensions.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    # WHATWG: these labels mean windows-1252 on the web.
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
}

# Web labels Python does not know under that spelling.
_WEB_LABELS = {
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "windows-31j": "cp932",
    "x-sjis": "shift_jis",
    "x-euc-jp": "euc_jp",
}

# Single-byte Latin charsets decode almost any byte string, so decoding strictly proves
# little for them.
_SINGLE_BYTE_LATIN = {"cp1252", "iso8859-1", "iso8859-15"}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The head of a page is where a declaration lives; long inline scripts can push it down.
_PRESCAN_BYTES = 16384
_META_CHARSET = re.compile(rb"""<meta[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# A legacy multi-byte text that happens to be valid UTF-8 becomes vanishingly unlikely
# after a few non-ASCII characters, while wrong or default server headers are common.
_UTF8_EVIDENCE_CHARS = 4

# What the detector may answer: the encodings news pages actually use. Left free, it names
# rare code pages (cp1006, mac_*) for short Latin text, and runs slower.
_DETECTABLE = [
    "utf_8", "cp1252", "gb18030", "big5", "big5hkscs", "cp950", "shift_jis", "cp932",
    "euc_jp", "euc_kr", "cp949", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254", "cp1255",
    "cp1256", "cp874", "iso8859_2", "utf_16",
]  # fmt: skip


def _codec_name(label: str | None) -> str | None:
    """Python codec name for a charset label, widened to its superset; None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WEB_LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    return _SUPERSETS.get(name, name)


def _bom_encoding(body: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, len(bom)
    return None


def header_charset(content_type: str | None) -> str | None:
    """The charset label of a Content-Type header value, as written, or None."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_charset(body: bytes) -> str | None:
    """The charset label the page declares in its head (meta or XML declaration), or None."""
    head = body[:_PRESCAN_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _page_codec(body: bytes) -> str | None:
    codec = _codec_name(declared_charset(body))
    # A page that could be read as ASCII to find its declaration is not UTF-16/32 (WHATWG).
    if codec is not None and codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


def _decode_strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf8_text(body: bytes) -> str | None:
    """The body as UTF-8 if it is valid UTF-8, else None."""
    return _decode_strict(body, "utf-8")


_UTF8_LEAD_BYTES = bytes(range(0xC0, 0x100))


def _has_utf8_evidence(body: bytes) -> bool:
    """True if valid UTF-8 `body` holds enough non-ASCII characters to prove it is UTF-8."""
    # in valid UTF-8 every non-ASCII character starts with exactly one lead byte (>= 0xC0)
    return len(body) - len(body.translate(None, _UTF8_LEAD_BYTES)) >= _UTF8_EVIDENCE_CHARS


def _detect(body: bytes) -> tuple[str, str] | None:
    try:
        best = charset_normalizer.from_bytes(body, cp_isolation=_DETECTABLE).best()
    except Exception:  # a detector bug must not take the page down with it
        return None
    if best is None:
        return None
    codec = _codec_name(best.encoding)
    if codec is None:
        return None
    text = _decode_strict(body, codec)
    if text is None:
        # the detector samples the body; its guess may not hold for every byte
        return None
    return text, codec


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML page's bytes; return (text, name of the encoding used).

    Order: BOM, the charset of the HTTP Content-Type header, the page's <meta charset> /
    http-equiv / XML declaration, then a detector (charset_normalizer). A declared charset
    that does not decode the bytes strictly is skipped; valid UTF-8 with real non-ASCII
    content beats a declared legacy charset. gb2312/gbk are read as gb18030 and big5 as
    big5hkscs. When nothing decodes strictly, the first usable declaration (else UTF-8)
    is applied with replacement characters. Never raises.
    """
    if not body:
        return "", "utf-8"
    bom = _bom_encoding(body)
    if bom is not None:
        name, size = bom
        return body[size:].decode(name, errors="replace"), name

    declared = [
        codec
        for codec in (_codec_name(header_charset(content_type)), _page_codec(body))
        if codec is not None
    ]
    utf8 = _utf8_text(body)
    if utf8 is not None and (not declared or _has_utf8_evidence(body)):
        return utf8, "utf-8"
    for codec in dict.fromkeys(declared):
        text = _decode_strict(body, codec)
        if text is not None:
            if codec in _SINGLE_BYTE_LATIN and len(declared) > 1 and declared[-1] != codec:
                # a Latin-1 label decodes anything: only trust it when nothing else is said
                continue
            return text, codec
    if utf8 is not None:
        return utf8, "utf-8"
    detected = _detect(body)
    if detected is not None:
        return detected
    for codec in (*declared, "utf-8"):
        try:
            return body.decode(codec, errors="replace"), codec
        except LookupError:
            continue
    return body.decode("utf-8", errors="replace"), "utf-8"  # pragma: no cover


def decode_text(body: bytes) -> str:
    """Decode a plain text file's bytes: a BOM, else UTF-8, else the detector (a GB18030 or
    Big5 file without any label reads as Chinese). Never raises."""
    return decode_html(body)[0]


# The signatures of files that are no text at all, by their first bytes
_BINARY_MAGIC = {
    b"%PDF-": "PDF", b"PK\x03\x04": "ZIP", b"PAR1": "Parquet", b"\x89PNG": "PNG", b"GIF8": "GIF",
    b"\xff\xd8\xff": "JPEG", b"\x1f\x8b": "gzip", b"SQLite format 3": "SQLite",
}


def binary_kind(body: bytes, content_type: str | None = None) -> str | None:
    """What kind of binary file `body` is ("PDF", "gzip", ..., or "binary data" for NUL bytes in a
    text that neither a UTF-16/32 byte order mark nor the Content-Type's charset says is
    UTF-16/32), or None when it may be text."""
    for magic, kind in _BINARY_MAGIC.items():
        if body.startswith(magic):
            return kind
    wide = (_codec_name(header_charset(content_type)) or "").startswith(("utf-16", "utf-32"))
    if b"\x00" in body[:4096] and _bom_encoding(body) is None and not wide:
        return "binary data"
    return None
