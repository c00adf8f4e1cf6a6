"""The house rules, enforced: the import contract of the wings, checked from the source.

- The domain (``quiz/`` outside ``quiz/ui/``) never imports Textual or Rich: each domain module is
  imported in a fresh interpreter of its own, so one module cannot hide another's import.
- ``quiz/game`` and ``quiz/bank`` (and the corpus and foundation below them) never import
  ``quiz/authoring``, not even inside a function: the game reaches the wrong-answer engine only
  through the seams the UI hands it (``quiz.authoring.engine``).
- ``quiz/interchange`` (export/import) sits above the game and the bank, reaches authoring only
  through ``quiz.authoring.engine``, and nothing but the CLI imports it.
- No import circle between the domain's modules.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "quiz"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {
    _module_name(path): path
    for path in sorted(PACKAGE.rglob("*.py"))
    if "__pycache__" not in path.parts
}
DOMAIN = sorted(name for name in MODULES if not name.startswith("quiz.ui"))

# Which wing may import which: a module under a key may import only modules of the listed wings.
FOUNDATION = ("quiz", "quiz.model", "quiz.text", "quiz.paths", "quiz.yamlsafe")
ALLOWED = {
    "foundation": ("foundation", "corpus"),
    "corpus": ("foundation", "corpus"),
    "bank": ("foundation", "corpus", "bank"),
    "game": ("foundation", "corpus", "bank", "game"),
    "authoring": ("foundation", "corpus", "bank", "game", "authoring"),
    "ui": ("foundation", "corpus", "bank", "game", "authoring", "ui"),
    # Interchange (export/import) plays a game to export it: above game, bank and the engine.
    "interchange": ("foundation", "corpus", "bank", "game", "authoring", "interchange"),
    "cli": ("foundation", "corpus", "bank", "game", "authoring", "ui", "interchange", "cli"),
}


def _wing(name: str) -> str:
    if name in FOUNDATION:
        return "foundation"
    if name == "quiz.cli":
        return "cli"
    return name.split(".")[1]


def _imports(path: Path, name: str) -> list[tuple[str, int, bool]]:
    """(module imported, line, at module level) for every import of ``quiz`` in ``path``.

    An import under ``if TYPE_CHECKING:`` or inside a function is not at module level: it
    cannot make a circle at import time, but it still must respect the wings.
    """
    tree = ast.parse(path.read_text(), str(path))
    top_level = {id(node) for node in tree.body}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, int, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            # "from quiz.authoring import engine" imports the submodule quiz.authoring.engine
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            if target == "quiz" or target.startswith("quiz."):
                found.append((target, node.lineno, id(node) in top_level))
    return found


def test_the_contract_sees_every_wing() -> None:
    wings = {_wing(name) for name in MODULES}
    expected = {"foundation", "corpus", "bank", "game", "authoring", "ui", "interchange", "cli"}
    assert expected <= wings
    assert "quiz.bank.loader" in DOMAIN and "quiz.game.session" in DOMAIN


@pytest.mark.parametrize("name", sorted(MODULES))
def test_each_module_imports_only_the_wings_below_it(name: str) -> None:
    wing = _wing(name)
    wrong = [
        f"{MODULES[name].relative_to(ROOT)}:{line}: imports {target} ({_wing(target)})"
        for target, line, _ in _imports(MODULES[name], name)
        if target in MODULES and _wing(target) not in ALLOWED[wing]
    ]
    assert wrong == []


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _wing(n) == "interchange"))
def test_interchange_reaches_authoring_only_through_the_engine_seams(name: str) -> None:
    wrong = [
        f"{MODULES[name].relative_to(ROOT)}:{line}: imports {target}"
        for target, line, _ in _imports(MODULES[name], name)
        if _wing(target) == "authoring" and target != "quiz.authoring.engine"
    ]
    assert wrong == []


def test_no_import_circle_among_module_level_imports() -> None:
    graph = {
        name: {target for target, _, top in _imports(path, name) if top and target in MODULES}
        for name, path in MODULES.items()
    }
    graph = {name: edges - {name} for name, edges in graph.items()}
    done: set[str] = set()

    def visit(name: str, stack: list[str]) -> None:
        if name in stack:
            raise AssertionError(
                "import circle: " + " -> ".join([*stack[stack.index(name) :], name])
            )
        if name in done:
            return
        for target in sorted(graph[name]):
            if not target.startswith(name + "."):  # a package may import its own modules
                visit(target, [*stack, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


@pytest.mark.parametrize("name", DOMAIN)
def test_a_domain_module_alone_loads_neither_textual_nor_rich(name: str) -> None:
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({name!r})\n"
        "leaked = (m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(sorted(leaked)))\n"
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
