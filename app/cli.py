"""The ``plapi`` command: check and load the curated data, and serve the API."""

from __future__ import annotations

from typing import Annotated

import typer

from app.config import get_settings
from app.loader.pipeline import check as check_dataset
from app.loader.pipeline import load as load_dataset
from app.loader.pipeline import needs_build
from app.loader.problems import DatasetError

cli = typer.Typer(
    help="Pregnancy Loss Information API: check and load curated data, serve the API.",
    no_args_is_help=True,
    add_completion=False,
)


def _fail(error: DatasetError) -> typer.Exit:
    for problem in error.problems:
        typer.echo(str(problem), err=True)
    typer.echo(f"{len(error.problems)} problem(s); nothing was written.", err=True)
    return typer.Exit(code=1)


@cli.command()
def check() -> None:
    """Validate every data file and link; print every problem with file, record and field."""
    settings = get_settings()
    try:
        dataset = check_dataset(settings.data_dir)
    except DatasetError as error:
        raise _fail(error) from None
    counts = ", ".join(f"{len(records)} {folder}" for folder, records in dataset.records.items())
    typer.echo(f"ok: {dataset.count()} records ({counts})")


@cli.command()
def load() -> None:
    """Check the data, then build a fresh database and atomically replace the old one."""
    settings = get_settings()
    try:
        result = load_dataset(settings.data_dir, settings.database_path)
    except DatasetError as error:
        raise _fail(error) from None
    typer.echo(
        f"loaded {result.record_count} records into {result.path} (version {result.version})"
    )


@cli.command()
def serve(
    rebuild: Annotated[
        bool, typer.Option(help="Rebuild the database even if it is up to date.")
    ] = False,
) -> None:
    """Build the database if it is missing or older than the data, then serve the API."""
    import uvicorn

    settings = get_settings()
    if rebuild or needs_build(settings.data_dir, settings.database_path):
        load()
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        server_header=False,
    )


def main() -> None:
    cli()
