"""The ``coach`` command line: window-free subcommands, or the app itself."""

from __future__ import annotations

import argparse
import sys

from coach import __version__


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with a one-line hint, never a traceback
        self.print_usage(sys.stderr)
        print(f"coach: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="coach", description="Coach keeps your lower back moving while you sit.")
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.add_argument("--minimized", action="store_true", help="start hidden in the tray")
    parser.add_argument("--debug", action="store_true", help="also log to the terminal")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("validate", help="check exercise and routine files")
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (default: the library)"
    )
    p = sub.add_parser("list", help="list exercises and routines")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "validate":
            from coach.commands.library import validate

            return validate(args.paths)
        if args.command == "list":
            from coach.commands.library import list_library

            return list_library(args.json)
    except BrokenPipeError:  # e.g. `coach list | head`
        return 0
    except KeyboardInterrupt:
        return 130
    from coach.app import run_app

    return run_app(args)
