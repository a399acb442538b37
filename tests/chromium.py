"""Debian's Chromium, never a downloaded one, and the flags every test starts it with."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("E2C_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
