"""The ``coach`` command line: window-free subcommands, or the app itself."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping

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
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="language of the window and of the printed text (not --json), e.g. de or en "
        "(default: the system's)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("validate", help="check exercise and routine files")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the library)")
    p = sub.add_parser("list", help="list exercises and routines")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p = sub.add_parser("run", help="open the player on a routine (or an exercise) and start it")
    p.add_argument("routine", metavar="ROUTINE_ID")
    p = sub.add_parser("log", help="print the logged sessions")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only sessions on or after this day")
    p = sub.add_parser("stats", help="streak, this week's minutes, break adherence and pain trend")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = sub.add_parser("plan", help="print a day's schedule of breaks, walks and their preparation")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p = sub.add_parser("safety", help="print the safety page: warning signs, walking advice, causes")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = sub.add_parser("export", help="write the whole session log as CSV or JSON")
    p.add_argument(
        "--format", type=str.lower, choices=("csv", "json"), default="csv", help="csv (default) or json"
    )
    p.add_argument(
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output; FILE is replaced only once complete, a new "
        "one is private (0600), and a symbolic link to a file is kept and its target written; "
        "folders, pipes, devices and broken links are refused",
    )
    p = sub.add_parser("report", help="a PDF of the last weeks for a doctor or physiotherapist")
    p.add_argument("--weeks", type=int, default=6, metavar="N", help="weeks up to this one (default 6)")
    p.add_argument(
        "--output",
        metavar="FILE.pdf",
        required=True,
        help="the PDF to write (replaced only once complete; a link to a file writes its target; "
        "folders, pipes, devices and broken links are refused)",
    )
    sub.add_parser("install-desktop", help="add Coach to your application menu")
    sub.add_parser("uninstall-desktop", help="remove Coach from your application menu")
    return parser


def _tolerant_streams() -> None:
    """On a terminal that cannot show every character (``LANG=C``), print escapes, never crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="backslashreplace")


# Qt platform plugins that draw without a desktop session (QT_QPA_PLATFORM=offscreen etc.).
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def _reachable(kind: str, name: str, env: Mapping[str, str]) -> bool:
    """Ask the platform adapter whether the X11 display or Wayland socket ``name`` answers."""
    from coach.platform.display import wayland_reachable, x11_reachable

    return x11_reachable(name) if kind == "x11" else wayland_reachable(name, env)


def display_problem(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    reachable: Callable[[str, str, Mapping[str, str]], bool] = _reachable,
) -> str | None:
    """Why the window cannot open here (one line), or None when a display is there to use.

    Checked before Qt starts: without a display, or with one that does not answer (a stale
    DISPLAY after ``ssh -X``, a closed X server), Qt aborts the whole process with a misleading
    hint about reinstalling. ``reachable(kind, name, env)`` asks the display server.
    """
    env = os.environ if env is None else env
    if platform in ("win32", "darwin"):
        return None
    choices = [c.split(":")[0].strip() for c in env.get("QT_QPA_PLATFORM", "").split(";") if c.strip()]
    unreachable: list[str] = []
    for choice in choices or ["xcb", "wayland"]:
        if choice.startswith(_HEADLESS_PLATFORMS) or choice not in ("xcb", "wayland", "wayland-egl"):
            return None  # drawn off screen, or a platform Coach cannot check
        kind, name = (
            ("x11", env.get("DISPLAY")) if choice == "xcb" else ("wayland", env.get("WAYLAND_DISPLAY"))
        )
        if not name:
            continue
        if reachable(kind, name, env):
            return None
        unreachable.append(f"display {name}" if kind == "x11" else f"Wayland display {name}")
    wanted = f" (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})" if choices else ""
    if unreachable:
        return (
            f"coach: cannot open {' or '.join(unreachable)}{wanted}: no display server answers there. "
            "Start Coach from a desktop session; `coach plan`, `coach log` and the other commands work without one."
        )
    return (
        f"coach: no display to open a window on: DISPLAY and WAYLAND_DISPLAY are not set{wanted}. "
        "Start Coach from a desktop session; `coach plan`, `coach log` and the other commands work without one."
    )


# window-free commands whose words follow --lang or the locale (read without Qt)
_TRANSLATED = ("list", "log", "stats", "plan", "safety")


def main(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    args = build_parser().parse_args(argv)
    if args.command in _TRANSLATED and not getattr(args, "json", False):
        from coach.commands.language import use_language

        args.text_lang = use_language(args.lang)  # --json and FILE:LINE diagnostics stay English
    else:
        from coach.core import i18n

        i18n.set_translator(None)
        args.text_lang = None
    try:
        if args.command == "validate":
            from coach.commands.library import validate

            return validate(args.paths)
        if args.command == "list":
            from coach.commands.library import list_library

            return list_library(args.json, args.text_lang)
        if args.command == "log":
            from coach.commands.log import run_log

            return run_log(args.json, args.since)
        if args.command == "stats":
            from coach.commands.log import run_stats

            return run_stats(args.json)
        if args.command == "plan":
            from coach.commands.plan import run_plan

            return run_plan(args.date, args.json, args.text_lang)
        if args.command == "safety":
            from coach.commands.safety import run_safety

            return run_safety(args.json)
        if args.command == "export":
            from coach.commands.export import run_export

            return run_export(args.format, args.output)
        if args.command == "report":
            from coach.commands.report import run_report
            from coach.qt.i18n import install_translators
            from coach.qt.report import write_report

            return run_report(
                args.weeks, args.output, write_report, lambda app: install_translators(app, args.lang)
            )
        if args.command == "install-desktop":
            from coach.commands.desktop import run_install

            return run_install()
        if args.command == "uninstall-desktop":
            from coach.commands.desktop import run_uninstall

            return run_uninstall()
        if args.command == "run":
            from coach.commands.library import check_routine_id

            status = check_routine_id(args.routine)
            if status:
                return status
    except BrokenPipeError:  # e.g. `coach list | head`
        return 0
    except KeyboardInterrupt:
        return 130
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from coach.launch import run_app

    return run_app(args)


def gui_main() -> int:
    """``coach-gui``: Coach without a console window (a gui-script on Windows, where it runs pythonw).

    pythonw gives the program no standard streams; writes go nowhere instead of failing.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the whole run
    return main()
