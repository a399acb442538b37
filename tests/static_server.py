"""A folder served as a plain static host would, GitHub Pages for one: the
files and their types, and no header of the site's own (no security header).

Python's http.server in a thread, on a free port of 127.0.0.1.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files, says nothing of each request on stderr."""

    def log_message(self, format: str, *args) -> None:
        pass


@contextmanager
def serve_plain(directory: Path) -> Iterator[str]:
    """`directory` served with no header of its own; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
