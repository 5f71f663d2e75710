"""Read a file's bytes into text: BOMs, UTF-16/32, Windows-1252 and binary files.

Every way a file can fail to be an article ends in :class:`InputError`, whose
message is one line for the user; the engine reports it for that file and goes
on with the others.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys


class InputError(Exception):
    """A file cannot be checked; the message is one line for the user."""


# Articles are small; a file this large is a log, a dump or a mistake, and reading
# it would take the memory of a browser for minutes of work.
MAX_BYTES = 64 * 1024 * 1024

# Bytes that Windows-1252 leaves undefined: text containing them is not cp1252.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
# Control bytes that never appear in text (tab, line feed, form feed, carriage
# return and escape are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16: FF FE 00 00 starts like FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _kind(data: bytes) -> str | None:
    """What a binary file is, judging by its first bytes."""
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    return None


def _binary(message: str) -> InputError:
    return InputError(f"{message}, not an article; only text files can be checked")


def decode(data: bytes) -> str:
    """Decode a file's bytes; raise :class:`InputError` for binary or unknown encodings."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"invalid {encoding.upper()} text at byte {exc.start + len(bom)}"
                ) from None
            if "\x00" in text:
                raise _binary("binary file (NUL characters after the byte-order mark)")
            return text
    kind = _kind(data)
    if kind:
        raise _binary(f"binary file ({kind})")
    if b"\x00" in data:
        head = data[:4096]
        odd, even = head[1::2].count(0), head[0::2].count(0)
        if len(head) >= 8 and max(odd, even) > len(head) // 4 and min(odd, even) == 0:
            raise InputError("looks like UTF-16 text without a byte-order mark; save it as UTF-8")
        raise _binary("binary file (contains NUL bytes)")
    head = data[:65536]
    controls = sum(head.count(b) for b in _CONTROL)
    if controls > 8 and controls * 20 > len(head):
        raise _binary("binary file (full of control bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _CP1252_UNDEFINED.isdisjoint(data):
            # Legacy Windows text (curly quotes as 0x93/0x94 and so on).
            return data.decode("cp1252")
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None


def read_text(path: str) -> str:
    """The decoded text of the file at ``path``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError("broken symbolic link") from None
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symbolic link loop") from None
        raise InputError(exc.strerror or str(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file (a pipe, socket or device)")
        if st.st_size > MAX_BYTES:
            raise InputError(_too_large(st.st_size))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(len(data)))
    return decode(data)


def read_stdin() -> str:
    """Standard input, decoded like a file (whatever the terminal's encoding)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a text-only stream (tests, embedding)
        return sys.stdin.read() if sys.stdin is not None else ""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(len(data)))
    return decode(data)


def _too_large(size: int) -> str:
    return (
        f"file is too large ({size / 1048576:.0f} MB; medlint checks files up to "
        f"{MAX_BYTES // 1048576} MB)"
    )
