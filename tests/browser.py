"""A small headless-Chromium helper for the view tests: Debian's /usr/bin/chromium driven by playwright.

`Browser.open(path)` loads a file:// page with every non-local request aborted and recorded, waits until the
view has drawn, and returns a `Page` whose `.requests` lists what the page tried to fetch, `.errors` the
JavaScript errors and `.dialogs` any alert/confirm it raised.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def available() -> bool:
    if not Path(CHROMIUM).exists():
        return False
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Page:
    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def __getattr__(self, name: str):
        return getattr(self.page, name)

    def non_blank_pixels(self, selector: str = "#ng-graph canvas") -> int:
        """How many canvas pixels are not white/transparent: 0 means nothing was drawn."""
        return self.page.evaluate(
            """(sel) => {
                const c = document.querySelector(sel); if (!c) return -1;
                const ctx = c.getContext('2d'); const d = ctx.getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 0; i < d.length; i += 4) if (d[i+3] > 0 && (d[i] < 245 || d[i+1] < 245 || d[i+2] < 245)) n++;
                return n; }""",
            selector,
        )


class Browser:
    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)

    def open(
        self, path: Path, *, width: int = 1400, height: int = 900, wait_ready: bool = True, wait_until: str = "load"
    ) -> Page:
        context = self._browser.new_context(viewport={"width": width, "height": height}, offline=True)
        page = context.new_page()
        wrapped = Page(page)

        def route(r):
            url = r.request.url
            if url.startswith(LOCAL_SCHEMES):
                r.continue_()
            else:
                wrapped.requests.append(url)
                r.abort()

        context.route("**/*", route)
        page.on("request", lambda req: None if req.url.startswith(LOCAL_SCHEMES) else wrapped.requests.append(req.url))
        page.on("pageerror", lambda exc: wrapped.errors.append(str(exc)))

        def on_dialog(d):
            wrapped.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(Path(path).resolve().as_uri(), wait_until=wait_until)
        if wait_ready:
            page.wait_for_function("window.ngReady === true", timeout=30_000)
        return wrapped

    def close(self) -> None:
        self._browser.close()
        self._pw.stop()
