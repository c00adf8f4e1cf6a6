"""A small Chrome DevTools Protocol client: enough to drive the system's headless Chromium.

It speaks CDP over aiohttp's websocket client (aiohttp comes with textual-serve), so the browser
test needs no browser build of its own. Every address it touches is on 127.0.0.1, and the browser
is started unable to resolve any other host.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import aiohttp

# No host name resolves and no background service calls out: only 127.0.0.1 is reached.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--metrics-recording-only",
    "--mute-audio",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium, its first page, and the commands sent to it."""

    def __init__(self, process: subprocess.Popen[bytes], session: aiohttp.ClientSession) -> None:
        self.process = process
        self._session = session
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._ids = itertools.count(1)

    @classmethod
    async def launch(cls, profile: Path, width: int, height: int, timeout: float = 30) -> Browser:
        executable = find_chromium()
        assert executable is not None, "no chromium on PATH"
        process = subprocess.Popen(
            [
                executable,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its helpers go with it when the group is stopped
        )
        browser = cls(process, aiohttp.ClientSession())
        try:
            await browser._attach(profile / "DevToolsActivePort", timeout)
        except BaseException:
            await browser.close()
            raise
        return browser

    async def _attach(self, port_file: Path, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.process.returncode}")
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not open its debugging port")
            await asyncio.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        async with self._session.get(f"http://127.0.0.1:{port}/json/list") as response:
            targets = await response.json()
        page = next(target for target in targets if target["type"] == "page")
        self._ws = await self._session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0)

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer (events in between are let go)."""
        assert self._ws is not None
        message_id = next(self._ids)
        await self._ws.send_str(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = await asyncio.wait_for(self._ws.receive(), timeout=30)
            if message.type is not aiohttp.WSMsgType.TEXT:
                raise RuntimeError(f"the debugging connection closed ({message.type})")
            data = json.loads(message.data)
            if data.get("id") == message_id:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                result: dict[str, Any] = data.get("result", {})
                return result

    async def evaluate(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def wait_for(self, expression: str, timeout: float = 30) -> Any:
        """Poll a JavaScript expression until it is truthy; its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.2)
        raise TimeoutError(f"never true: {expression}")

    async def type_text(self, text: str) -> None:
        """Printable keys, as typed into the focused element."""
        for char in text:
            await self.send("Input.dispatchKeyEvent", type="keyDown", key=char, text=char)
            await self.send("Input.dispatchKeyEvent", type="keyUp", key=char)

    async def press_enter(self) -> None:
        enter = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
        await self.send("Input.dispatchKeyEvent", type="keyDown", text="\r", **enter)
        await self.send("Input.dispatchKeyEvent", type="keyUp", **enter)

    async def screenshot(self, path: Path) -> bytes:
        result = await self.send("Page.captureScreenshot", format="png")
        data = base64.b64decode(result["data"])
        path.write_bytes(data)
        return data

    async def close(self) -> None:
        """Stop the browser and every helper process it started."""
        try:
            if self._ws is not None and not self._ws.closed:
                with contextlib.suppress(RuntimeError, TimeoutError, aiohttp.ClientError):
                    await asyncio.wait_for(self.send("Browser.close"), timeout=5)
                await self._ws.close()
        finally:
            await self._session.close()
            stop_group(self.process)


def stop_group(process: subprocess.Popen[bytes], grace: float = 5) -> None:
    """SIGTERM the process group started with ``start_new_session``, then SIGKILL what is left."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(grace)
    with contextlib.suppress(ProcessLookupError):  # helpers may outlive the leader
        os.killpg(process.pid, signal.SIGKILL)
    if process.poll() is None:
        process.wait(grace)
