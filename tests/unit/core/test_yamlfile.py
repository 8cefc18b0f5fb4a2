"""Safe, bounded YAML reading with line numbers."""

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.yamlfile import MAX_BYTES, YamlFileError, parse_yaml, read_yaml

P = Path("x.yaml")


def problem_of(raw: bytes):
    with pytest.raises(YamlFileError) as info:
        parse_yaml(raw, P)
    return info.value.problem


def test_lines_of_keys_and_items():
    doc = parse_yaml(b"a: 1\nb:\n  - x\n  - y\nc:\n  d: 2\n", P)
    assert doc.data == {"a": 1, "b": ["x", "y"], "c": {"d": 2}}
    assert doc.line(("a",)) == 1
    assert doc.line(("b", 1)) == 4
    assert doc.line(("c", "d")) == 6
    assert doc.line(("c", "d", "missing")) == 6  # falls back to the nearest parent


def test_clock_times_stay_text():
    assert parse_yaml(b"at: 12:30\n", P).data == {"at": "12:30"}


def test_python_tags_are_refused_and_not_run(tmp_path):
    marker = tmp_path / "ran"
    raw = f"a: !!python/object/apply:os.system ['touch {marker}']\n".encode()
    problem = problem_of(raw)
    assert problem.line == 1 and "unsupported YAML tag" in problem.message
    assert not marker.exists()


def test_syntax_error_has_line():
    problem = problem_of(b"a: 1\nb: [1, 2\nc: 3\n")
    assert problem.line == 3 and problem.message.startswith("YAML syntax error")


def test_invalid_utf8_has_line():
    problem = problem_of(b"a: 1\nb: caf\xe9\n")
    assert problem.line == 2 and "UTF-8" in problem.message


def test_duplicate_key():
    problem = problem_of(b"a: 1\nb: 2\na: 3\n")
    assert problem.line == 3 and "duplicate key 'a' (first at line 1)" in problem.message


def test_alias_bomb_fails_fast_and_small():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    problem = problem_of("\n".join(lines).encode())
    assert "aliases" in problem.message
    assert len(problem.message) < 200


def test_recursive_alias():
    assert "nested" in problem_of(b"a: &a [*a]\n").message


def test_multiple_documents():
    assert problem_of(b"--- 1\n--- 2\n").line == 2


def test_size_cap(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(YamlFileError, match="1 MiB"):
        read_yaml(big)


def test_missing_file(tmp_path):
    with pytest.raises(YamlFileError, match="cannot read file"):
        read_yaml(tmp_path / "nope.yaml")


def test_empty_document():
    assert parse_yaml(b"", P).data is None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_only_raise_our_error(raw):
    with contextlib.suppress(YamlFileError):
        parse_yaml(raw, P)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:- \n[]{}&*!#'\"|>%@`,?1.")), max_size=120))
def test_random_yamlish_text_only_raises_our_error(text):
    with contextlib.suppress(YamlFileError):
        parse_yaml(text.encode(), P)
