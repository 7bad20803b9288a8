"""``python -m app``: the ``plapi`` command without an installed entry point."""

from app.cli import main

main()
