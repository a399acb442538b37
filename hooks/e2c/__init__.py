"""Plain, tested logic behind the site's MkDocs hooks, in the order data flows:
content/ (read and check) -> render/ (pieces of pages) -> publish/ (files of
site/). site_build.py does each MkDocs event's work with them; the hook file
(`hooks/e2c_hooks.py`) only passes the events on.
"""
