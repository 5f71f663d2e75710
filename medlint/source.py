"""Read a file's bytes into text: BOMs, UTF-16, Windows-1252 and binary files."""

from __future__ import annotations

import codecs


class InputError(Exception):
    """A file cannot be checked; the message is one line for the user."""


# Bytes that Windows-1252 leaves undefined: text containing them is not cp1252.
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode(data: bytes) -> str:
    """Decode a file's bytes; raise :class:`InputError` for binary or unknown encodings."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 text at byte {exc.start}") from None
    if b"\x00" in data[:8192] or b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not any(b in _CP1252_UNDEFINED for b in data):
            # Legacy Windows text (curly quotes as 0x93/0x94 and so on).
            return data.decode("cp1252")
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None


def read_text(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    return decode(data)
