"""``quiz generate``: the run, from news articles to cited drafts, without losing anyone's work.

Facts come from :mod:`quiz.authoring.facts`; each becomes a natural question
(:mod:`quiz.authoring.questions`) citing the sentence it came from, with wrong answers from
:mod:`quiz.authoring.options`. A draft is dropped, with its reason counted in the summary, when
it would rest on a garbled or doubled passage, contradict itself or another article unnamed,
give its answer away, or lack believable wrong answers; the rest are ranked, and an article's
best go to its draft file (:mod:`quiz.authoring.drafts`), merged with what a person kept. Files
the generator did not write are never overwritten without ``--force``, and every write is atomic.
"""

from __future__ import annotations

import argparse
import functools
import gc
import hashlib
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

import yaml

from quiz import paths
from quiz.authoring import wellknown
from quiz.authoring.cloze import cloze_question, is_cloze, leading_clause, without_days
from quiz.authoring.context import with_surnames_in_full
from quiz.authoring.drafts import emit, entry_text, merge, read_existing, read_rejected
from quiz.authoring.entities import family_in
from quiz.authoring.facts import ArticleFacts, Fact, extract
from quiz.authoring.options import Pool, wrong_answers
from quiz.authoring.questions import (
    GENERAL_KNOWLEDGE,
    Context,
    main_work,
    question_text,
    with_full_names,
)
from quiz.authoring.salience import PAST_LEAD, Weight, lead_of, salience
from quiz.authoring.validators import Candidate, cloze_rejection, rejection
from quiz.authoring.wordlists import words
from quiz.bank.citations import contains_answer, names_source, quote_span, source_phrase
from quiz.corpus.articles import CATALOGUE, Library, read_article_file, read_library
from quiz.model import Article, Citation, Question
from quiz.paths import output_folder_problem, write_atomic
from quiz.text import normalise

PROGRESS_FROM = 10  # articles: fewer than this need no progress bar

# --- the run's outcome -----------------------------------------------------------------------


@dataclass
class Report:
    """What a run did, for the summary: counts, and why drafts and files were passed over."""

    articles: int = 0
    facts: int = 0
    written: int = 0
    kept: int = 0  # edited or reviewed drafts kept as they were
    skipped: Counter[str] = field(default_factory=Counter)  # drafts, by reason
    sentences: Counter[str] = field(default_factory=Counter)  # sentences passed over, by reason
    problems: list[str] = field(default_factory=list)  # bad articles, refused files
    refused: int = 0
    files: int = 0  # draft files written
    outside: Counter[Path] = field(default_factory=Counter)  # articles read from other folders

    def summary(self) -> str:
        lines = [
            f"{self.articles} article{'s' if self.articles != 1 else ''}: "
            f"{self.facts} facts found, {self.written} questions written "
            f"({self.kept} edited or reviewed kept as they were), "
            f"{sum(self.skipped.values())} skipped"
        ]
        for reason, count in sorted(self.skipped.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  skipped {count:>4}: {reason}")
        for reason, count in sorted(self.sentences.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  sentences passed over {count:>4}: {reason}")
        return "\n".join(lines)


# --- drafts --------------------------------------------------------------------------------


def slug(text: str, limit: int = 32) -> str:
    ascii_text = normalise(text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = "-".join(words)[:limit].strip("-")
    return out or "fact"


def draft_id(article: Article, fact: Fact) -> str:
    """Stable across runs: the article, the kind and what the fact is, never its position."""
    digest = hashlib.blake2b(f"{article.id}\x1f{fact.key}".encode(), digest_size=4).hexdigest()
    label = fact.what if fact.what and fact.relation not in ("date", "in-year") else fact.answer
    if fact.relation == "speaker":
        label = fact.full or fact.answer
    return f"gen-{slug(article.id, 12)}-{fact.kind}-{slug(label, 28)}-{digest}"


def _difficulty(fact: Fact, article: Article, library: Library) -> str:
    mentions = library.normalised_text(article.id).count(normalise(fact.answer))
    if fact.kind in ("number", "money") or (fact.kind == "date" and fact.relation == "date"):
        return "hard" if mentions <= 1 else "medium"
    if mentions >= 3 or (fact.kind == "year" and fact.relation == "year-of-work"):
        return "easy"
    if fact.kind in ("ordinal", "title", "vehicle"):
        return "easy"
    return "medium"


def _quote_for(
    library: Library, article: Article, sentence: str, fact: Fact
) -> tuple[str, str | None]:
    """The passage to cite: the sentence, or when it holds a garbled or contested passage the
    fact does not rest on, the clauses around the fact that leave that passage out (still
    verbatim, still holding the answer). A fact inside such a passage gets a reason instead."""
    if not library.has_notes(article.id):
        return sentence, None
    bad: list[tuple[int, int]] = []
    passages = [(e.quote, e.reason) for e in library.unreliable if e.article == article.id]
    contested = [
        (claim.quote, "")
        for conflict in library.conflicts
        for claim in conflict.claims
        if claim.article == article.id
    ]
    for passage, reason in passages + contested:
        index = _index_in(sentence, passage)
        if index is None:
            continue
        span = (index, index + len(passage))
        if span[0] < fact.end and fact.start < span[1]:
            if reason:
                return sentence, f"rests on an unreliable passage ({reason})"
            continue  # the answer is one side of a conflict: cited whole, and sourced
        bad.append(span)
    if not bad:
        return sentence, None
    return _clauses_around(sentence, fact, bad), None


_CLAUSE_GAP = re.compile(r",\s+|;\s+|\s[–—-]\s|\s+and\s+|\s+but\s+|\.\s+")


def _clauses_around(sentence: str, fact: Fact, bad: list[tuple[int, int]]) -> str:
    """The longest run of whole clauses around the fact's phrase that overlaps no bad span."""
    lo, hi = min(fact.start, fact.phrase[0]), max(fact.end, fact.phrase[1])
    begin, end = 0, len(sentence)
    for start, stop in bad:
        if stop <= lo:
            begin = max(begin, stop)
        elif start >= hi:
            end = min(end, start)
    cut_begin = 0 if begin == 0 else lo
    cut_end = len(sentence) if end == len(sentence) else hi
    gaps = list(_CLAUSE_GAP.finditer(sentence))
    if begin > 0:  # the first clause that starts after the bad passage
        cut_begin = next((g.end() for g in gaps if begin <= g.start() and g.end() <= lo), lo)
    if end < len(sentence):  # the last clause that ends before it
        before = (g.start() for g in reversed(gaps) if hi <= g.start() and g.end() <= end)
        cut_end = next(before, hi)
    return sentence[cut_begin:cut_end].strip()


def _index_in(text: str, passage: str) -> int | None:
    target = normalise(passage)
    for index in range(len(text)):
        if normalise(text[index : index + len(passage) + 4]).startswith(target):
            return index
    return None


def _conflict_of(
    library: Library, article: Article, quote: str, answer_span: tuple[int, int]
) -> tuple[bool, bool] | None:
    """Whether the quote touches a catalogued conflict: (the answer is the contested value,
    every side of the conflict is in this article); None when it touches none."""
    if not library.has_notes(article.id):
        return None
    span = quote_span(library, article.id, quote)
    if span is None:
        return None
    found: tuple[bool, bool] | None = None
    for conflict in library.conflicts:
        for claim in conflict.claims:
            if claim.article != article.id:
                continue
            claim_span = quote_span(library, claim.article, claim.quote)
            if claim_span and claim_span[0] < span[1] and span[0] < claim_span[1]:
                on_answer = claim_span[0] < answer_span[1] and answer_span[0] < claim_span[1]
                alone = all(c.article == article.id for c in conflict.claims)
                if found is None or on_answer:
                    found = (on_answer, alone)
    return found


_NAME_KINDS = frozenset({"person", "character", "title", "place", "organisation", "vehicle"})


@dataclass
class CrossIndex:
    """What each article says of a keyed fact, to find facts articles state differently."""

    answers: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # key -> article -> ans

    @staticmethod
    def key(fact: Fact) -> str | None:
        if fact.relation in (
            "attribute",
            "respectively",
            "year-of-work",
            "work-of",
            "author",
            "age",
            "played-by",
        ):
            return "|".join((fact.relation, normalise(fact.what), normalise(fact.subject)))
        return None  # counts, dates, names...: too often true of different things at once

    def add(self, fact: Fact) -> None:
        key = self.key(fact)
        if key is not None:
            self.answers.setdefault(key, {}).setdefault(fact.article, set()).add(
                normalise(fact.answer)
            )

    def disagreement(self, fact: Fact) -> str | None:
        """'self' when the article contradicts itself. What other articles say is never asked:
        an article's questions must not change with the other articles of the run (conflicts
        between articles are catalogued beside them, as the seeds' are)."""
        key = self.key(fact)
        if key is None:
            return None
        mine = self.answers.get(key, {}).get(fact.article, set())
        return "self" if len(mine) > 1 else None


def _giveaway(fact: Fact, article: Article, library: Library) -> bool:
    """An answer that is what the whole article is about: asking it tests nothing."""
    if fact.kind not in _NAME_KINDS:
        return False
    answer = normalise(fact.answer)
    if len(answer) >= 4 and answer in normalise(article.title):
        return True
    sentences = library.normalised_sentences(article.id)
    mentions = sum(1 for sentence in sentences if answer in sentence)
    return fact.kind in ("title", "vehicle", "organisation") and mentions * 3 >= len(sentences)


def _in_list(fact: Fact, sentence: str) -> bool:
    """One item of a list ("a Series III, a Range Rover Classic and ..."): no single answer."""
    before = sentence[max(0, fact.start - 4) : fact.start]
    after = sentence[fact.end : fact.end + 6]
    return bool(
        re.search(r",\s+(?:an?\s+)?$", before) or re.match(r",\s+(?:an?|the)?\s*[A-Z]", after)
    )


NO_QUESTION = "no natural question for this sentence"
_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")  # typesetting between words, not words


def _gap_first(fact: Fact, article: Article) -> bool:
    """Whether a fact is asked first as its own sentence with a gap, and as a question only
    when that sentence does not stand alone: a figure or a date. In two blind gradings of the
    same 80 drafts, 57-61% of gap-fills were publishable unchanged against 0-25% of the
    questions asking a figure or a date ("In what year did ...?"), whose rewrite of the
    sentence loses its context or its grammar."""
    return cloze_question(fact, article.sentences[fact.sentence].text) is not None
UNQUOTABLE = ("private", "media")  # role families whose quotes are asked as no one's news


def draft(
    article: Article,
    facts: ArticleFacts,
    fact: Fact,
    library: Library,
    cross: CrossIndex,
    pool: Pool,
    works: Works,
    seed: int,
    gap_fill: bool = False,
) -> tuple[dict[str, Any] | None, str]:
    """A draft question for one fact as a YAML-ready mapping, or None and the reason. With
    ``gap_fill``, a fact no question reads well for may be asked as its sentence with a gap."""
    sentence = article.sentences[fact.sentence].text
    if fact.kind == "vehicle" and _in_list(fact, sentence):
        return None, "one item of a list, with no single answer"
    if _giveaway(fact, article, library):
        return None, "gives the answer away (what the whole article is about)"
    if fact.relation in GENERAL_KNOWLEDGE:
        return None, "general knowledge (who wrote a book), not the article's news"
    if fact.relation in ("speaker", "title") and (
        family_in(article, fact.full or fact.answer) in UNQUOTABLE
    ):
        # Graded, every "Who said" of a resident, a witness or a journalist was dropped:
        # whose words they are is no news.
        return None, "a private person's or a reporter's words: who said them is no news"
    disagreement = cross.disagreement(fact)
    if disagreement == "self":
        return None, "the article states this fact two ways"
    quote, unreliable = _quote_for(library, article, sentence, fact)
    if unreliable:
        return None, "rests on a garbled or misspelt passage"
    offset = article.sentences[fact.sentence].start
    conflict = _conflict_of(library, article, quote, (offset + fact.start, offset + fact.end))
    if conflict is not None:
        on_answer, alone = conflict
        if on_answer and (alone or fact.kind in _NAME_KINDS):
            return None, "a name the articles spell differently"
    previous = article.sentences[fact.sentence - 1].text if fact.sentence else ""
    work, work_noun = works.of(article, facts, library)
    ctx = Context(article, facts, sentence, previous, work, work_noun)
    # The gap-fill pass sees only facts the first pass found no question for: not asked again.
    asked = None if gap_fill else question_text(fact, ctx)
    gap = gap_fill and conflict is None
    at = fact  # the fact as the printed sentence places it
    if gap:
        clause = leading_clause(sentence, fact.end) if quote == sentence else None
        if clause is not None:  # a sentence too long to print: its leading clause, cited so
            sentence, quote = f"{clause}.", clause
        before, after = sentence[: fact.start], sentence[fact.end :]
        if article.date is None:  # "on Saturday" of an undated story: printed without it
            before, after = without_days(before, after)
        # typesetting, not words: "the Federal Aviation Authority  said" is printed single-spaced
        before, after = _SPACES.sub(" ", before), _SPACES.sub(" ", after)
        sentence = f"{before}{fact.answer}{after}"
        at = replace(fact, start=len(before), end=len(before) + len(fact.answer))
        asked = cloze_question(at, sentence)
    if asked is None:
        return None, NO_QUESTION
    if conflict is not None:
        if article.date is None and not article.title:
            return None, "another article states it differently, and this one is undated"
        if not names_source(asked, article):
            asked = f"{source_phrase(article)}, {asked[:1].lower()}{asked[1:]}"
    asked = asked if gap else with_full_names(with_surnames_in_full(asked, article.text), article)
    if asked is None:
        return None, "a surname the article gives to more than one person"
    answer = fact.answer
    kind = fact.kind
    explanation = None
    if fact.relation == "speaker" and fact.full and fact.full != answer:
        # The answer is the name as the quote's sentence gives it (its citation must hold it);
        # the full name found earlier in the article goes in the explanation.
        role = f", the {fact.subject}" if fact.subject else ""
        explanation = f"{fact.full}{role}."
    question = Question(
        id=draft_id(article, fact),
        question=asked,
        answer=answer,
        distractors=(),
        source=Citation(article.id, quote),
        kind=kind,
        origin="generated",
    )
    if _minor_speaker(asked, fact, article):
        return None, "a minor speaker's words: whose they are is no news"
    if contains_answer(asked, answer):
        return None, "the question would contain its answer"
    candidate = Candidate(
        question=asked,
        answer=answer,
        kind=kind,
        relation=fact.relation,
        sentence=sentence,
        start=at.start,
        end=at.end,
        quote=quote,
        article_text=article.text,
        dated=article.date is not None,
        in_lead=fact.sentence < lead_of(len(article.sentences)),
    )
    rejected = cloze_rejection(candidate) if gap else rejection(candidate)
    if rejected is not None:
        return None, rejected
    asked_text = normalise(asked)
    if any(passage in asked_text for passage in pool.contested):
        return None, "rests on a garbled or misspelt passage"
    options = wrong_answers(question, fact, article, library, pool, seed, list(facts.people))
    if options is None:
        return None, "no believable wrong answers"
    for option in options:
        if contains_answer(asked, option):
            return None, "the question would contain one of its options"
    entry: dict[str, Any] = {
        "id": question.id,
        "question": asked,
        "answer": answer,
        "distractors": options,
        "source": {"article": article.id, "quote": quote},
        "tags": [kind],
        "difficulty": _difficulty(fact, article, library),
        "kind": kind,
    }
    if explanation:
        entry["explanation"] = explanation
    entry["origin"] = "generated"
    return entry, ""


@dataclass
class Works:
    """The work each article is about, found once an article."""

    # As the articles folder declares it (works.yaml), for articles that name their work
    # without saying what it is: article id -> (title, noun).
    declared: dict[str, tuple[str, str]] = field(default_factory=dict)
    _current: tuple[str, tuple[str, str]] | None = None  # the current article's work

    def of(self, article: Article, found: ArticleFacts, library: Library) -> tuple[str, str]:
        """The work the article is about: as declared beside it, else a title it introduces
        and names at least twice (:func:`main_work`); never another article's title, so that
        an article's questions do not depend on the rest of the run."""
        if self._current is not None and self._current[0] == article.id:
            return self._current[1]  # found once an article, not once a draft
        work = self.declared.get(article.id)
        if work is None:
            # only works whose people have roles on them: not a "game Mourinho" or "plan X"
            crafted = words("crafted_works")
            titles = {t: n for t, n in found.titles.items() if n in crafted}
            work = main_work(article, titles, library.normalised_text(article.id))
        self._current = (article.id, work)
        return work


WORKS = "works.yaml"


def read_works(articles_dir: Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """The optional ``works.yaml`` beside the articles: ``ARTICLE_ID: {title: T, noun: N}``,
    the work an article is about where the article does not introduce it itself (data about
    particular articles lives beside them, never in code). Returns the works and problems."""
    path = articles_dir / WORKS
    if not path.is_file():
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return {}, [f"{path}: not read ({str(error).splitlines()[0]})"]
    if not isinstance(data, dict):
        return {}, [f"{path}:1:1: expected a mapping of article ids to works"]
    works: dict[str, tuple[str, str]] = {}
    problems: list[str] = []
    for key, value in data.items():
        if (
            isinstance(value, dict)
            and isinstance(value.get("title"), str)
            and isinstance(value.get("noun"), str)
        ):
            works[str(key)] = (value["title"], value["noun"])
        else:
            problems.append(f"{path}: {key}: expected 'title' and 'noun', both text")
    return works, problems


# --- reading articles ------------------------------------------------------------------------


def article_files(targets: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The ``*.txt`` files named or found in the folders named, in a stable order: every one
    that is not a folder, so that a FIFO or a device is reported (by ``read_article``), never
    silently passed over nor read."""
    found: list[Path] = []
    problems: list[str] = []
    for target in targets:
        if target.is_dir():
            found.extend(path for path in sorted(target.glob("*.txt")) if not path.is_dir())
        elif target.exists() or target.is_symlink():
            found.append(target)
        else:
            problems.append(f"{target}: no such file or folder; skipped")
    return found, problems


def read_article(path: Path, library: Library) -> tuple[Article | None, str | None]:
    """The article in ``path`` (the library's copy when it has one), or why it is unusable.

    Read as the library reads its own (a regular file under the size limit, UTF-8, not empty),
    so that a FIFO, a device or a huge file is refused, never read.
    """
    known = library.articles.get(path.stem)
    if known is not None and path.resolve().parent == library.root.resolve():
        return known, None
    article, problems = read_article_file(path)
    if article is None:
        return None, f"{problems[0] if problems else path}; skipped"
    return article, None


# --- the command -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quiz generate",
        description="Draft cited questions from news articles into the bank's YAML format.",
    )
    parser.add_argument(
        "articles_in",
        metavar="ARTICLE",
        nargs="*",
        type=Path,
        help="article files or folders of *.txt (default: the --articles folder)",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=None,
        help="the articles folder used for cross-article checks and wrong answers "
        "(default: seeds/)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="where drafts are written (default: questions/generated/)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite files not written here")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    parser.add_argument("--seed", type=int, default=0, help="seed for the wrong answers")
    return parser


def _progress(stream: TextIO, done: int, total: int) -> None:
    if done != total and done * 100 // total == (done - 1) * 100 // total:
        return  # redraw once a percent
    width = 30
    filled = width * done // total
    stream.write(f"\rgenerating [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


def generate(
    targets: Sequence[Path],
    articles_dir: Path,
    output: Path,
    *,
    force: bool = False,
    seed: int = 0,
    progress: TextIO | None = None,
) -> Report:
    """Draft questions for every article in ``targets``; write them; report what happened."""
    # Drafting builds many small objects and no cycles: the cycle collector would only rescan
    # the growing heap again and again, making a large run slower per article than a small one.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(targets, articles_dir, output, force=force, seed=seed, progress=progress)
    finally:
        if collecting:
            gc.enable()


def _generate(
    targets: Sequence[Path],
    articles_dir: Path,
    output: Path,
    *,
    force: bool,
    seed: int,
    progress: TextIO | None,
) -> Report:
    report = Report()
    library = read_library(articles_dir)
    files, missing = article_files(targets)
    report.problems.extend(missing)
    articles: list[Article] = []
    for path in files:
        article, problem = read_article(path, library)
        if article is None:
            report.problems.append(problem or f"{path}: skipped")
            continue
        if article.id not in library.articles:
            library.articles[article.id] = article
            report.outside[path.resolve().parent] += 1
        elif library.articles[article.id] is not article:
            report.problems.append(
                f"{path}: an article '{article.id}' is already in {articles_dir}; skipped"
            )
            continue
        articles.append(article)
    rejected = read_rejected(output)
    # Every library article's facts, so that facts stated differently elsewhere are found.
    extracted: dict[str, ArticleFacts] = {}
    cross = CrossIndex()
    declared, problems = read_works(articles_dir)
    works = Works(declared)
    report.problems.extend(problems)
    pool = Pool(
        contested=[normalise(c.quote) for k in library.conflicts for c in k.claims]
        + [normalise(e.quote) for e in library.unreliable],
    )
    for article in library.articles.values():
        found = extract(article)
        extracted[article.id] = found
        pool.add(found)
        for fact in found.facts:
            cross.add(fact)
    total = len(articles)
    show = progress is not None and total >= PROGRESS_FROM
    for done, article in enumerate(articles, 1):
        # (kind, relation, answer, what): one question a fact, within the article, so that its
        # questions are the same whatever else is in the run
        asked: set[tuple[str, ...]] = set()
        found = extracted[article.id]
        report.articles += 1
        report.facts += len(found.facts)
        for _, reason in found.skipped:
            report.sentences[reason] += 1
        fresh: list[dict[str, Any]] = []
        sentence_of: dict[str, int] = {}
        seen: set[str] = set()
        texts: set[tuple[str, str]] = set()  # the drafts' (question, answer), normalised
        # First the facts a question reads well for; then, as gap-fills, those none does.
        unasked: list[Fact] = []
        asked_instead: dict[str, Instead] = {}  # a gap-fill's question, by draft id
        for fact, gap_fill in itertools.chain(
            ((f, False) for f in found.facts), ((f, True) for f in unasked)
        ):
            same = (fact.kind, fact.relation, _squash(fact.answer), _squash(fact.what))
            if same in asked:
                report.skipped["the same question as another draft"] += 1
                continue
            gapped = not gap_fill and _gap_first(fact, article)
            entry, reason = draft(
                article, found, fact, library, cross, pool, works, seed, gap_fill or gapped
            )
            if entry is None and gapped:
                entry, reason = draft(article, found, fact, library, cross, pool, works, seed)
            elif entry is not None and gapped:
                # its question, drafted only should the gap-fill print a sibling's answer
                asked_instead[entry["id"]] = functools.partial(
                    draft, article, found, fact, library, cross, pool, works, seed
                )
            if entry is None and reason == NO_QUESTION and not gap_fill and not gapped:
                unasked.append(fact)
                continue
            if entry is None:
                report.skipped[reason] += 1
                continue
            if entry["id"] in rejected:
                report.skipped["rejected by a reviewer"] += 1
                continue
            text = (normalise(entry["question"]), normalise(entry["answer"]))
            if entry["id"] in seen or text in texts:
                report.skipped["the same question as another draft"] += 1
                continue
            seen.add(entry["id"])
            texts.add(text)
            asked.add(same)
            fresh.append(entry)
            sentence_of[entry["id"]] = fact.sentence
        fresh, gave_away = _settled(fresh, sentence_of, asked_instead)
        if gave_away:
            report.skipped["another question from its sentence would give it away"] += gave_away
        work = works.of(article, found, library)[0]
        fresh, ranked_out, side = best_drafts(
            fresh, sentence_of, max_drafts(article), article, work
        )
        if ranked_out:
            report.skipped["ranked below the article's best drafts"] += ranked_out
        if side:
            report.skipped["a side detail, not the story's news"] += side
        _write_article(output / f"{article.id}.yaml", article, fresh, force, report)
        if show and progress is not None:
            _progress(progress, done, total)
    report.skipped = Counter({k: v for k, v in report.skipped.items() if v})
    return report


# Which of a sentence's drafts to keep first when they would give each other away.
_KIND_ORDER = "person place organisation vehicle number money count date ordinal year title"
_KIND_RANK = {kind: rank for rank, kind in enumerate(f"{_KIND_ORDER} character".split())}


def settle_siblings(
    fresh: list[dict[str, Any]], sentence_of: dict[str, int]
) -> tuple[list[dict[str, Any]], int]:
    """Drafts from one sentence print each other's answers ("For which 1983 Bond movie ..."
    beside "In what year ..."): keep a draft only when no kept sibling's question holds its
    answer and its question holds no kept sibling's answer, after taking such a phrase out
    where the question reads well without it.
    Returns the drafts kept, in their order, and how many were dropped."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for entry in fresh:
        groups.setdefault(sentence_of.get(entry["id"], -1), []).append(entry)
    dropped: set[str] = set()
    for entries in groups.values():
        if len(entries) < 2:
            continue
        order = sorted(
            entries,
            key=lambda e: (is_cloze(str(e["question"])), _KIND_RANK.get(str(e["kind"]), 99)),
        )
        kept: list[dict[str, Any]] = []
        for entry in order:
            ok = True
            rewrites: dict[str, str] = {}
            if ok:
                mine = _without(str(entry["question"]), [str(k["answer"]) for k in kept])
                ok = mine is not None
                if mine is not None:
                    rewrites[entry["id"]] = mine
            for other in kept if ok else ():
                year = str(entry["answer"]).strip()
                if _YEAR.fullmatch(year) and re.search(rf"\bin {year}\b", str(other["question"])):
                    ok = False  # "... outing as Bond in 2015": the year says which; it stays
                    break
                theirs = _without(str(other["question"]), [str(entry["answer"])])
                if theirs is None:
                    ok = False
                    break
                rewrites[other["id"]] = theirs
            if not ok:
                dropped.add(entry["id"])
                continue
            for item in (*kept, entry):
                item["question"] = rewrites.get(item["id"], item["question"])
            kept.append(entry)
    return [e for e in fresh if e["id"] not in dropped], len(dropped)


# How a gap-fill's fact would be asked as a question instead: (draft or None, reason).
Instead = Callable[[], tuple[dict[str, Any] | None, str]]


def _settled(
    fresh: list[dict[str, Any]],
    sentence_of: dict[str, int],
    asked_instead: dict[str, Instead],
) -> tuple[list[dict[str, Any]], int]:
    """:func:`settle_siblings`, then again with a question in place of each gap-fill it
    dropped for printing a sibling's answer, when the article has one for it ("... ten Aston
    Martins were used - and seven of them were destroyed": the gap-fill of "ten" prints
    "seven"; "How many Aston Martins were used?" does not). The better of the two is kept."""
    kept, dropped = settle_siblings([dict(e) for e in fresh], sentence_of)
    kept_ids = {e["id"] for e in kept}
    swap: dict[str, dict[str, Any]] = {}
    for entry in fresh:
        if entry["id"] not in kept_ids and entry["id"] in asked_instead:
            other, _ = asked_instead[entry["id"]]()
            if other is not None:
                swap[entry["id"]] = other
    if not swap:
        return kept, dropped
    again, dropped_again = settle_siblings(
        [dict(swap.get(e["id"], e)) for e in fresh], sentence_of
    )
    return (again, dropped_again) if dropped_again < dropped else (kept, dropped)


def _without(question: str, answers: Sequence[str]) -> str | None:
    """:func:`without_answers`, but a gap-fill question prints its sentence verbatim: it is
    never rewritten, only dropped when it holds another draft's answer."""
    if is_cloze(question):
        return None if any(contains_answer(question, a) for a in answers) else question
    return without_answers(question, answers)


def max_drafts(article: Article) -> tuple[int, int]:
    """How many drafts an article keeps, and how many of them "Who said ...?": a few more for
    a longer article (20 for 400 words); more quotes than 3 in 400 words make a dull round."""
    length = len(article.text.split())
    return 4 + length // 25, 1 + length // 200


def rank(entry: dict[str, Any], sentence: int, centrality: float) -> tuple[float, int]:
    """How good a draft is likely to be, higher first: a figure, a date or a named person asked
    by a plain question beats a long question or a long quote, and a fact central to its story
    (:mod:`quiz.authoring.salience`: the lead, the story's recurring words) beats a side
    detail. Ties go to the earlier sentence."""
    question = str(entry["question"])
    own = re.sub(r"“[^”]*”", "", question)
    score = {"person": 3, "count": 3, "money": 3, "number": 3, "date": 2, "year": 2}.get(
        str(entry["kind"]), 2
    )
    # A gap in the article's sentence is a fallback; a quote identifies its speaker only when
    # it is distinctive.
    if is_cloze(question) or own != question:
        score -= 1
    if len(own.split()) > 18:
        score -= 1
    if len(str(entry["source"]["quote"]).split()) > 45:
        score -= 1
    # Centrality is about 0..1, the lead's first sentence near 1: worth up to two of the steps
    # above, as the lead's one point was before it.
    return score + 2 * centrality, -sentence


def best_drafts(
    fresh: list[dict[str, Any]],
    sentence_of: dict[str, int],
    limits: tuple[int, int],
    article: Article,
    work: str = "",
) -> tuple[list[dict[str, Any]], int, int]:
    """An article's best drafts by :func:`rank`, as many as ``limits`` allows (all, quotes;
    see :func:`max_drafts`), in their article order, after leaving out the side details
    (:meth:`Salience.side_detail`); and how many were ranked out, and how many were side
    details."""
    most, most_quotes = limits
    weigh = salience(article)
    weights: list[Weight] = []
    for entry in fresh:
        weights.append(
            weigh.of_draft(
                sentence_of.get(entry["id"], -1),
                str(entry["kind"]),
                str(entry["answer"]),
                str(entry["question"]),
                work,
            )
        )
    central = [
        i
        for i in range(len(fresh))
        if weigh.side_detail(weights[i]) is None
        or (weights[i].mark == PAST_LEAD and _famous_speaker(fresh[i]))
    ]
    order = sorted(
        central,
        key=lambda i: rank(fresh[i], sentence_of.get(fresh[i]["id"], 99), weights[i].score),
        reverse=True,
    )
    kept: list[int] = []
    quotes = gaps = 0
    most_gaps = max(2, most // 4)  # a round of gap-fills is a reading test, not a quiz
    for index in order:
        is_quote = str(fresh[index]["question"]).startswith("Who said")
        is_gap = is_cloze(str(fresh[index]["question"]))
        if len(kept) >= most or (is_quote and quotes >= most_quotes):
            continue
        if is_gap and gaps >= most_gaps:
            continue
        quotes += is_quote
        gaps += is_gap
        kept.append(index)
    side = len(fresh) - len(central)
    return [fresh[i] for i in sorted(kept)], len(central) - len(kept), side


def _minor_speaker(asked: str, fact: Fact, article: Article) -> bool:
    """Whether a "Who said" question quotes someone whose words are no one's news: not a
    politician, not someone the data knows, with nothing but the quote to tell who ("Who said
    “Tamerlan Tsarnaev got out of the driver's side door ...”?" of a police officer, "... you
    want to be able to play in the NCAA tournament" of a coach: in the last five gradings
    every grade of such a draft was a drop). A quote asked of the story's work ("Who said, of
    No Time to Die, ...?") says whose words they may be: one of its makers'."""
    if not asked.startswith("Who said") or asked.startswith("Who said, of "):
        return False
    full = fact.full if fact.relation == "speaker" and fact.full != fact.answer else ""
    if _well_known(fact.answer, full):
        return False
    return family_in(article, full or fact.answer) != "politician"


def _famous_speaker(entry: dict[str, Any]) -> bool:
    """Whether a "Who said" draft quotes a well-known person (the data's public figures): past
    the lead a minor speaker's words are colour, a head of state's are news ("Fellow Nigerians,
    I urge you to exercise patience ...": Buhari)."""
    if not str(entry["question"]).startswith("Who said"):
        return False
    full = str(entry.get("explanation") or "").split(",")[0].rstrip(".")
    return _well_known(str(entry["answer"]), full)


def _well_known(answer: str, full: str) -> bool:
    """Whether the data knows a person by ``answer`` or by the full name found for them, a
    title before it or not ("Chancellor Olaf Scholz")."""
    parts = full.split()
    names = [answer] + [" ".join(parts[i:]) for i in range(len(parts) - 1)]
    return any(wellknown.known(name) is not None for name in names)


def without_answers(question: str, answers: Sequence[str]) -> str | None:
    """``question`` with the phrases that print any of ``answers`` taken out ("... take place
    at the Royal Albert Hall in London?" -> "... take place?"); None when it cannot be."""
    original = question
    for answer in answers:
        if not contains_answer(question, answer):
            continue
        name = re.escape(answer)
        for pattern, keep in (
            (rf"\s*\((?:played by\s+)?{name}\)", ""),
            (
                rf",?\s+(?:in|on|at|from|for|by|until|till)\s+(?:the\s+)?{name}"
                rf"(?:,?\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                r"(?=[,?]|\s+(?:in|on|at|to|for|from|by|and|but|with)\b)",
                "",
            ),
            (rf"\b{name}\s+(?=[A-Za-z])" if _YEAR.fullmatch(answer) else "", ""),
        ):
            if not pattern:
                continue
            shorter = re.sub(pattern, keep, question, count=1)
            if shorter != question and not contains_answer(shorter, answer):
                question = shorter
                break
        else:
            return None
    if len(question.split()) < 5 or (_STRANDED.search(question) and not _STRANDED.search(original)):
        return None
    return question


_YEAR = re.compile(r"1\d{3}|20\d{2}")
# "Which novel by Ian Fleming was published?" once "in 1959" is taken out: no question left.
_STRANDED = re.compile(r"\b(?:was|were|is|are|be|been)\s+(?:[a-z]+ed|[a-z]+en|made|built|set)\?$")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise(text))


def _write_article(
    path: Path, article: Article, fresh: list[dict[str, Any]], force: bool, report: Report
) -> None:
    existing = read_existing(path)
    if existing is not None and not existing.ours and not force:
        report.refused += 1
        report.problems.append(
            f"{path}: not written by quiz generate; left as it is (use --force to overwrite)"
        )
        return
    if existing is not None and existing.problem and not force:
        report.refused += 1
        report.problems.append(
            f"{path}: cannot merge ({existing.problem}); left as it is (use --force to overwrite)"
        )
        return
    if existing is not None and (not existing.ours or existing.problem):
        existing = None  # --force: the file is replaced
    as_written: dict[int, str] = {}
    trailer = ""
    if existing is not None:
        # A draft whose lines are not the generator's (a comment above or inside it, a layout
        # of its own) was touched by a person even when its values are unchanged: it is kept,
        # as they left it.
        touched: list[tuple[dict[str, Any], str | None]] = []
        for (entry, mark), text in zip(existing.entries, existing.texts, strict=True):
            as_written[id(entry)] = text
            touched.append((entry, mark if text == entry_text(entry, mark) else None))
        existing.entries = touched
        trailer = existing.trailer
    entries, kept = merge(fresh, existing)
    report.kept += kept
    report.written += len(entries)
    if not entries and existing is None:
        return
    try:
        write_atomic(path, emit(entries, article, as_written, trailer))
        report.files += 1
    except OSError as error:
        report.refused += 1
        report.problems.append(f"{path}: cannot write ({error.strerror or error}); left as it was")


def register_folders(folders: Iterable[Path]) -> list[Path]:
    """Give each folder of articles that has none an empty catalogue, so that ``quiz check``
    (which needs one, lest a lost catalogue silently turn the conflict check off) can prove
    the drafts against it; the folders written to, in order. A folder that cannot be written
    is left as it is (check will then say what is missing)."""
    written: list[Path] = []
    for folder in dict.fromkeys(folder.resolve() for folder in folders):
        catalogue = folder / CATALOGUE
        if not folder.is_dir() or catalogue.exists() or catalogue.is_symlink():
            continue
        if not any(path.suffix == ".txt" for path in folder.iterdir()):
            continue  # not a folder of articles
        try:
            write_atomic(catalogue, _EMPTY_CATALOGUE)
        except OSError:
            continue
        written.append(folder)
    return written


_EMPTY_CATALOGUE = """\
# The catalogue of the articles beside it, written by quiz generate. Give an article its title
# and date, list the facts on which articles contradict each other (conflicts) and passages too
# garbled to ask about (unreliable); see seeds/articles.yaml for an example.
articles: {}
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    articles_dir = args.articles or paths.default_articles_dir()
    output = args.output or paths.default_drafts_dir()
    targets = args.articles_in or [articles_dir]
    problem = output_folder_problem(output)
    if problem is not None:
        print(f"quiz generate: cannot write drafts to {output}: {problem}; nothing written",
              file=sys.stderr)  # fmt: skip
        return 1
    folders = [articles_dir, *(t if t.is_dir() else t.parent for t in args.articles_in)]
    registered = register_folders(folders)
    report = generate(
        targets,
        articles_dir,
        output,
        force=args.force,
        seed=args.seed,
        progress=None if args.quiet else sys.stderr,
    )
    try:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if not args.quiet:
            print(report.summary())
            for folder in registered:
                print(
                    f"Registered {folder} as an articles folder: wrote an empty {CATALOGUE} "
                    "(list there the facts its articles contradict each other on)."
                )
            if report.files:
                print(f"Drafts written to {output}/ ({report.files} files).")
            for folder, count in sorted(report.outside.items()):
                print(
                    f"{count} article{'s' if count != 1 else ''} read from {folder}, not from "
                    f"the articles folder {articles_dir}: their drafts cite them by file name, "
                    f"so check them with `quiz check {output} --articles {folder}`"
                )
    except BrokenPipeError:  # output piped into head and the like: the drafts are written
        sys.stderr.close()
    if report.refused:
        return 1
    return 0 if report.articles or not report.problems else 1


__all__ = [
    "Report",
    "build_parser",
    "draft",
    "draft_id",
    "generate",
    "main",
]
