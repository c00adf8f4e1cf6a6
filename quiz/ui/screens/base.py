"""What every screen shares: the too-small notice, its styles, and typed access to the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from textual.app import ComposeResult
from textual.screen import ModalScreen, Screen

from quiz.ui.widgets.too_small import TooSmall, is_too_small

if TYPE_CHECKING:
    from quiz.ui.app import QuizApp

ResultType = TypeVar("ResultType")


class _Shared:
    """What full screens and dialogs share (mixed in before Textual's Screen classes).

    The too-small notice is mounted only once it is needed: at compose when the terminal is
    already too small, else when the app finds it has become so (``show_too_small``). Most games
    never need it, and the first frame has one widget less to build.
    """

    STYLESHEET: ClassVar[str | None] = "screens.tcss"
    """Read into the app's styles when the first screen of this class is made (None: app.tcss
    has them, as for the screens of a game's first frame)."""

    app: Any
    children: Any
    mount: Any
    _has_notice = False

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name, id, classes)  # type: ignore[call-arg]
        if self.STYLESHEET:
            self.quiz.load_stylesheet(self.STYLESHEET)

    def compose(self) -> ComposeResult:
        if is_too_small(*self.app.size):
            self._has_notice = True
            yield TooSmall()
        yield from self.compose_body()

    def show_too_small(self) -> None:
        if not self._has_notice:
            self._has_notice = True
            self.mount(TooSmall(), before=0 if self.children else None)

    def compose_body(self) -> ComposeResult:
        yield from ()

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)


class QuizScreen(_Shared, Screen[ResultType]):
    """A screen whose content hides behind a plain notice when the terminal is too small."""


class QuizModal(_Shared, ModalScreen[ResultType]):
    """A dialog that, like the full screens, gives way to the too-small notice."""
