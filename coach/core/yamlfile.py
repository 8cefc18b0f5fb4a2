"""Safe, bounded YAML reading that remembers the line of every key and value."""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.core.errors import Problem
from coach.core.files import read_bytes

if TYPE_CHECKING:  # PyYAML is imported on the first parse: a cached library needs none of it
    import yaml

MAX_BYTES = 1024 * 1024
MAX_VALUES = 20_000
MAX_DEPTH = 40

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SCALAR_TAGS = {"tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp")}

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Document:
    """A parsed YAML document: plain data plus the line of each key path (1-based)."""

    path: Path
    data: Any
    lines: Mapping[Path_, int] = field(default_factory=dict)

    def line(self, key_path: Path_) -> int | None:
        """The line of ``key_path``, or of its nearest located parent."""
        key_path = tuple(key_path)
        while key_path:
            if key_path in self.lines:
                return self.lines[key_path]
            key_path = key_path[:-1]
        return self.lines.get((), None)


class YamlFileError(Exception):
    """The file could not be read as one bounded, safe YAML document."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


def read_yaml(path: Path) -> Document:
    """Read ``path`` as a single YAML document, safely and within size limits.

    Nothing in the file is executed: only YAML's plain types are built (text, numbers,
    booleans, null, dates, lists and mappings); any other tag is refused.

    Raises:
        YamlFileError: with the file and line of the first problem.
    """
    try:
        raw = read_bytes(path, MAX_BYTES)
    except OSError as exc:
        if exc.errno == errno.EFBIG:
            raise YamlFileError(Problem(path, None, "file is larger than the 1 MiB limit")) from exc
        raise YamlFileError(Problem(path, None, f"cannot read file: {exc.strerror or exc}")) from exc
    return parse_yaml(raw, path)


def parse_yaml(raw: bytes, path: Path) -> Document:
    """Parse bytes already read from ``path``; see :func:`read_yaml`."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlFileError(
            Problem(path, line, f"not valid UTF-8 text (byte 0x{raw[exc.start]:02x})")
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise YamlFileError(Problem(path, line, "file contains a NUL character; is it binary?"))
    import yaml

    # the C parser is much faster; the constructor below is always the safe one
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        message = exc.problem or exc.context or "invalid YAML"
        raise YamlFileError(Problem(path, line, f"YAML syntax error: {message}")) from None
    except yaml.YAMLError as exc:
        raise YamlFileError(Problem(path, None, f"YAML error: {_first_line(exc)}")) from None
    finally:
        loader.dispose()
    if node is None:
        return Document(path, None, {})
    builder = _Builder(path)
    data = builder.build(node, (), 0)
    return Document(path, data, builder.lines)


class _Builder:
    """Turns a composed node tree into plain values, bounded in size and depth."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self.lines: dict[Path_, int] = {}
        import yaml

        self._constructor = yaml.constructor.SafeConstructor()
        self._yaml_error = yaml.YAMLError
        self._mapping_node, self._sequence_node = yaml.MappingNode, yaml.SequenceNode
        self._scalar_node = yaml.ScalarNode

    def fail(self, node: yaml.Node, message: str) -> YamlFileError:
        return YamlFileError(Problem(self.path, node.start_mark.line + 1, message))

    def build(self, node: yaml.Node, where: Path_, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise self.fail(
                node,
                f"document expands to more than {MAX_VALUES:,} values "
                "(aliases nested too deep?); refusing to read it",
            )
        if depth > MAX_DEPTH:
            raise self.fail(node, f"values nested more than {MAX_DEPTH} levels deep")
        self.lines.setdefault(where, node.start_mark.line + 1)
        if isinstance(node, self._mapping_node):
            if node.tag != _MAP:
                raise self.fail(node, f"unsupported YAML tag {node.tag!r}")
            return self._mapping(node, where, depth)
        if isinstance(node, self._sequence_node):
            if node.tag != _SEQ:
                raise self.fail(node, f"unsupported YAML tag {node.tag!r}")
            return [self.build(item, (*where, i), depth + 1) for i, item in enumerate(node.value)]
        if node.tag not in _SCALAR_TAGS:
            raise self.fail(node, f"unsupported YAML tag {node.tag!r}")
        if node.tag == _STR:  # what the safe constructor returns, without its bookkeeping
            return node.value
        if node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and ":" in node.value:
            return node.value  # YAML 1.1 reads 12:30 as base-60; keep the text a person wrote
        try:
            return self._constructor.construct_object(node, deep=True)
        except (self._yaml_error, ValueError, OverflowError) as exc:
            raise self.fail(node, f"cannot read value: {_first_line(exc)}") from None

    def _mapping(self, node: yaml.MappingNode, where: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, self._scalar_node):
                raise self.fail(key_node, "a key must be plain text, not a list or mapping")
            key = str(key_node.value)
            if key in result:
                first = self.lines.get((*where, key))
                raise self.fail(key_node, f"duplicate key {key!r} (first at line {first})")
            self.lines[(*where, key)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*where, key), depth + 1)
        return result


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
