"""The ``quiz`` command: play (the default), check, and the other subcommands.

Only ``play`` imports the UI, and only when it runs, so the other commands start fast.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO, cast

from quiz import paths
from quiz.text import printable


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
    _add_data_dir(review)

    stats = sub.add_parser("stats", help="your progress: accuracy and points over time")
    stats.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="the bank (for tags)")
    _add_articles(stats)
    _add_data_dir(stats)
    stats.add_argument("--limit", type=int, default=10, help="how many missed questions")
    _add_format(stats)

    serve = sub.add_parser(
        "serve", help="serve the game to a web browser (no login: localhost by default)"
    )
    _add_serve(serve)

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


def _add_interchange(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """quiz export / import / schema (quiz/interchange)."""
    formats = ("gift", "aiken", "anki", "opentdb", "csv")
    export = sub.add_parser("export", help="the quiz a game of --seed plays, for other tools")
    export.add_argument(
        "--format", choices=formats, required=True, help="the format to write (required)"
    )
    export.add_argument(
        "-o", "--output", type=Path, default=None, metavar="FILE", help="default: standard output"
    )
    export.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="question files or folders (default: the shipped bank)",
    )
    _add_articles(export)
    export.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="N",
        help="the game whose order and options are written (default: 0)",
    )
    export.add_argument(
        "--count", type=int, default=None, metavar="N", help="questions (default: every one)"
    )
    export.add_argument(
        "--article",
        action="append",
        default=[],
        metavar="ID",
        help="only questions citing this article (repeat for more)",
    )
    export.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="only questions with this tag"
    )
    export.add_argument(
        "--difficulty",
        choices=("easy", "medium", "hard"),
        default=None,
        help="only questions of this difficulty",
    )
    imp = sub.add_parser("import", help="questions from GIFT, Aiken, Anki text, OpenTDB or CSV")
    imp.add_argument("file", type=Path, metavar="FILE", help="the file to read")
    imp.add_argument(
        "--format", choices=formats, default=None, help="default: guessed from the file"
    )
    imp.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="DIR",
        help="where the YAML goes (default: questions/imported/)",
    )
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
    try:
        if args[0] == "generate":
            from quiz.authoring.generate import main as generate

            out, err = sys.stdout, sys.stderr
            # Its messages quote file names and articles: shown, never sent (\r draws progress).
            sys.stdout, sys.stderr = _shown(out, "\n\t"), _shown(err, "\n\t\r")
            try:
                return generate(args[1:])
            except OSError as error:  # an output that cannot be written: said, not a traceback
                print(f"quiz generate: {error}", file=sys.stderr)
                return 1
            finally:
                sys.stdout, sys.stderr = out, err
        if args[0] == "serve":
            return run_serve(args[1:])
        parsed = build_parser().parse_args(args)
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
    except KeyboardInterrupt:  # Ctrl-C: every write is atomic, so nothing is left half done
        print("interrupted", file=sys.stderr)
        return 130
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
    from quiz.ui.formatting import mode_name, points, question_set_label  # plain text: no Textual

    store = ScoreStore.open_to_read(paths.data_dir(parsed.data_dir))
    rows = store.high_scores(parsed.mode, limit=parsed.limit)
    if store.warning:  # after reading: a failed read says so too
        print(printable(store.warning, keep=""), file=sys.stderr)
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
        print(printable(store.warning, keep=""), file=sys.stderr)
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


def run_stats(parsed: argparse.Namespace) -> int:
    """Progress from the score history; the bank gives each question its text and tags."""
    from quiz.authoring.engine import ENGINE_CHECKS
    from quiz.bank.cache import load_bank_cached
    from quiz.corpus.articles import read_library
    from quiz.game.scores import ScoreStore, tally_by

    store = ScoreStore.open_to_read(paths.data_dir(parsed.data_dir))
    library = read_library(parsed.articles or paths.default_articles_dir())
    where = list(parsed.paths) or [paths.default_bank_dir()]
    questions = load_bank_cached(where, library, paths.cache_dir(), checks=ENGINE_CHECKS).by_id()
    games = store.progress(limit=10_000)
    articles = store.by_article()
    tags = tally_by(store.by_question(), {q.id: q.tags for q in questions.values()})
    missed = store.most_missed(parsed.limit)
    if store.warning:
        print(printable(store.warning, keep=""), file=sys.stderr)
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
        return printable(article.title, keep="") if article is not None else None

    def text(question_id: str) -> str | None:
        question = questions.get(question_id)
        return printable(question.question, keep="") if question is not None else None

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
        ("By tag", tags, lambda key: printable(key, keep="")),
    ):
        print(f"\n{heading}")
        for t in rows:
            print(
                f"  {_bar(t.accuracy)} {t.accuracy:>4.0%} {t.correct:>3}/{t.answered:<3} "
                f"{name(t.key) or printable(t.key, keep='')}"
            )
    print("\nMissed most")
    for t in missed:
        print(f"  {t.missed} of {t.answered}  {text(t.key) or printable(t.key, keep='')}")
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


class _Shown(io.TextIOBase):
    """A text stream that shows each control character (but ``keep``) instead of sending it."""

    def __init__(self, stream: TextIO, keep: str) -> None:
        self._stream = stream
        self._keep = keep

    def write(self, text: str) -> int:
        self._stream.write(printable(text, self._keep))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


def _shown(stream: TextIO, keep: str) -> TextIO:
    return cast(TextIO, _Shown(stream, keep))


def _print_json(data: object) -> None:
    # json escapes C0 controls itself; DEL and C1 (the 8-bit CSI is one) it would write raw.
    text = json.dumps(data, indent=2, ensure_ascii=False)
    sys.stdout.write(_C1_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


# DEL and C1 are only ever inside a JSON string, where \uXXXX means the same.
_C1_IN_JSON = re.compile("[\x7f-\x9f]")


def _print_table(header: list[str], rows: list[list[str]], right: Sequence[int] = ()) -> None:
    """Columns padded to their widest cell; the ``right`` ones (numbers) aligned right."""
    rows = [[printable(cell, keep="") for cell in row] for row in rows]  # names are from files
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
