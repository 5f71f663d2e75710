"""medlint: a linter for health-marketing articles."""

__version__ = "0.1.0"
