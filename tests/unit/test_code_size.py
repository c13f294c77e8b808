"""Rooms a reader can hold in mind: no module under pipelines/ over 800 lines, no function over 100."""
from __future__ import annotations

import ast
from pathlib import Path

PIPELINES = Path(__file__).resolve().parents[2] / "pipelines"
MAX_FILE_LINES, MAX_FUNCTION_LINES = 800, 100


def test_no_module_is_too_long():
    long = {p.relative_to(PIPELINES).as_posix(): n for p in PIPELINES.rglob("*.py")
            if (n := p.read_text().count("\n")) > MAX_FILE_LINES}
    assert long == {}


def test_no_function_is_too_long():
    long = {}
    for path in PIPELINES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(PIPELINES).as_posix()}:{node.name}"] = length
    assert long == {}
