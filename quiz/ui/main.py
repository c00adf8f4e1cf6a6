"""``quiz play``: turn the command line into game settings and run the app.

The bank starts loading in a thread before Textual is imported, so the two overlap. Start-up
(importing Textual, loading the bank, building the first screen) makes a great many objects that
live as long as the game and almost no garbage, so the garbage collector, which would scan them
again and again as they pile up, waits until the first screen is drawn. It waits from the first
import on: the domain modules are imported inside ``play``, not at the top of this module.
"""

from __future__ import annotations

import argparse
import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.game.session import Settings


def settings_from(parsed: argparse.Namespace) -> Settings:
    """The game the command line asks for; the home screen starts from these choices."""
    from quiz.game.session import Mode, Settings

    defaults = Settings()
    return Settings(
        mode=Mode(parsed.mode) if parsed.mode else Mode.PRACTICE,
        count=parsed.count if parsed.count is not None else defaults.count,
        seed=parsed.seed or 0,
        time_limit=parsed.time_limit if parsed.time_limit is not None else defaults.time_limit,
        articles=tuple(dict.fromkeys(parsed.article or ())),
        tags=tuple(dict.fromkeys(parsed.tag or ())),
        difficulty=parsed.difficulty,
    )


def play(parsed: argparse.Namespace) -> int:
    """Run the game; with ``--mode`` it starts straight into a game of that mode."""
    gc.disable()  # until the first screen is drawn (resume_collector)
    try:
        try:
            settings = settings_from(parsed)
        except ValueError as error:
            print(f"quiz play: {error}", file=sys.stderr)
            return 2
        from quiz.ui.source import LoadInBackground, default_places, load

        places = default_places(parsed.paths, parsed.articles)
        source = LoadInBackground(lambda: load(*places))

        from quiz.ui.app import make_app  # Textual loads while the bank does

        app = make_app(
            data_dir=parsed.data_dir,
            settings=settings,
            start=parsed.mode is not None,
            seed=parsed.seed,
            source=source,
            on_first_frame=resume_collector,
        )
        app.run()
    finally:
        gc.enable()
    return app.return_code or 0


def review(parsed: argparse.Namespace) -> int:
    """``quiz review``: the app, opened on the drafts waiting for review (Esc: home)."""
    from quiz import paths
    from quiz.ui.app import make_app

    app = make_app(
        (),
        parsed.articles,
        parsed.data_dir,
        drafts_dir=parsed.drafts or paths.default_bank_dir() / "generated",
        open_screen="drafts",
    )
    app.drafts_filter = parsed.article
    app.run()
    return app.return_code or 0


def resume_collector() -> None:
    """Start-up is over: what it built stays for the whole game, so it is set aside for good
    (``gc.freeze``) rather than scanned by every full collection, and the collector runs again."""
    gc.freeze()
    gc.enable()
