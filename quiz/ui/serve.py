"""``quiz serve``: the same game in a web browser, through textual-serve.

textual-serve runs ``quiz play`` in a subprocess for each browser tab and relays its screen and
keys over a websocket. It has no login: anyone who reaches the port plays as this user (and
could, from the review screen, write to the bank), so it binds to localhost unless told
otherwise. Imported only by ``quiz serve``.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def play_command(play_args: Sequence[str]) -> str:
    """The shell command each browser tab runs: this interpreter's ``quiz play`` with the options
    given to ``quiz serve`` (so a venv without the ``quiz`` script on PATH still works)."""
    return shlex.join([sys.executable, "-m", "quiz.cli", "play", *play_args])


def serve(host: str, port: int, play_args: Sequence[str]) -> int:
    """Serve until Ctrl+C (or SIGTERM); textual-serve handles both and returns."""
    try:
        from textual_serve.server import Server
    except ImportError:
        print("quiz serve needs textual-serve: pip install 'article-quiz[serve]'", file=sys.stderr)
        return 2

    server = Server(play_command(play_args), host=host, port=port, title="article-quiz")
    server.serve()
    return 0
