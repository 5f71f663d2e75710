"""Command line: ``medlint check``, ``medlint rules``, ``medlint rule NAME``.

Exit status: 0 when nothing at or above the failing severity was found, 1 when
something was, 2 for a usage, configuration, rule-pack, baseline or input error.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from . import __version__
from . import baseline as baseline_file
from .config import Config, ConfigError, find_config, load_config, validate
from .engine import STDIN, Engine
from .findings import SEVERITY_RANK, FileError, Report
from .records import dataclass, field
from .reporters import FORMATS, render
from .rules import SEVERITIES, RuleError, load_rules
from .source import InputError, read_stdin

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_FAIL_ON = "warning"
COMMANDS = ("check", "rules", "rule")


class UsageError(Exception):
    pass


def _help_width() -> int:
    """The width argparse would take from ``shutil.get_terminal_size``, without
    importing shutil (and the compression modules it pulls in) on every run."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no usage dump
        raise UsageError(message)

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog, width=_help_width())


@dataclass
class RenderContext:
    version: str
    statistics: bool
    failed: bool
    fail_on: str = DEFAULT_FAIL_ON
    rules: list = field(default_factory=list)  # the rules that ran (SARIF describes them)
    severity: dict = field(default_factory=dict)  # per-rule severity overrides
    files: list = field(default_factory=list)  # every file checked (JUnit test cases)
    baselined: int = 0  # findings hidden by --baseline


def _comma_list(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    return out


def _config_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="extra YAML rule pack (file or folder); repeatable",
    )
    p.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: nearest .medlint.yaml or pyproject.toml "
        "with [tool.medlint], from the current folder upward)",
    )
    p.add_argument("--no-config", action="store_true", help="ignore configuration files")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="medlint", description="Lint health-marketing articles.")
    parser.add_argument("--version", action="version", version=f"medlint {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = sub.add_parser("check", help="check articles (.txt, .md, .html) for problems")
    check.add_argument(
        "paths",
        nargs="*",
        default=None,
        help="files or folders to check ('-' reads standard input)",
    )
    check.add_argument(
        "--format", default="text", choices=FORMATS, help="output format (default: text)"
    )
    check.add_argument(
        "--output-file",
        "-o",
        metavar="FILE",
        help="write the report to FILE instead of standard output",
    )
    check.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="only these rules (comma-separated names, codes or code prefixes)",
    )
    check.add_argument(
        "--ignore",
        action="append",
        metavar="RULES",
        help="skip these rules (comma-separated names, codes or code prefixes)",
    )
    _config_options(check)
    check.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help=f"lowest severity that fails the run (default: {DEFAULT_FAIL_ON})",
    )
    check.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when problems are found"
    )
    check.add_argument("--statistics", action="store_true", help="show counts per rule")
    check.add_argument(
        "--baseline",
        metavar="FILE",
        help="report only findings that are not recorded in this baseline file",
    )
    check.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record every finding of this run in FILE (and exit 0)",
    )
    check.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply the configured 'exclude' globs to files named on the "
        "command line too (as the pre-commit hook does)",
    )
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="check every file afresh: neither read nor keep the findings of unchanged files",
    )
    check.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="name (and so format and per-file ignores) for standard input",
    )

    rules = sub.add_parser("rules", help="list every rule")
    _config_options(rules)

    rule = sub.add_parser("rule", help="explain one rule")
    rule.add_argument("name", help="rule name, code or code prefix")
    _config_options(rule)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version"):
        argv.insert(0, "check")  # `medlint post.md` means `medlint check post.md`
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return EXIT_CLEAN
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _list_rules(args)
        return _explain(args)
    except (UsageError, ConfigError, RuleError, baseline_file.BaselineError) as exc:
        print(f"medlint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("medlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `medlint check ... | head`
        _silence_stdout()
        return EXIT_CLEAN


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _config(args) -> Config:
    if getattr(args, "no_config", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        return load_config(path)
    return load_config(find_config(Path.cwd()))


def _ruleset(args, cfg: Config):
    ruleset = load_rules([*cfg.rules, *map(Path, args.rules)])
    validate(cfg, ruleset)
    return ruleset


def _collect_from_now() -> None:
    """Turn the garbage collector back on if the command turned it off for its
    start-up (:mod:`medlint.__main__`), keeping the rules built so far out of
    every later collection: they live until the process ends."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _check(args) -> int:
    cfg = _config(args)
    ruleset = _ruleset(args, cfg)
    select = _comma_list(args.select) or cfg.select
    ignore = cfg.ignore + _comma_list(args.ignore)
    engine = Engine.create(
        ruleset, select, ignore, cfg.severity, cfg.settings, cfg.per_file_ignores, cfg.exclude
    )
    if not args.no_cache:
        from .results_cache import ResultsCache

        engine.results = ResultsCache.for_engine(engine)
    _collect_from_now()
    fail_on = args.fail_on or cfg.fail_on or DEFAULT_FAIL_ON
    baseline = None
    if args.baseline and not args.write_baseline:  # writing one replaces reading one
        baseline = baseline_file.load(Path(args.baseline))

    paths = args.paths or ["."]
    if args.force_exclude:
        paths = [p for p in paths if p == STDIN or Path(p).is_dir() or not engine._excluded(p)]
    stdin_text = None
    if STDIN in paths:  # decoded like a file: BOMs, UTF-16, Windows-1252, binary input
        try:
            stdin_text = read_stdin()
        except InputError as exc:
            raise UsageError(f"{args.stdin_filename or STDIN}: {exc}") from None
    report = _run(engine, paths, stdin_text, args.stdin_filename)

    hidden = 0
    if args.write_baseline:
        target = Path(args.write_baseline)
        n = baseline_file.write(report.findings, target)
        print(
            f"medlint: wrote {n} finding{'s' if n != 1 else ''} to the baseline {target}",
            file=sys.stderr,
        )
        baseline = baseline_file.load(target)
    if baseline is not None:
        report.findings, hidden = baseline.filter(report.findings)

    threshold = SEVERITY_RANK[fail_on]
    failed = any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings)
    for err in report.errors:
        print(f"medlint: error: {err}", file=sys.stderr)
    files: list[str] = []
    if args.format == "junit":
        files = _files_checked(engine, paths, args.stdin_filename)
    ctx = RenderContext(
        __version__, args.statistics, failed, fail_on, engine.rules, engine.severity, files, hidden
    )
    output = render(args.format, report, ctx)
    if args.output_file:
        try:
            with open(args.output_file, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(output)
        except OSError as exc:
            raise UsageError(
                f"{args.output_file}: cannot write report: {exc.strerror or exc}"
            ) from None
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    if report.errors:
        return EXIT_ERROR
    if failed and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _run(
    engine: Engine, paths: list[str], stdin_text: str | None, stdin_name: str | None
) -> Report:
    """Check ``paths``; standard input is read as ``stdin_name`` when one is given."""
    if not stdin_name or STDIN not in paths:
        return engine.check_paths(paths, stdin_text)
    others = [p for p in paths if p != STDIN]
    report = engine.check_paths(others) if others else Report()
    try:
        one = engine.check_source(stdin_name, stdin_text or "")
    except RecursionError:
        one = Report(errors=[FileError(stdin_name, "document is nested too deeply to read")])
    report.findings.extend(one.findings)
    report.errors.extend(one.errors)
    report.files_checked += one.files_checked
    return report


def _files_checked(engine: Engine, paths: list[str], stdin_name: str | None) -> list[str]:
    files, _ = engine.discover(paths)
    return [stdin_name if f == STDIN and stdin_name else f for f in files]


def _list_rules(args) -> int:
    ruleset = _ruleset(args, _config(args))
    rows = [
        (r.code, r.id, r.category, r.severity, " ".join(r.summary.split())) for r in ruleset.rules
    ]
    rows.sort()
    width = max((len(r[1]) for r in rows), default=10)
    for code, rid, cat, sev, summary in rows:
        print(f"{code}  {rid:<{width}}  {cat:<11} {sev:<8} {summary}")
    return EXIT_CLEAN


def _explain(args) -> int:
    from .docs import explain

    ruleset = _ruleset(args, _config(args))
    rules = ruleset.resolve([args.name])
    print("\n\n".join(explain(rule) for rule in rules))
    return EXIT_CLEAN
