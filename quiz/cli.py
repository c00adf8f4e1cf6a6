"""The ``quiz`` command: play (the default), check, and the other subcommands.

Only ``play`` imports the UI, and only when it runs, so the other commands start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from quiz import paths


def _add_articles(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--articles",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of articles (default: the shipped seeds/)",
    )


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json"), default="text")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quiz", description="A trivia game whose every question cites its news article."
    )
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser("check", help="prove every question and citation in the bank")
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="question files or folders (default: the shipped bank)",
    )
    _add_articles(check)
    _add_format(check)
    check.add_argument(
        "--no-cache", action="store_true", help="prove everything afresh, ignoring the cache"
    )

    # ``quiz generate`` parses its own options (quiz.authoring.generate.build_parser); listed
    # for --help.
    sub.add_parser("generate", help="draft cited questions from articles", add_help=False)

    scores = sub.add_parser("scores", help="the high-score table, per mode and question set")
    scores.add_argument("--mode", choices=("practice", "challenge", "review"), default=None)
    scores.add_argument("--limit", type=int, default=10)
    scores.add_argument("--data-dir", type=Path, default=None)
    _add_format(scores)

    history = sub.add_parser("history", help="the most recent games")
    history.add_argument("--limit", type=int, default=20)
    history.add_argument("--data-dir", type=Path, default=None)
    _add_format(history)

    play = sub.add_parser("play", help="play the game (the default command)")
    play.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    _add_articles(play)
    play.add_argument("--data-dir", type=Path, default=None)
    play.add_argument("--mode", choices=("practice", "challenge", "review"), default=None)
    play.add_argument("--count", type=int, default=None)
    play.add_argument("--article", action="append", default=[], metavar="ID")
    play.add_argument("--seed", type=int, default=None)
    play.add_argument("--difficulty", choices=("easy", "medium", "hard"), default=None)
    play.add_argument("--tag", action="append", default=[], metavar="TAG")
    play.add_argument("--time-limit", type=float, default=None, metavar="SECONDS")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0].startswith("-") and args[0] not in ("-h", "--help")):
        args.insert(0, "play")
    if args[0] == "generate":
        from quiz.authoring.generate import main as generate

        return generate(args[1:])
    parsed = build_parser().parse_args(args)
    try:
        if parsed.command == "check":
            return run_check(parsed.paths, parsed.articles, parsed.format, not parsed.no_cache)
        if parsed.command == "play":
            return run_play(parsed)
        if parsed.command == "scores":
            return run_scores(parsed)
        if parsed.command == "history":
            return run_history(parsed)
    except BrokenPipeError:  # output piped into head and the like
        sys.stderr.close()
        return 1
    build_parser().print_help()
    return 2


def run_check(
    bank_paths: Sequence[Path], articles_dir: Path | None, fmt: str, cached: bool = True
) -> int:
    from quiz.authoring.engine import ENGINE_CHECKS
    from quiz.bank.cache import load_bank_cached
    from quiz.corpus.articles import read_library

    library = read_library(articles_dir or paths.default_articles_dir())
    where = list(bank_paths) or [paths.default_bank_dir()]
    # An unchanged bank, articles and code give the same proof: the cache replays it.
    bank = load_bank_cached(
        where, library, paths.cache_dir() if cached else None, checks=ENGINE_CHECKS
    )
    problems = library.problems + bank.problems
    if fmt == "json":
        json.dump(
            {
                "questions": len(bank.questions),
                "files": len(bank.files),
                "articles": len(library.articles),
                "problems": [problem.as_dict() for problem in problems],
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for problem in problems:
            print(problem)
        print(
            f"{_plural(len(bank.questions), 'question')} in {_plural(len(bank.files), 'file')}, "
            f"{_plural(len(library.articles), 'article')}: "
            + (_plural(len(problems), "problem") if problems else "no problems")
        )
    return 1 if problems else 0


def run_play(parsed: argparse.Namespace) -> int:
    from quiz.ui.main import play  # Textual loads only when the game is played

    return play(parsed)


def run_scores(parsed: argparse.Namespace) -> int:
    from quiz.game.scores import ScoreStore

    store = ScoreStore.open(paths.data_dir(parsed.data_dir))
    if store.warning:
        print(store.warning, file=sys.stderr)
    rows = store.high_scores(parsed.mode, limit=parsed.limit)
    if parsed.format == "json":
        _print_json([row.as_dict() for row in rows])
        return 0
    if not rows:
        print("No high scores yet: play a game with `quiz`.")
        return 0
    _print_table(
        ["#", "player", "mode", "question set", "score", "right", "when"],
        [
            [
                str(r.rank),
                r.player,
                r.mode,
                r.question_set,
                str(r.score),
                f"{r.correct}/{r.total}",
                f"{r.finished_at:%Y-%m-%d %H:%M}",
            ]
            for r in rows
        ],
    )
    return 0


def run_history(parsed: argparse.Namespace) -> int:
    from quiz.game.scores import ScoreStore

    store = ScoreStore.open(paths.data_dir(parsed.data_dir))
    if store.warning:
        print(store.warning, file=sys.stderr)
    games = store.recent_games(parsed.limit, with_answers=parsed.format == "json")
    if parsed.format == "json":
        _print_json([game.as_dict() for game in games])
        return 0
    if not games:
        print("No games played yet: play one with `quiz`.")
        return 0
    _print_table(
        ["when", "player", "mode", "score", "right", "time", "best streak"],
        [
            [
                f"{g.finished_at:%Y-%m-%d %H:%M}",
                g.player,
                g.mode,
                str(g.score),
                f"{g.correct}/{g.total}",
                f"{g.elapsed:.0f}s",
                str(g.best_streak),
            ]
            for g in games
        ],
    )
    return 0


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]
    for line in [header, ["-" * w for w in widths], *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
