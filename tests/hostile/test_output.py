"""Writing: the pieces ``quiz generate -o`` needs to fail cleanly (a folder check asked before
any work, a writer that keeps the file's mode and leaves nothing half written), and Ctrl-C."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.paths import output_folder_problem, write_atomic
from tests.conftest import ROOT
from tests.hostile.conftest import RAW_CONTROL, World, as_reader


def test_a_rewrite_keeps_the_file_mode(tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    draft.write_text("old\n")
    draft.chmod(0o444)
    write_atomic(draft, "new\n")
    assert draft.read_text() == "new\n"
    assert draft.stat().st_mode & 0o777 == 0o444  # mkstemp alone made it 0600


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.yaml", "x\n")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.yaml").stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    draft.write_text("old\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(draft, "half \udc80 written")  # fails in the middle of writing
    assert draft.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.yaml"]


def test_an_output_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("")
    assert output_folder_problem(target) == f"{target} is a file, not a folder"


def test_an_output_folder_below_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    problem = output_folder_problem(tmp_path / "file" / "deeper" / "out")
    assert problem == f"{tmp_path / 'file'} is in the way: it is a file, not a folder"


def test_an_output_folder_through_a_dangling_link_is_named(tmp_path: Path) -> None:
    (tmp_path / "out").symlink_to(tmp_path / "gone")
    problem = output_folder_problem(tmp_path / "out")
    assert problem == f"{tmp_path / 'out'} is a symbolic link to nothing"


def test_a_missing_or_existing_output_folder_is_fine(tmp_path: Path) -> None:
    assert output_folder_problem(tmp_path / "new" / "out") is None
    assert output_folder_problem(tmp_path) is None
    assert not (tmp_path / "new").exists()  # asking creates nothing
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_output_folder_is_named(tmp_path: Path) -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="quiz-ro-"))
    try:
        folder.chmod(0o555)
        problem = as_reader(lambda: output_folder_problem(folder / "out"))
        assert problem == f"{folder} is not writable"
    finally:
        folder.rmdir()


def test_ctrl_c_ends_generate_without_a_traceback(tmp_path: Path) -> None:
    """A real SIGINT while the command runs: a message and status 130, never a traceback."""
    code = (
        "import sys, time\nimport quiz.authoring.generate as generate\nfrom quiz import cli\n"
        "def slow(argv):\n    print('working', flush=True)\n    time.sleep(60)\n    return 0\n"
        "generate.main = slow\nsys.exit(cli.main(['generate', '-o', sys.argv[1]]))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path / "out")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert process.stdout is not None and process.stdout.readline() == "working\n"
    time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in err and err.strip() == "interrupted"


def test_generate_to_a_file_says_so_without_a_traceback(world: World, tmp_path: Path) -> None:
    target = tmp_path / "drafts"
    target.write_text("not a folder\n")
    err = io.StringIO()
    with redirect_stderr(err), redirect_stdout(io.StringIO()):
        status = main(["generate", "--quiet", "--articles", str(world.articles), "-o", str(target)])
    assert status == 1
    assert err.getvalue().startswith("quiz generate: ") and str(target) in err.getvalue()
    assert target.read_text() == "not a folder\n"  # nothing lost


def test_generate_never_prints_a_control_character(world: World, tmp_path: Path) -> None:
    evil = tmp_path / "\x1b]0;owned\x07.txt"
    evil.write_text("  \n")  # empty: generate says so, naming the file
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err), redirect_stdout(out):
        main(["generate", "--articles", str(world.articles), "-o", str(tmp_path / "o"), str(evil)])
    assert "␛]0;owned␇" in out.getvalue() + err.getvalue()  # named, as a stand-in
    assert not RAW_CONTROL.search(out.getvalue() + err.getvalue().replace("\r", ""))
