"""Findings and the summary of a run: the data every reporter formats."""

from __future__ import annotations

from collections import Counter

from .records import dataclass, field

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Finding:
    """One problem at a place in a file. Lines and columns are 1-based, in characters."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    code: str
    category: str
    severity: str
    message: str
    excerpt: str = ""

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
        }


@dataclass(frozen=True)
class FileError:
    """A file that could not be checked (unreadable, binary, undecodable...)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    files_checked: int = 0

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.findings)
        return {sev: c.get(sev, 0) for sev in ("error", "warning", "info")}

    def by_rule(self) -> list[tuple[str, str, int]]:
        c = Counter((f.code, f.rule) for f in self.findings)
        return sorted(((code, rule, n) for (code, rule), n in c.items()), key=lambda t: t[0])
