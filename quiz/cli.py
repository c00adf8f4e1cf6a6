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


def _add_serve(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.epilog = "Any other option is passed to `quiz play` in each browser tab."


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

    _add_interchange(sub)
    review = sub.add_parser("review", help="review generated drafts on screen, one at a time")
    review.add_argument(
        "drafts",
        nargs="?",
        type=Path,
        default=None,
        metavar="DIR",
        help="the drafts folder (default: questions/generated/)",
    )
    review.add_argument("--article", default=None, metavar="ID", help="only this article's")
    _add_articles(review)
    review.add_argument("--data-dir", type=Path, default=None)

    stats = sub.add_parser("stats", help="your progress: accuracy and points over time")
    stats.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="the bank (for tags)")
    _add_articles(stats)
    stats.add_argument("--data-dir", type=Path, default=None)
    stats.add_argument("--limit", type=int, default=10, help="how many missed questions")
    _add_format(stats)

    serve = sub.add_parser(
        "serve", help="serve the game to a web browser (no login: localhost by default)"
    )
    _add_serve(serve)

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


def _add_interchange(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """quiz export / import / schema (quiz/interchange)."""
    formats = ("gift", "aiken", "anki", "opentdb", "csv")
    export = sub.add_parser("export", help="the quiz a game of --seed plays, for other tools")
    export.add_argument("--format", choices=formats, required=True)
    export.add_argument("-o", "--output", type=Path, default=None, metavar="FILE")
    export.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    _add_articles(export)
    export.add_argument("--seed", type=int, default=0)
    export.add_argument("--count", type=int, default=None)
    export.add_argument("--article", action="append", default=[], metavar="ID")
    export.add_argument("--tag", action="append", default=[], metavar="TAG")
    export.add_argument("--difficulty", choices=("easy", "medium", "hard"), default=None)
    imp = sub.add_parser("import", help="questions from GIFT, Aiken, Anki text, OpenTDB or CSV")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--format", choices=formats, default=None)
    imp.add_argument("-o", "--output", type=Path, default=None, metavar="DIR")
    imp.add_argument("--force", action="store_true", help="overwrite a file not written here")
    sub.add_parser("schema", help="print the JSON Schema of a question file")


def _run_interchange(parsed: argparse.Namespace) -> int:
    from quiz.interchange import commands

    if parsed.command == "export":
        return commands.export(
            parsed.format,
            parsed.output,
            bank_paths=parsed.paths,
            articles_dir=parsed.articles,
            seed=parsed.seed,
            count=parsed.count,
            articles=parsed.article,
            tags=parsed.tag,
            difficulty=parsed.difficulty,
        )
    if parsed.command == "import":
        return commands.import_file(parsed.file, parsed.format, parsed.output, force=parsed.force)
    return commands.print_schema()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0].startswith("-") and args[0] not in ("-h", "--help")):
        args.insert(0, "play")
    if args[0] == "generate":
        from quiz.authoring.generate import main as generate

        return generate(args[1:])
    if args[0] == "serve":
        return run_serve(args[1:])
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
        if parsed.command in ("export", "import", "schema"):
            return _run_interchange(parsed)
        if parsed.command == "review":
            from quiz.ui.main import review

            return review(parsed)
        if parsed.command == "stats":
            return run_stats(parsed)
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


def run_serve(args: Sequence[str]) -> int:
    """``quiz serve [--host H] [--port N] [play options]``: the options it does not know are
    ``quiz play``'s, checked here so that a typo fails now rather than in every browser tab."""
    parser = argparse.ArgumentParser(prog="quiz serve", description="serve the game to a browser")
    _add_serve(parser)
    parsed, play_args = parser.parse_known_args(args)
    build_parser().parse_args(["play", *play_args])  # exits with a usage error if wrong
    from quiz.ui.serve import serve  # textual-serve loads only here

    return serve(parsed.host, parsed.port, play_args)


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


def run_stats(parsed: argparse.Namespace) -> int:
    """Progress from the score history; the bank gives each question its text and tags."""
    from quiz.authoring.engine import ENGINE_CHECKS
    from quiz.bank.cache import load_bank_cached
    from quiz.corpus.articles import read_library
    from quiz.game.scores import ScoreStore, tally_by

    store = ScoreStore.open(paths.data_dir(parsed.data_dir))
    library = read_library(parsed.articles or paths.default_articles_dir())
    where = list(parsed.paths) or [paths.default_bank_dir()]
    questions = load_bank_cached(where, library, paths.cache_dir(), checks=ENGINE_CHECKS).by_id()
    games = store.progress(limit=10_000)
    articles = store.by_article()
    tags = tally_by(store.by_question(), {q.id: q.tags for q in questions.values()})
    missed = store.most_missed(parsed.limit)
    if store.warning:
        print(store.warning, file=sys.stderr)
    answered = sum(t.answered for t in articles)
    right = sum(t.correct for t in articles)
    totals = {
        "games": len(games),
        "answered": answered,
        "correct": right,
        "accuracy": right / answered if answered else 0.0,
        "points": sum(t.points for t in articles),
    }

    def title(article_id: str) -> str | None:
        article = library.get(article_id)
        return article.title if article is not None else None

    def text(question_id: str) -> str | None:
        question = questions.get(question_id)
        return question.question if question is not None else None

    if parsed.format == "json":
        _print_json(
            {
                "totals": totals,
                "games": [g.as_dict() for g in games],
                "articles": [{**t.as_dict(), "title": title(t.key)} for t in articles],
                "tags": [t.as_dict() for t in tags],
                "most_missed": [{**t.as_dict(), "question": text(t.key)} for t in missed],
            }
        )
        return 0
    if not games:
        print("No games played yet: play one with `quiz`.")
        return 0
    print(
        f"{_plural(len(games), 'game')}, {_plural(answered, 'answer')}, {right} right "
        f"({totals['accuracy']:.0%}), {totals['points']:,} points"
    )
    recent = games[-60:]
    print(f"points per game   {_spark([g.score for g in recent])}")
    print(f"right per game    {_spark([g.accuracy for g in recent])}  (oldest first)")
    for heading, rows, name in (
        ("By article", articles, title),
        ("By tag", tags, lambda key: key),
    ):
        print(f"\n{heading}")
        for t in rows:
            print(
                f"  {_bar(t.accuracy)} {t.accuracy:>4.0%} {t.correct:>3}/{t.answered:<3} "
                f"{name(t.key) or t.key}"
            )
    print("\nMissed most")
    for t in missed:
        print(f"  {t.missed} of {t.answered}  {text(t.key) or t.key}")
    if not missed:
        print("  nothing missed yet")
    return 0


_SPARKS = "▁▂▃▄▅▆▇█"


def _spark(values: Sequence[float]) -> str:
    """A one-line chart of ``values`` (lowest ▁, highest █)."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = high - low
    return "".join(
        _SPARKS[round((v - low) / span * (len(_SPARKS) - 1)) if span else len(_SPARKS) // 2]
        for v in values
    )


def _bar(share: float, width: int = 10) -> str:
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


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
