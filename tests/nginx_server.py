"""The built site served by real nginx with `deploy/nginx.conf`, as the school's host would.

The server block is used as it is committed, except for the three lines a
host changes anyway: `listen` (127.0.0.1 on a free port), `server_name` and
`root` (the folder under test). nginx runs as the current user, with every
file it writes in a temporary folder.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from site_helpers import ROOT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
DEPLOY_CONF = ROOT / "deploy" / "nginx.conf"
MIME_TYPES = Path("/etc/nginx/mime.types")


def _replace_once(conf: str, directive: str, value: str) -> str:
    pattern = re.compile(rf"^(\s*){directive}\s+[^;]*;", re.M)
    found = pattern.findall(conf)
    if len(found) != 1:
        raise ValueError(
            f"deploy/nginx.conf should have one '{directive}' line, it has {len(found)}"
        )
    return pattern.sub(lambda match: f"{match.group(1)}{directive} {value};", conf)


def server_block(conf: str, port: int, root: Path) -> str:
    """deploy/nginx.conf's server block, answering on 127.0.0.1:`port` from `root`."""
    conf = _replace_once(conf, "listen", f"127.0.0.1:{port}")
    conf = _replace_once(conf, "server_name", "127.0.0.1")
    return _replace_once(conf, "root", str(root))


def main_conf(server: str, prefix: Path, access_log: Path | None = None) -> str:
    """A whole nginx configuration around `server`, writing only under `prefix`.

    With `access_log`, each response is logged as "path status body-bytes
    all-bytes" (the body as sent, compressed or not; then with the headers):
    the page-weight benchmark reads it.
    """
    user = "user root root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {prefix}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    access = (
        f"log_format sizes '$request_uri $status $body_bytes_sent $bytes_sent';\n    access_log {access_log} sizes;"
        if access_log
        else "access_log off;"
    )
    return f"""{user}worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include {MIME_TYPES};
    default_type application/octet-stream;
    {access}
    sendfile on;
{temp}
{server}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_conf(directory: Path, prefix: Path, port: int, access_log: Path | None = None) -> Path:
    """The configuration serving `directory` on `port`, written into `prefix`."""
    server = server_block(DEPLOY_CONF.read_text(encoding="utf-8"), port, directory.resolve())
    path = prefix / "nginx.conf"
    path.write_text(main_conf(server, prefix, access_log), encoding="utf-8")
    return path


def check(conf: Path, prefix: Path) -> subprocess.CompletedProcess[str]:
    """`nginx -t` on a configuration."""
    return subprocess.run(
        [NGINX, "-t", "-p", str(prefix), "-c", str(conf), "-e", str(prefix / "error.log")],
        capture_output=True,
        text=True,
        check=False,
    )


def _wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx stopped: {log.read_text(errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not answer on port {port} within 15 s")


@contextmanager
def serve(directory: Path, access_log: Path | None = None) -> Iterator[str]:
    """`directory` served by nginx on a free port of 127.0.0.1; yields the base URL."""
    if not Path(NGINX).exists():
        raise RuntimeError(
            "nginx is missing: run 'make test', which installs it (Debian package nginx)."
        )
    with tempfile.TemporaryDirectory(prefix="e2c-nginx-") as temporary:
        prefix = Path(temporary)
        port = free_port()
        conf = write_conf(directory, prefix, port, access_log)
        process = subprocess.Popen(
            [
                NGINX,
                "-p",
                str(prefix),
                "-c",
                str(conf),
                "-e",
                str(prefix / "error.log"),
                "-g",
                "daemon off;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_for(port, process, prefix / "error.log")
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=15)
