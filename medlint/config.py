"""Configuration: ``.medlint.yaml`` or ``[tool.medlint]`` in ``pyproject.toml``.

The nearest file in the current folder or its parents is used, or the one given
with ``--config``. Keys (all optional)::

    select: [unsupported-cure-claim, MED2]      # ids, codes or code prefixes
    ignore: [readability-grade]
    rules: [house-rules/]                        # extra rule packs, relative to the file
    fail_on: warning                             # error | warning | info
    exclude: ["drafts/**"]                       # globs of paths not to check
    per_file_ignores: {"news/*.md": [uncited-research-claim]}
    severity: {readability-grade: warning}       # per-rule severity overrides
    settings: {readability-grade: {max_grade: 10}}   # per-rule options

An unknown key is an error that names it; so is a rule name that matches no
rule, or a setting the rule does not take (see :func:`validate`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .records import dataclass, field
from .rules import SEVERITIES, RuleError, RuleSet

CONFIG_NAMES = (".medlint.yaml", ".medlint.yml", "pyproject.toml")
KEYS = {
    "select",
    "ignore",
    "rules",
    "fail_on",
    "exclude",
    "per_file_ignores",
    "severity",
    "settings",
}


class ConfigError(ValueError):
    pass


@dataclass
class Config:
    path: Path | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    rules: list[Path] = field(default_factory=list)
    fail_on: str | None = None
    exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and not _has_tool_section(candidate):
                continue
            return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    import tomllib  # deferred, like every parser: most runs read no configuration

    try:
        text = path.read_text(encoding="utf-8")
        if "medlint" not in text:
            return False
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "medlint" in data.get("tool", {})


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("medlint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    else:
        import yaml

        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            raise ConfigError(f"{path}{where}: malformed YAML in configuration") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: configuration must be a mapping of keys")
    data = {str(k).replace("-", "_"): v for k, v in data.items()}
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown configuration key '{unknown[0]}' (known: {', '.join(sorted(KEYS))})"
        )
    cfg = Config(path=path)
    cfg.select = _names(data.get("select"), path, "select")
    cfg.ignore = _names(data.get("ignore"), path, "ignore")
    cfg.exclude = _names(data.get("exclude"), path, "exclude")
    cfg.rules = [path.parent / p for p in _names(data.get("rules"), path, "rules")]
    fail_on = data.get("fail_on")
    if fail_on is not None and (not isinstance(fail_on, str) or fail_on not in SEVERITIES):
        raise ConfigError(f"{path}: fail_on must be one of {', '.join(SEVERITIES)}")
    cfg.fail_on = fail_on
    pfi = data.get("per_file_ignores") or {}
    if not isinstance(pfi, dict):
        raise ConfigError(f"{path}: per_file_ignores must map globs to rule lists")
    cfg.per_file_ignores = {
        str(g): _names(v, path, f"per_file_ignores.{g}") for g, v in pfi.items()
    }
    sev = data.get("severity") or {}
    if not isinstance(sev, dict) or any(
        not isinstance(v, str) or v not in SEVERITIES for v in sev.values()
    ):
        raise ConfigError(f"{path}: severity must map rules to one of {', '.join(SEVERITIES)}")
    cfg.severity = {str(k): str(v) for k, v in sev.items()}
    settings = data.get("settings") or {}
    if not isinstance(settings, dict) or not all(isinstance(v, dict) for v in settings.values()):
        raise ConfigError(f"{path}: settings must map rules to mappings of options")
    cfg.settings = {str(k): dict(v) for k, v in settings.items()}
    return cfg


def _names(value: Any, path: Path, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: {key} must be a list of names")
    return [v.strip() for v in value if v.strip()]


def validate(cfg: Config, ruleset: RuleSet) -> None:
    """Check every rule name and setting in ``cfg`` against the loaded rules.

    Raises :class:`ConfigError` naming the configuration file and the key, so a
    typo in ``.medlint.yaml`` is reported there rather than as a bare unknown rule.
    """
    from .kinds import KINDS

    where = str(cfg.path) if cfg.path else "configuration"

    def resolve(names: list[str], key: str):
        try:
            return ruleset.resolve(names)
        except RuleError as exc:
            raise ConfigError(f"{where}: {key}: {exc}") from None

    resolve(cfg.select, "select")
    resolve(cfg.ignore, "ignore")
    for glob, names in cfg.per_file_ignores.items():
        resolve(names, f"per_file_ignores.{glob}")
    resolve(list(cfg.severity), "severity")
    for name, options in cfg.settings.items():
        for rule in resolve([name], "settings"):
            fields = KINDS[rule.kind].FIELDS
            for option, value in options.items():
                if option not in fields:
                    known = ", ".join(sorted(fields)) or "none"
                    raise ConfigError(
                        f"{where}: settings.{name}: unknown option '{option}' "
                        f"for rule '{rule.id}' (options: {known})"
                    )
                expected = fields[option]
                wrong_bool = isinstance(value, bool) and bool not in (
                    expected if isinstance(expected, tuple) else (expected,)
                )
                if not isinstance(value, expected) or wrong_bool:
                    names = (
                        expected.__name__
                        if isinstance(expected, type)
                        else " or ".join(t.__name__ for t in expected)
                    )
                    raise ConfigError(f"{where}: settings.{name}.{option} must be {names}")
