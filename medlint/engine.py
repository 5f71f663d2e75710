"""Run rules over documents and apply configuration and suppression."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .document import Document
from .findings import FileError, Finding, Report
from .patterns import PatternTimeout
from .readers import FORMATS, read_document
from .records import dataclass, field
from .rules import Rule, RuleError, RuleSet, build_rule
from .source import InputError, read_text
from .supersede import drop_superseded
from .suppression import Suppressor

if TYPE_CHECKING:
    from .results_cache import ResultsCache

UNUSED_SUPPRESSION = "unused-suppression"
STDIN = "-"


class _Args(dict):
    """Message arguments; an unknown placeholder stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Engine:
    ruleset: RuleSet
    rules: list[Rule]
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: dict[str, set[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    results: ResultsCache | None = None  # findings of unchanged files (medlint.results_cache)

    @classmethod
    def create(
        cls,
        ruleset: RuleSet,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        severity: dict[str, str] | None = None,
        settings: dict[str, dict] | None = None,
        per_file_ignores: dict[str, list[str]] | None = None,
        exclude: Iterable[str] = (),
    ) -> Engine:
        select = list(select)
        chosen = ruleset.resolve(select) if select else [r for r in ruleset.rules if r.enabled]
        dropped = set(ruleset.resolve(ignore))
        rules = [r for r in chosen if r not in dropped]
        sev: dict[str, str] = {}
        for name, level in (severity or {}).items():
            for r in ruleset.resolve([name]):
                sev[r.id] = level
        for name, options in (settings or {}).items():
            for r in ruleset.resolve([name]):
                r.options = {**r.options, **options}
                from .kinds import KINDS

                unknown = set(options) - set(KINDS[r.kind].FIELDS)
                if unknown:
                    raise RuleError(
                        f"settings for '{r.id}': unknown option "
                        f"'{sorted(unknown)[0]}' for kind '{r.kind}'"
                    )
                build_rule(r, ruleset.vocabulary)
        pfi = {
            glob: {r.id for r in ruleset.resolve(names)}
            for glob, names in (per_file_ignores or {}).items()
        }
        return cls(ruleset, rules, sev, pfi, list(exclude))

    # -- checking ---------------------------------------------------------------
    def check_document(self, doc: Document) -> tuple[list[Finding], list[FileError]]:
        findings: list[Finding] = []
        errors: list[FileError] = []
        ignored = self._ignored_for(doc.path)
        gave_up: set[str] = set()
        for rule in self.rules:
            if rule.id in ignored or rule.id == UNUSED_SUPPRESSION or rule.check is None:
                continue
            try:
                for hit in rule.check(doc):
                    findings.append(self._finding(doc, rule, hit))
            except PatternTimeout as exc:
                errors.append(FileError(doc.path, f"rule '{rule.id}' gave up: {exc}"))
                gave_up.add(rule.id)
        findings = drop_superseded(doc, findings, self.ruleset, self.rules, ignored)
        suppressor = Suppressor.for_document(doc, self._resolve_name)
        findings = suppressor.filter(findings)
        unused_rule = next((r for r in self.rules if r.id == UNUSED_SUPPRESSION), None)
        if unused_rule is not None and unused_rule.id not in ignored:
            # Only rules that ran to completion on this file count: a directive naming
            # rules that were not selected (or are ignored here) says nothing about this run.
            ran = [r for r in self.rules if r.id not in ignored and r.id not in gave_up]
            active = {r.id for r in ran} | {r.code for r in ran}
            for d, names in suppressor.problems(active):
                findings.append(self._suppression_finding(doc, unused_rule, d, names))
        findings.sort(key=Finding.sort_key)
        return findings, errors

    def _finding(self, doc: Document, rule: Rule, hit) -> Finding:
        line, col = doc.position(hit.start)
        end_line, end_col = doc.position(max(hit.end, hit.start))
        excerpt = doc.source[hit.start : hit.end]
        # Messages are one line: collapse the line breaks of multi-line matches.
        args = _Args(
            {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in hit.args.items()}
        )
        args.setdefault("match", " ".join(excerpt.split()))
        return Finding(
            path=doc.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            rule=rule.id,
            code=rule.code,
            category=rule.category,
            severity=self.severity.get(rule.id, rule.severity),
            message=rule.message.strip().format_map(args),
            excerpt=" ".join(excerpt.split())[:200],
        )

    def _suppression_finding(self, doc: Document, rule: Rule, d, names: str) -> Finding:
        """An unused-suppression finding on directive ``d``; ``names`` fills ``{rules}``."""
        end_line, end_col = doc.position(d.end)
        text = " ".join(doc.source[d.start : d.end].split())
        message = rule.message.format_map(_Args(match=text, rules=names))
        severity = self.severity.get(rule.id, rule.severity)
        return Finding(
            path=doc.path,
            line=d.line,
            column=d.column,
            end_line=end_line,
            end_column=end_col,
            rule=rule.id,
            code=rule.code,
            category=rule.category,
            severity=severity,
            message=" ".join(message.split()),
            excerpt=text[:200],
        )

    def _resolve_name(self, name: str) -> frozenset[str] | None:
        """Rule ids a suppression comment's name stands for (id, code or code prefix)."""
        try:
            return frozenset(r.id for r in self.ruleset.resolve([name])) or None
        except RuleError:
            return None

    def _ignored_for(self, path: str) -> set[str]:
        out: set[str] = set()
        for glob, ids in self.per_file_ignores.items():
            if _matches(path, glob):
                out |= ids
        return out

    def check_source(self, path: str, source: str, fmt: str | None = None) -> Report:
        report = Report(files_checked=1)
        doc = read_document(path, source, fmt)
        report.findings, report.errors = self.check_document(doc)
        return report

    def check_file(self, path: str, stdin_text: str | None = None) -> Report:
        try:
            source = stdin_text if path == STDIN and stdin_text is not None else read_text(path)
        except InputError as exc:
            return Report(errors=[FileError(path, str(exc))])
        cache = self.results if path != STDIN else None
        if cache is not None:
            key = cache.file_key(path, source)
            kept = cache.get(key)
            if kept is not None:
                return kept
        try:
            report = self.check_source(path, source)
        except RecursionError:
            return Report(errors=[FileError(path, "document is nested too deeply to read")])
        if cache is not None:
            cache.put(key, report)
        return report

    def check_paths(self, paths: Iterable[str], stdin_text: str | None = None) -> Report:
        report = Report()
        files, errors = self.discover(paths)
        report.errors.extend(errors)
        from .parallel import check_files  # every core for many files, same order

        one = check_files(self, files, stdin_text)
        report.findings.extend(one.findings)
        report.errors.extend(one.errors)
        report.files_checked += one.files_checked
        return report

    # -- file discovery ---------------------------------------------------------
    def discover(self, paths: Iterable[str]) -> tuple[list[str], list[FileError]]:
        files: list[str] = []
        errors: list[FileError] = []
        seen: set[str] = set()
        for raw in paths:
            if raw == STDIN:
                files.append(STDIN)
                continue
            p = Path(raw)
            if p.is_dir():
                for f in _walk(p, errors):
                    if f not in seen and not self._excluded(f):
                        seen.add(f)
                        files.append(f)
            elif p.exists() or p.is_symlink():
                s = str(p)
                if s not in seen:
                    seen.add(s)
                    files.append(s)
            else:
                errors.append(FileError(raw, "no such file or directory"))
        return files, errors

    def _excluded(self, path: str) -> bool:
        return any(_matches(path, g) for g in self.exclude)


def _matches(path: str, glob: str) -> bool:
    norm = path.replace(os.sep, "/")
    if norm.startswith("./"):
        norm = norm[2:]
    return (
        fnmatch.fnmatch(norm, glob)
        or fnmatch.fnmatch(os.path.basename(norm), glob)
        or fnmatch.fnmatch(norm, f"*/{glob}")
    )


def _walk(root: Path, errors: list[FileError]) -> Iterator[str]:
    """Article files under ``root``, sorted, skipping hidden folders and link loops."""
    visited: set[tuple[int, int]] = set()

    def onerror(exc: OSError) -> None:
        errors.append(FileError(exc.filename or str(root), exc.strerror or "cannot read folder"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        try:
            st = os.stat(dirpath)
            key = (st.st_dev, st.st_ino)
        except OSError:
            dirnames[:] = []
            continue
        if key in visited:
            dirnames[:] = []
            continue
        visited.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if os.path.splitext(name)[1].lower() in FORMATS:
                yield os.path.join(dirpath, name)
