"""The ``plapi`` command: check and load the curated data, and serve the API."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from app.config import get_settings
from app.loader.build import build_database
from app.loader.lint import summarize
from app.loader.pipeline import check_and_lint, needs_build
from app.loader.problems import DatasetError, Problem
from app.loader.report import inventory

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


def _warn(warnings: list[Problem]) -> None:
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)


@cli.command()
def check() -> None:
    """Validate every data file and link, then lint the content; print every problem with
    file, record and field, and a short report. Fails on any error or lint warning."""
    settings = get_settings()
    try:
        dataset, report = check_and_lint(settings.data_dir)
    except DatasetError as error:
        raise _fail(error) from None
    typer.echo("\n".join(summarize(dataset, report)))
    if report.problems:
        _warn(report.problems)
        typer.echo(f"{len(report.problems)} lint warning(s).", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"ok: {dataset.count()} records, no lint warnings")


@cli.command()
def report() -> None:
    """Print the content inventory: counts per type, trimester, urgency and reference kind,
    and the oldest review date."""
    settings = get_settings()
    try:
        dataset, _ = check_and_lint(settings.data_dir)
    except DatasetError as error:
        raise _fail(error) from None
    typer.echo("\n".join(inventory(dataset)))


@cli.command()
def load(
    previous: Annotated[
        Path | None,
        typer.Option(
            help="Carry the history forward from this database instead of the one replaced: "
            "for a build that starts without it (a container image), the last release's.",
        ),
    ] = None,
) -> None:
    """Check the data, then build a fresh database and atomically replace the old one,
    carrying its history forward and adding what this version changed.

    Lint warnings are printed but do not stop a load; errors do, and change nothing."""
    settings = get_settings()
    try:
        dataset, lint_report = check_and_lint(settings.data_dir)
        _warn(lint_report.problems)
        result = build_database(dataset, settings.database_path, previous=previous)
    except DatasetError as error:
        raise _fail(error) from None
    typer.echo(
        f"loaded {result.record_count} records into {result.path} (version {result.version})"
    )
    if result.changes:
        since = f"since {result.previous_version}" if result.previous_version else "(new history)"
        counted = ", ".join(f"{count} {change}" for change, count in result.changes.items())
        typer.echo(f"changes {since}: {counted}")


@cli.command()
def export(
    file: Annotated[Path, typer.Argument(help="Where to write the export (NDJSON).")],
    options: Annotated[
        list[str] | None,
        typer.Argument(
            help="The export's options as NAME=VALUE, as `GET /v1/export` takes them "
            "(`type=causes`).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Write the export of the built database to FILE: the same bytes `GET /v1/export`
    answers with the same options."""
    from pydantic import ValidationError
    from sqlmodel import Session

    from app.db import Database, DatabaseUnavailableError
    from app.queries.export import ExportOptions, export_lines

    pairs = [option.partition("=") for option in options or []]
    try:
        chosen = ExportOptions.model_validate({name: value for name, _, value in pairs})
        database = Database(get_settings().database_path)
    except (ValidationError, DatabaseUnavailableError) as error:
        typer.echo(f"export: {error}", err=True)
        raise typer.Exit(code=1) from None
    lines = 0
    try:
        with Session(database.engine) as session, file.open("wb") as out:
            for line in export_lines(session, chosen, version=database.version):
                out.write(line)
                lines += 1
    finally:
        database.close()
    typer.echo(f"exported {lines - 1} records of version {database.version} to {file}")


@cli.command()
def serve(
    build: Annotated[
        bool,
        typer.Option(
            help="Build the database first if it is missing or older than the data "
            "(--no-build serves the database as it is, as the container image does)."
        ),
    ] = True,
) -> None:
    """Build the database if it is missing or older than the data, then serve the API with
    PLAPI_WORKERS worker processes, and its metrics on PLAPI_METRICS_PORT."""
    from app.serving import run

    settings = get_settings()
    if build and needs_build(settings.data_dir, settings.database_path):
        load()
    run(settings, logging_config(settings.log_level))


def logging_config(level: str) -> dict[str, object]:
    """Every log line as one JSON object on standard error.

    Log records here never use the caller's file and line, thread or process names, so
    logging skips finding them (the logging HOWTO's "Optimization" section)."""
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    logging._srcfile = None
    handler = {
        "class": "logging.StreamHandler",
        "formatter": "json",
        "stream": "ext://sys.stderr",
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "app.middleware.observability.JsonFormatter"}},
        "handlers": {"default": handler},
        "loggers": {
            name: {"handlers": ["default"], "level": level.upper(), "propagate": False}
            for name in ("app", "uvicorn", "uvicorn.error")
        },
    }


def main() -> None:
    cli()
