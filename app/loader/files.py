"""Reading ``data/``: YAML parsing (duplicate keys rejected) and strict schema validation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

from app.loader.problems import Problem
from app.loader.schemas import (
    GLOSSARY_FILE,
    RECORD_SCHEMAS,
    SPANISH_SYNONYMS_FILE,
    SYNONYMS_FILE,
    GlossaryEntry,
    Strict,
    Synonym,
)
from app.vocabulary import is_slug

# Files in data/ that are not records.
NON_RECORD_FILES = frozenset({"README.md"})


# libyaml's parser when PyYAML was built with it (its wheels are), as it reads the data about
# twelve times faster; the same safe constructors either way.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):  # type: ignore[valid-type,misc]  # a base chosen at import
    """A safe YAML loader that refuses duplicate keys instead of keeping the last one."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r}",
                key_node.start_mark,
            )
        mapping[key] = loader.construct_object(value_node)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass
class Dataset:
    """Every valid record, by folder and slug, and the problems found reading them."""

    root: Path
    records: dict[str, dict[str, Strict]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    synonyms: list[Synonym] = field(default_factory=list)
    synonyms_es: list[Synonym] = field(default_factory=list)
    """Spanish search's own synonyms (``synonyms.es.yaml``), beside the glossary's."""
    glossary: list[GlossaryEntry] = field(default_factory=list)
    invalid: set[tuple[str, str]] = field(default_factory=set)
    """Records whose files exist but failed to parse or validate (already reported)."""

    def exists(self, folder: str, slug: str) -> bool:
        """A record of that slug is on disk, valid or not: links to it are not dangling."""
        return slug in self.records.get(folder, {}) or (folder, slug) in self.invalid

    def path_of(self, folder: str, slug: str) -> str:
        return relative_path(self.root / folder / f"{slug}.yaml", self.root)

    def count(self) -> int:
        return sum(len(records) for records in self.records.values())


def relative_path(path: Path, root: Path) -> str:
    """``data/causes/x.yaml``: the path as a curator sees it in the repository."""
    try:
        return str(Path(root.name) / path.relative_to(root))
    except ValueError:
        return str(path)


def read_dataset(root: Path) -> Dataset:
    """Parse and validate every record file under ``root``; collect all problems, stop at none."""
    dataset = Dataset(root=root)
    if not root.is_dir():
        dataset.problems.append(Problem(str(root), "", "", "data folder not found"))
        return dataset
    for entry in sorted(root.iterdir()):
        if entry.is_dir() and entry.name not in RECORD_SCHEMAS:
            dataset.problems.append(
                Problem(
                    relative_path(entry, root),
                    "",
                    "",
                    f"unknown folder; record folders are {', '.join(sorted(RECORD_SCHEMAS))}",
                )
            )
    dataset.synonyms = _read_list(dataset, root / SYNONYMS_FILE, Synonym)
    dataset.synonyms_es = _read_list(dataset, root / SPANISH_SYNONYMS_FILE, Synonym)
    dataset.glossary = _read_list(dataset, root / GLOSSARY_FILE, GlossaryEntry)
    for folder, schema in RECORD_SCHEMAS.items():
        dataset.records[folder] = {}
        directory = root / folder
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            _read_record(dataset, folder, schema, path)
    return dataset


def _read_record(dataset: Dataset, folder: str, schema: type[Strict], path: Path) -> None:
    where = relative_path(path, dataset.root)
    slug = path.stem
    if path.is_dir() or path.name in NON_RECORD_FILES or path.name.startswith("."):
        return
    if path.suffix != ".yaml":
        dataset.problems.append(Problem(where, slug, "", "record files must end in .yaml"))
        return
    if not is_slug(slug):
        dataset.problems.append(
            Problem(where, slug, "", "file name is not a valid slug (lower-case words and hyphens)")
        )
        return
    dataset.invalid.add((folder, slug))
    raw = _parse(dataset, path, slug)
    if raw is UNREADABLE:
        return
    if not isinstance(raw, dict):
        dataset.problems.append(Problem(where, slug, "", "a record file must hold one mapping"))
        return
    try:
        dataset.records[folder][slug] = schema.model_validate(raw)
        dataset.invalid.discard((folder, slug))
    except ValidationError as exc:
        for error in exc.errors():
            dataset.problems.append(
                Problem(where, slug, _field_path(error["loc"]), _validation_message(error))
            )


UNREADABLE = object()


def _parse(dataset: Dataset, path: Path, record: str) -> Any:
    """The YAML in ``path``, or ``UNREADABLE`` after reporting why it cannot be read."""
    where = relative_path(path, dataset.root)
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except UnicodeDecodeError:
        dataset.problems.append(Problem(where, record, "", "file is not valid UTF-8"))
    except yaml.YAMLError as exc:
        dataset.problems.append(Problem(where, record, "", f"invalid YAML: {_yaml_message(exc)}"))
    return UNREADABLE


EntryT = TypeVar("EntryT", bound=Strict)


def _read_list(dataset: Dataset, path: Path, schema: type[EntryT]) -> list[EntryT]:
    """The entries of a list file (synonyms, glossary); problems name the entry's number."""
    if not path.is_file():
        return []
    where = relative_path(path, dataset.root)
    raw = _parse(dataset, path, path.stem)
    if raw is UNREADABLE:
        return []
    if not isinstance(raw, list):
        dataset.problems.append(Problem(where, path.stem, "", "must hold a list of entries"))
        return []
    entries: list[EntryT] = []
    for index, entry in enumerate(raw):
        try:
            entries.append(schema.model_validate(entry))
        except ValidationError as exc:
            for error in exc.errors():
                dataset.problems.append(
                    Problem(
                        where,
                        f"entry {index + 1}",
                        _field_path(error["loc"]),
                        _validation_message(error),
                    )
                )
    return entries


def _yaml_message(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None:
        return f"{problem} (line {mark.line + 1}, column {mark.column + 1})"
    return str(problem)


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _validation_message(error: Any) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown key"
    if error["type"] == "missing":
        return "required field is missing"
    message = str(error["msg"])
    return message.removeprefix("Value error, ")
