"""Command line: ``medlint check``, ``medlint rules``, ``medlint rule NAME``.

Exit status: 0 when nothing at or above the failing severity was found, 1 when
something was, 2 for a usage, configuration, rule-pack or input error.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .config import Config, ConfigError, find_config, load_config
from .engine import STDIN, Engine
from .findings import SEVERITY_RANK, Report
from .reporters import FORMATS, render
from .rules import SEVERITIES, RuleError, load_rules

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_FAIL_ON = "warning"
COMMANDS = ("check", "rules", "rule")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no usage dump
        raise UsageError(message)


@dataclass
class RenderContext:
    version: str
    statistics: bool
    failed: bool


def _comma_list(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="medlint", description="Lint health-marketing articles.")
    parser.add_argument("--version", action="version", version=f"medlint {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = sub.add_parser("check", help="check articles (.txt, .md, .html) for problems")
    check.add_argument("paths", nargs="*", default=None,
                       help="files or folders to check ('-' reads standard input)")
    check.add_argument("--format", default="text", choices=FORMATS, help="output format")
    check.add_argument("--select", action="append", metavar="RULES",
                       help="only these rules (comma-separated names, codes or code prefixes)")
    check.add_argument("--ignore", action="append", metavar="RULES",
                       help="skip these rules (comma-separated names, codes or code prefixes)")
    check.add_argument("--rules", action="append", default=[], metavar="DIR",
                       help="extra YAML rule pack (file or folder); repeatable")
    check.add_argument("--config", metavar="FILE",
                       help="configuration file (default: nearest .medlint.yaml or pyproject.toml)")
    check.add_argument("--no-config", action="store_true", help="ignore configuration files")
    check.add_argument("--fail-on", choices=SEVERITIES,
                       help=f"lowest severity that fails the run (default: {DEFAULT_FAIL_ON})")
    check.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when problems are found")
    check.add_argument("--statistics", action="store_true", help="show counts per rule")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="name (and so format) to report for standard input")

    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--rules", action="append", default=[], metavar="DIR")

    rule = sub.add_parser("rule", help="explain one rule")
    rule.add_argument("name", help="rule name or code")
    rule.add_argument("--rules", action="append", default=[], metavar="DIR")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
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
    except (UsageError, ConfigError, RuleError) as exc:
        print(f"medlint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("medlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `medlint rules | head`: the reader went away
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLEAN


def _config(args) -> Config:
    if getattr(args, "no_config", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        return load_config(path)
    return load_config(find_config(Path.cwd()))


def _check(args) -> int:
    cfg = _config(args)
    ruleset = load_rules([*cfg.rules, *map(Path, args.rules)])
    select = _comma_list(args.select) or cfg.select
    ignore = cfg.ignore + _comma_list(args.ignore)
    engine = Engine.create(ruleset, select, ignore, cfg.severity, cfg.settings,
                           cfg.per_file_ignores, cfg.exclude)
    paths = args.paths or ["."]
    stdin_text = None
    if STDIN in paths:
        stdin_text = sys.stdin.read()
    report = engine.check_paths(paths, stdin_text)
    if args.stdin_filename:
        report = _rename_stdin(report, args.stdin_filename)
    fail_on = args.fail_on or cfg.fail_on or DEFAULT_FAIL_ON
    threshold = SEVERITY_RANK[fail_on]
    failed = any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings)
    for err in report.errors:
        print(f"medlint: error: {err}", file=sys.stderr)
    ctx = RenderContext(__version__, args.statistics, failed)
    sys.stdout.write(render(args.format, report, ctx))
    if report.errors:
        return EXIT_ERROR
    if failed and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _rename_stdin(report: Report, name: str) -> Report:
    from dataclasses import replace

    report.findings = [replace(f, path=name) if f.path == STDIN else f for f in report.findings]
    return report


def _list_rules(args) -> int:
    ruleset = load_rules(map(Path, args.rules))
    rows = [(r.code, r.id, r.category, r.severity, r.summary) for r in ruleset.rules]
    rows.sort()
    width = max((len(r[1]) for r in rows), default=10)
    for code, rid, cat, sev, summary in rows:
        print(f"{code}  {rid:<{width}}  {cat:<11} {sev:<8} {summary}")
    return EXIT_CLEAN


def _explain(args) -> int:
    from .docs import explain

    ruleset = load_rules(map(Path, args.rules))
    rule = ruleset.resolve([args.name])[0]
    print(explain(rule))
    return EXIT_CLEAN
