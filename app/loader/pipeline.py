"""The loader's two entry points: check the curated files, or check them and build."""

from __future__ import annotations

from pathlib import Path

from app.loader.build import BuildResult, build_database
from app.loader.files import Dataset, read_dataset
from app.loader.links import check_links
from app.loader.lint import LintReport, lint
from app.loader.problems import DatasetError
from app.loader.search_index import check_synonyms, search_documents
from app.search.languages import ANALYZERS


def check(data_dir: Path) -> Dataset:
    """Read, validate and link every record; raise ``DatasetError`` listing every problem."""
    dataset = read_dataset(data_dir)
    problems = [*dataset.problems, *check_links(dataset)]
    if not problems:
        problems = [
            problem
            for language in ANALYZERS
            for problem in check_synonyms(dataset, search_documents(dataset, language), language)
        ]
    if problems:
        raise DatasetError(problems)
    return dataset


def check_and_lint(data_dir: Path) -> tuple[Dataset, LintReport]:
    """``check``, then the content lint, whose findings are warnings rather than errors."""
    dataset = check(data_dir)
    return dataset, lint(dataset)


def load(data_dir: Path, target: Path) -> BuildResult:
    """Check, then build a fresh database and rename it over ``target``."""
    return build_database(check(data_dir), target)


def needs_build(data_dir: Path, target: Path) -> bool:
    """True when ``target`` is missing or older than any file or folder under ``data_dir``."""
    if not target.exists():
        return True
    built = target.stat().st_mtime
    return any(path.stat().st_mtime > built for path in [data_dir, *data_dir.rglob("*")])
