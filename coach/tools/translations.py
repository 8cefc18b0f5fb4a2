"""Updates and compiles the translations in ``assets/translations/`` (run: ``python -m coach.tools.translations``).

``python -m coach.tools.translations`` runs ``pyside6-lupdate`` over Coach's sources into every
``coach_<lang>.ts`` there (new texts arrive as unfinished, texts gone from the code are dropped),
then ``pyside6-lrelease`` compiles each into the ``coach_<lang>.qm`` the app loads.
``python -m coach.tools.translations es`` starts a new language (``coach_es.ts``) as well.
``python -m coach.tools.translations --check`` changes nothing: it fails when a ``.ts`` file is
out of date with the code or has unfinished entries, or a ``.qm`` file is not compiled from its ``.ts``.

Translate the ``.ts`` files with Qt Linguist (``pyside6-linguist``) or any text editor; see
``coach/core/i18n.py`` for how code marks its texts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "translations"
SKIPPED = ("coach/tools/", "coach/_data/")  # developer scripts: nothing for users to read


def sources() -> list[Path]:
    """Every Python file whose texts users see, in a stable order."""
    found = []
    for path in sorted((ROOT / "coach").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if "__pycache__" not in relative and not relative.startswith(SKIPPED):
            found.append(path)
    return found


def _tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``, next to this Python or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def lupdate(ts_files: list[Path]) -> None:
    """Bring ``ts_files`` up to date with the texts in the code."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in sources()) + "\n")
    try:
        for ts in ts_files:
            language = ts.stem.split("_", 1)[1]
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    f"@{listing.name}",
                    "-ts",
                    str(ts),
                ],
                check=True,
            )
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    """``context: source`` of every entry of ``ts`` that still needs a translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                [] if translation is None else [translation.text or "", *(f.text or "" for f in translation)]
            )
            if (
                translation is None
                or translation.get("type") in ("unfinished", "obsolete", "vanished")
                or not any(form.strip() for form in forms)
            ):
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def check(ts_files: list[Path]) -> list[str]:
    """What is wrong with the committed files (nothing is changed)."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for ts in ts_files:
            copy = Path(folder) / ts.name
            shutil.copyfile(ts, copy)
            lupdate([copy])
            if copy.read_bytes() != ts.read_bytes():
                problems.append(
                    f"{ts.name}: out of date with the code; run python -m coach.tools.translations"
                )
            problems += [f"{ts.name}: unfinished: {entry}" for entry in unfinished(copy)]
            qm, compiled = ts.with_suffix(".qm"), Path(folder) / ts.with_suffix(".qm").name
            lrelease(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                problems.append(
                    f"{qm.name}: not compiled from {ts.name}; run python -m coach.tools.translations"
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m coach.tools.translations", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "languages", nargs="*", help="also start coach_<lang>.ts for these languages, e.g. es"
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail if anything is out of date"
    )
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    ts_files = sorted({*OUT.glob("coach_*.ts"), *(OUT / f"coach_{lang}.ts" for lang in args.languages)})
    if args.check:
        problems = check([ts for ts in ts_files if ts.exists()])
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} unfinished" + "".join(f"\n  {entry}" for entry in left[:20]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
