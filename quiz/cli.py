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
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output (default: text)"
    )


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"where the scores are kept (default: ${paths.DATA_DIR_ENV}, else the platform's "
        "data folder)",
    )


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
    check.add_argument(
        "--strict", action="store_true", help="fail on warnings too (by default only errors fail)"
    )

    # ``quiz generate`` parses its own options (quiz.authoring.generate.build_parser); listed
    # for --help.
    sub.add_parser("generate", help="draft cited questions from articles", add_help=False)

    scores = sub.add_parser("scores", help="the high-score table, per mode and question set")
    scores.add_argument(
        "--mode",
        choices=("practice", "challenge", "review"),
        default=None,
        help="only this mode's table (default: every mode)",
    )
    scores.add_argument(
        "--limit", type=int, default=10, help="rows per question set (default: 10)"
    )
    _add_data_dir(scores)
    _add_format(scores)

    history = sub.add_parser("history", help="the most recent games")
    history.add_argument("--limit", type=int, default=20, help="games to list (default: 20)")
    _add_data_dir(history)
    _add_format(history)

    play = sub.add_parser(
        "play",
        help="play the game (the default command)",
        description="Open the game on the home screen; with --mode, start straight into a game. "
        "The other options preset the home screen's choices.",
    )
    play.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="question files or folders (default: the shipped bank)",
    )
    _add_articles(play)
    _add_data_dir(play)
    play.add_argument(
        "--mode",
        choices=("practice", "challenge", "review"),
        default=None,
        help="start straight into a game of this mode: practice (untimed), challenge (timed, "
        "speed pays) or review (the questions missed before)",
    )
    play.add_argument(
        "--count", type=int, default=None, metavar="N", help="questions per game (default: 10)"
    )
    play.add_argument(
        "--article",
        action="append",
        default=[],
        metavar="ID",
        help="only questions citing this article (repeat for more; default: every article)",
    )
    play.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="N",
        help="fix the question order, the options and every wrong answer, so a game replays "
        "(default: a new game each time)",
    )
    play.add_argument(
        "--difficulty",
        choices=("easy", "medium", "hard"),
        default=None,
        help="only questions of this difficulty (default: any)",
    )
    play.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="only questions with this tag (repeat for any of several; default: any tags)",
    )
    play.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="seconds per question in a challenge (default: 20, unless a question sets its own)",
    )
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
            return run_check(
                parsed.paths, parsed.articles, parsed.format, not parsed.no_cache, parsed.strict
            )
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
    bank_paths: Sequence[Path],
    articles_dir: Path | None,
    fmt: str,
    cached: bool = True,
    strict: bool = False,
) -> int:
    """Prove the bank; exit 1 on any error (a question the game leaves out), and with
    ``strict`` on any warning too (a question that plays, but gives a wrong answer away)."""
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
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    if fmt == "json":
        json.dump(
            {
                "questions": len(bank.questions),
                "files": len(bank.files),
                "articles": len(library.articles),
                "errors": errors,
                "warnings": warnings,
                "problems": [problem.as_dict() for problem in problems],
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for problem in problems:
            print(problem)
        counts = ((errors, "error"), (warnings, "warning"))
        found = [_plural(count, noun) for count, noun in counts if count]
        print(
            f"{_plural(len(bank.questions), 'question')} in {_plural(len(bank.files), 'file')}, "
            f"{_plural(len(library.articles), 'article')}: "
            + (" and ".join(found) if found else "no problems")
        )
    return 1 if errors or (strict and warnings) else 0


def run_play(parsed: argparse.Namespace) -> int:
    from quiz.ui.main import play  # Textual loads only when the game is played

    return play(parsed)


def run_scores(parsed: argparse.Namespace) -> int:
    from quiz.game.scores import ScoreStore
    from quiz.ui.formatting import mode_name, points, question_set_label  # plain text: no Textual

    store = ScoreStore.open_to_read(paths.data_dir(parsed.data_dir))
    rows = store.high_scores(parsed.mode, limit=parsed.limit)
    if store.warning:
        print(store.warning, file=sys.stderr)
    if parsed.format == "json":
        _print_json([row.as_dict() for row in rows])
        return 0
    if not rows:
        print("No high scores yet: play a game with `quiz`.")
        return 0
    # As the high-score screen shows them: ranks are per mode and question set, so each set
    # gets a table of its own under a heading that names it.
    groups: dict[tuple[str, str], list[list[str]]] = {}
    for r in rows:
        groups.setdefault((r.mode, r.question_set), []).append(
            [
                str(r.rank),
                r.player,
                points(r.score),
                f"{r.correct}/{r.total}",
                f"{r.finished_at:%Y-%m-%d %H:%M}",
            ]
        )
    for number, ((mode, question_set), table) in enumerate(groups.items()):
        if number:
            print()
        print(f"{mode_name(mode)} · {question_set_label(question_set)}")
        _print_table(["#", "Player", "Score", "Right", "When"], table, right=(0, 2, 3))
    return 0


def run_history(parsed: argparse.Namespace) -> int:
    from quiz.game.scores import ScoreStore
    from quiz.ui.formatting import duration, mode_name, points

    store = ScoreStore.open_to_read(paths.data_dir(parsed.data_dir))
    games = store.recent_games(parsed.limit, with_answers=parsed.format == "json")
    if store.warning:
        print(store.warning, file=sys.stderr)
    if parsed.format == "json":
        _print_json([game.as_dict() for game in games])
        return 0
    if not games:
        print("No games played yet: play one with `quiz`.")
        return 0
    _print_table(
        ["When", "Player", "Mode", "Score", "Right", "Time", "Best streak"],
        [
            [
                f"{g.finished_at:%Y-%m-%d %H:%M}",
                g.player,
                mode_name(g.mode),
                points(g.score),
                f"{g.correct}/{g.total}",
                duration(g.elapsed),
                str(g.best_streak),
            ]
            for g in games
        ],
        right=(3, 4, 5, 6),
    )
    return 0


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _print_table(header: list[str], rows: list[list[str]], right: Sequence[int] = ()) -> None:
    """Columns padded to their widest cell; the ``right`` ones (numbers) aligned right."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]
    for line in [header, ["-" * w for w in widths], *rows]:
        cells = [
            cell.rjust(width) if index in right else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
