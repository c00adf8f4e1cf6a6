"""Review generated drafts one at a time: the article's sentence with the answer picked out, the
question and its options, and a key for each decision.

What a decision writes, and how it keeps a person's work, is the domain's
(:mod:`quiz.authoring.review`); this screen shows drafts, takes keys and reports what happened.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Static

from quiz.authoring import review
from quiz.authoring.review import Draft
from quiz.bank.loader import display
from quiz.corpus.articles import Library
from quiz.model import Problem
from quiz.ui.formatting import plural
from quiz.ui.screens.base import QuizScreen
from quiz.ui.widgets.citation_card import quote_content

ACCEPTED, REJECTED = "accepted", "rejected"


class DraftsScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept"),
        Binding("x", "reject", "Reject"),
        Binding("e", "edit", "Edit"),
        Binding("s,right", "skip", "Skip"),
        Binding("left", "previous", "Previous", show=False),
        Binding("f", "filter", "Article"),
        Binding("escape,q", "back", "Back", key_display="Esc"),
    ]

    def __init__(self, folder: Path, article: str | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.article = article  # the filter: None shows every article's drafts
        self.drafts: list[Draft] = []  # every draft found when the screen opened
        self.decided: dict[str, str] = {}  # draft id -> accepted / rejected
        self.index = 0  # within the filtered drafts
        self._articles: list[str] = []
        self._loose: list[Problem] = []

    def compose_body(self) -> ComposeResult:
        yield Header()
        yield Static(id="draft-progress", markup=False)
        with VerticalScroll(id="draft-body"):
            yield Static(id="draft-sentence")
            yield Static(id="draft-question", markup=False)
            yield Static(id="draft-options")
            yield Static(id="draft-problems")
            yield Static(id="draft-where", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Review drafts"
        self.query_one("#draft-sentence", Static).border_title = "The article says"
        library = self._library
        self.drafts, self._loose = review.load_drafts(self.folder, library)
        self._articles = sorted({d.article for d in self.drafts})
        if self.article is not None and self.article not in self._articles:
            self._articles.append(self.article)
        if self._loose:  # a file that cannot be read hides its drafts: say so
            listed = "\n".join(str(p) for p in self._loose[:3])
            more = f"\n… and {len(self._loose) - 3} more" if len(self._loose) > 3 else ""
            self.notify(listed + more, title="Problems", severity="warning", markup=False)
        self.show()

    @property
    def _library(self) -> Library:
        loaded = self.quiz.loaded
        assert loaded is not None
        return loaded.library

    # --- what is shown ---------------------------------------------------------------------

    @property
    def shown(self) -> list[Draft]:
        return [d for d in self.drafts if self.article is None or d.article == self.article]

    @property
    def current(self) -> Draft | None:
        shown = self.shown
        return shown[self.index] if 0 <= self.index < len(shown) else None

    def show(self) -> None:
        shown = self.shown
        self.index = max(0, min(self.index, len(shown) - 1))
        draft = self.current
        counts = Counter(self.decided.get(d.id) for d in shown)
        where = "every article" if self.article is None else self._title(self.article)
        if draft is None:
            waiting = "No drafts wait for review" + ("" if self.article is None else " here")
            self.query_one("#draft-progress", Static).update(f"{waiting} ({where}).")
            self._fill(None)
            return
        self.query_one("#draft-progress", Static).update(
            f"Draft {self.index + 1} of {len(shown)}  ·  {counts[ACCEPTED]} accepted, "
            f"{counts[REJECTED]} rejected  ·  {where}"
        )
        self._fill(draft)

    def _title(self, article_id: str) -> str:
        article = self._library.get(article_id)
        return article.title if article is not None else article_id

    def _fill(self, draft: Draft | None) -> None:
        sentence = self.query_one("#draft-sentence", Static)
        question = self.query_one("#draft-question", Static)
        options = self.query_one("#draft-options", Static)
        where = self.query_one("#draft-where", Static)
        problems = self.query_one("#draft-problems", Static)
        sentence.display = draft is not None
        if draft is None:
            question.update(
                "Drafts come from `quiz generate`; a rerun adds new ones. Esc goes back."
            )
            for widget in (options, where, problems):
                widget.update("")
            return
        view = review.card(draft, self._library)
        article = self._library.get(draft.article)
        label = article.label if article is not None else f"{draft.article} (not found)"
        sentence.update(
            Content("\n").join(
                [quote_content(view), Content.styled(f"— {label}", "$text-muted")]
            )
        )
        question.update(Content.styled(draft.question or "(no question)", "bold"))
        lines = [Content.assemble(("  ✓ ", "$text-success"), (draft.answer, "bold"))]
        lines += [Content.assemble(("  ✗ ", "$text-error"), wrong) for wrong in draft.distractors]
        options.update(Content("\n").join(lines))
        state = self.decided.get(draft.id) or ("reviewed" if draft.reviewed else "waiting")
        edited = ", edited by hand" if draft.edited else ""
        where.update(f"{draft.path.name}:{draft.line}  ·  {draft.id}  ·  {state}{edited}")
        if draft.problems:
            problems.update(
                Content("\n").join(
                    [Content.styled(plural(len(draft.problems), "problem"), "bold $text-error")]
                    + [
                        Content.assemble((f"  {p.line}:{p.col} ", "$text-muted"), p.message)
                        for p in draft.problems
                    ]
                )
            )
        else:
            problems.update(Content.styled("quiz check: no problems", "$text-success"))

    # --- decisions -------------------------------------------------------------------------

    def _report(self, problem: Problem | None, done: str) -> bool:
        if problem is not None:
            self.notify(str(problem), title="Not written", severity="error", markup=False)
            return False
        self.notify(done, markup=False, timeout=3)
        return True

    def _replace(self, old: Draft, new: Draft | None) -> None:
        position = self.drafts.index(old)
        if new is None:
            return
        self.drafts[position] = new
        if new.id != old.id and old.id in self.decided:
            self.decided[new.id] = self.decided.pop(old.id)

    def _refresh_file(self, path: Path) -> None:
        """Every draft of ``path`` as the file now has it: a write moves its neighbours' lines."""
        found = {d.id: d for d in review.read_file_drafts(path, self._library)[0]}
        self.drafts = [
            found.get(d.id, d) if d.path == path and self.decided.get(d.id) != REJECTED else d
            for d in self.drafts
        ]
        self._sync_bank(path)

    def _advance(self) -> None:
        """On to the next draft still waiting, else stay."""
        shown = self.shown
        for step in range(1, len(shown) + 1):
            candidate = (self.index + step) % len(shown)
            if shown[candidate].id not in self.decided:
                self.index = candidate
                break
        self.show()

    def action_accept(self) -> None:
        draft = self.current
        if draft is None:
            return
        if self.decided.get(draft.id) == REJECTED:
            self.notify("Already rejected.", severity="warning", markup=False)
            return
        if self._report(review.accept(draft), f"Accepted {draft.id}"):
            self.decided[draft.id] = ACCEPTED
            self._refresh_file(draft.path)
            self._advance()
        else:  # shown as the file now has it, to decide again
            self._refresh_file(draft.path)
            self.show()

    def action_reject(self) -> None:
        draft = self.current
        if draft is None:
            return
        if self.decided.get(draft.id) == REJECTED:
            return
        if self._report(review.reject(draft), f"Rejected {draft.id}"):
            self.decided[draft.id] = REJECTED
            self._refresh_file(draft.path)
            self._advance()
        else:
            self._refresh_file(draft.path)
            self.show()

    def action_skip(self) -> None:
        if self.shown:
            self.index = (self.index + 1) % len(self.shown)
        self.show()

    def action_previous(self) -> None:
        if self.shown:
            self.index = (self.index - 1) % len(self.shown)
        self.show()

    def action_filter(self) -> None:
        """The next article's drafts, then every article's again."""
        choices: list[str | None] = [None, *self._articles]
        self.article = choices[(choices.index(self.article) + 1) % len(choices)]
        self.index = 0
        self.show()

    def action_edit(self) -> None:
        draft = self.current
        if draft is None:
            return
        if self.decided.get(draft.id) == REJECTED:
            self.notify("Rejected: it is in rejected.txt now.", severity="warning", markup=False)
            return
        if self.app.is_web:
            self.notify("Editing needs a terminal: run `quiz review` there.", markup=False)
            return
        command = review.editor_command(draft.path, draft.line)
        try:
            with self.app.suspend():
                failed = _run(command)
        except SuspendNotSupported:  # no terminal to hand over (headless): run it as it is
            failed = _run(command)
        if failed:
            self.notify(failed, title="Editor", severity="error", markup=False)
        again = review.reload(draft, self._library)
        if again is None:
            self.notify("The draft is no longer in its file.", severity="warning", markup=False)
            self.drafts.remove(draft)
        else:
            self._replace(draft, again)
            found = plural(len(again.problems), "problem") if again.problems else "no problems"
            self.notify(f"Re-checked: {found}", markup=False, timeout=3)
        self._refresh_file(draft.path)
        self.show()

    def action_back(self) -> None:
        self.dismiss()

    # --- the game's bank -------------------------------------------------------------------

    def _sync_bank(self, path: Path) -> None:
        """The loaded bank's questions from ``path`` as the file now has them, so a game played
        next shows what was decided (a rejected draft no longer plays)."""
        from quiz.authoring.engine import ENGINE_CHECKS
        from quiz.bank.loader import load_bank

        loaded = self.quiz.loaded
        assert loaded is not None
        shown = display(path)
        questions = loaded.bank.questions
        places = [i for i, q in enumerate(questions) if q.path == shown]
        if not places:
            return  # this folder is not part of the game's bank
        fresh = load_bank([path], loaded.library, lint=False, checks=ENGINE_CHECKS).questions
        rest = [q for q in questions if q.path != shown]
        questions[:] = rest[: places[0]] + fresh
        questions.extend(rest[places[0] :])


def _run(command: list[str]) -> str | None:
    """Run the editor; what went wrong, if anything."""
    try:
        status = subprocess.run(command, check=False).returncode
    except OSError as error:
        return f"cannot run {command[0]}: {error.strerror}"
    return None if status == 0 else f"{command[0]} exited with status {status}"
