"""A static host for the built site, on 127.0.0.1, behaving like a real one.

It compresses text with gzip when the browser asks for it, and answers a
missing page with status 404 and the 404 page of the language of the address
(/en/… gets /en/404.html, everything else /404.html).
"""

from __future__ import annotations

import gzip
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
LANGUAGE_PREFIXES = ("en",)


class SiteHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if path.is_file() and path.suffix in COMPRESSIBLE and self._accepts_gzip():
            return self._send_bytes(HTTPStatus.OK, path)
        return super().send_head()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != HTTPStatus.NOT_FOUND:
            super().send_error(code, message, explain)
            return
        first = self.path.lstrip("/").split("/", 1)[0]
        prefix = first if first in LANGUAGE_PREFIXES else ""
        page = Path(self.directory) / prefix / "404.html"
        body = self._send_bytes(HTTPStatus.NOT_FOUND, page)
        if self.command != "HEAD":
            self.copyfile(body, self.wfile)
        body.close()

    def _accepts_gzip(self) -> bool:
        return "gzip" in self.headers.get("Accept-Encoding", "")

    def _send_bytes(self, status: HTTPStatus, path: Path) -> io.BytesIO:
        data = path.read_bytes()
        compress = self._accepts_gzip() and path.suffix in COMPRESSIBLE
        if compress:
            data = gzip.compress(data, compresslevel=6, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(data)))
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(data)


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """`directory` served on a free port of 127.0.0.1; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SiteHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
