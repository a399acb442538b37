"""Plain, tested logic behind the site's MkDocs hooks.

The modules here know nothing about MkDocs events: the hook file
(`hooks/e2c_hooks.py`) adapts them, so they could move to another generator.
"""
