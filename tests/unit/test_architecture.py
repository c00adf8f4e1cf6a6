"""The one rule: the domain never imports Textual or Rich (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = sorted(
    f"quiz.{path.stem}" for path in (ROOT / "quiz").glob("*.py") if path.stem != "__init__"
)


def test_importing_every_domain_module_loads_neither_textual_nor_rich() -> None:
    assert "quiz.bank" in DOMAIN and "quiz.cli" in DOMAIN
    code = (
        "import importlib, sys\n"
        f"for name in {DOMAIN!r}: importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(leaked))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""


def test_check_command_imports_neither_textual_nor_faker() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from quiz.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['check'])\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'textual', 'rich', 'faker'})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""
