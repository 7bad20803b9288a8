"""The shape of the code: no import cycle between the packages of ``app/``, lower layers never
importing higher ones, and no file or function too long to read whole."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT

APP = PROJECT_ROOT / "app"
MAX_FILE_LINES = 450
MAX_FUNCTION_LINES = 80
# What each layer may not import (a package of app/, or a module at its top).
FORBIDDEN = {
    "queries": {"api", "web", "middleware", "loader", "main"},
    "loader": {"api", "web", "middleware", "queries", "db", "main"},
    "middleware": {"api", "web", "queries", "loader", "main"},
    "registry": {"api", "web", "middleware", "queries", "loader", "db", "main"},
    "record_type": {"api", "web", "middleware", "queries", "loader", "db", "registry", "main"},
    "models": {"api", "web", "middleware", "queries", "loader", "db", "registry", "main"},
    "search": {"api", "web", "middleware", "queries", "loader", "main"},
    "db": {"api", "web", "middleware", "main"},
    "vocabulary": {"api", "web", "middleware", "queries", "loader", "db", "registry", "models"},
}


def unit(module: str) -> str | None:
    """The package of ``app`` a module belongs to (``app.api.errors`` → ``api``), or the
    top-level module itself (``app.db`` → ``db``); None outside ``app``."""
    parts = module.split(".")
    if parts[0] != "app" or len(parts) < 2:
        return None
    return parts[1]


def module_name(path: Path) -> str:
    relative = path.relative_to(PROJECT_ROOT).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path) -> Iterator[str]:
    """Every module ``path`` imports, at its top or inside a function alike."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path.parent)
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def dependencies() -> dict[str, set[str]]:
    """Between the units of ``app``: which imports which."""
    graph: dict[str, set[str]] = {}
    for path in sorted(APP.rglob("*.py")):
        source = unit(module_name(path))
        if source is None:
            continue
        targets = graph.setdefault(source, set())
        for name in imported(path):
            target = unit(name)
            if (
                target is not None
                and target != source
                and (APP / target).exists() | (APP / f"{target}.py").exists()
            ):
                targets.add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles in ``graph``, each once, as the path that closes it."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        for target in sorted(graph.get(node, ())):
            if target in path:
                cycle = [*path[path.index(target) :], target]
                key = frozenset(cycle)
                if key not in seen:
                    seen.add(key)
                    found.append(cycle)
            elif len(path) < len(graph):
                visit(target, [*path, target])

    for start in sorted(graph):
        visit(start, [start])
    return found


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_the_packages_of_app() -> None:
    assert cycles(dependencies()) == []


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_lower_layers_never_import_higher_ones(layer: str) -> None:
    assert dependencies().get(layer, set()) & FORBIDDEN[layer] == set()


def python_files() -> list[Path]:
    return sorted(APP.rglob("*.py"))


def test_no_file_is_too_long() -> None:
    long = {
        str(path.relative_to(PROJECT_ROOT)): lines
        for path in python_files()
        if (lines := len(path.read_text().splitlines())) > MAX_FILE_LINES
    }
    assert long == {}


def test_no_function_is_too_long() -> None:
    long = {}
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(PROJECT_ROOT)}:{node.name}"] = lines
    assert long == {}
