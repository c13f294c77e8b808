"""Settings are checked before any work: each problem is one line naming the variable."""
from __future__ import annotations

import pytest

from pipelines.settings import DEFAULT_MAX_FILES, Settings, SettingsError


def settings_from(tmp_path, **env) -> Settings:
    base = {"SEEDS_DIR": str(tmp_path), "WAREHOUSE_PATH": str(tmp_path / "out" / "w.duckdb")}
    return Settings.from_env({**base, **env}).check()


def problem(tmp_path, **env) -> str:
    with pytest.raises(SettingsError) as exc:
        settings_from(tmp_path, **env)
    message = str(exc.value)
    assert "\n" not in message
    return message


def test_good_settings_pass_and_defaults_apply(tmp_path):
    s = settings_from(tmp_path)
    assert s.seeds_dir == tmp_path.resolve() and s.max_files == DEFAULT_MAX_FILES
    assert not (tmp_path / "out").exists()  # checking touches nothing


@pytest.mark.parametrize("name, raw, says", [
    ("MAX_FILE_BYTES", "abc", "not a whole number"),
    ("MAX_FILE_BYTES", "0", "greater than 0"),
    ("MAX_FILES", "-5", "greater than 0"),
    ("MAX_FILES", "1e9", "not a whole number"),
])
def test_numbers_must_be_whole_positive_numbers(tmp_path, name, raw, says):
    message = problem(tmp_path, **{name: raw})
    assert message.startswith(f"{name}=") and says in message


def test_seeds_dir_must_be_an_existing_folder(tmp_path):
    assert "no such folder" in problem(tmp_path, SEEDS_DIR=str(tmp_path / "typo"))
    (tmp_path / "a.txt").write_text("x")
    assert "is a file" in problem(tmp_path, SEEDS_DIR=str(tmp_path / "a.txt"))


def test_warehouse_path_must_be_a_file_in_a_writable_folder(tmp_path):
    assert problem(tmp_path, WAREHOUSE_PATH=str(tmp_path)).startswith("WAREHOUSE_PATH=")
    assert "not writable" in problem(tmp_path, WAREHOUSE_PATH="/proc/newsfacts/w.duckdb")
    (tmp_path / "file").write_text("x")
    assert "not a folder" in problem(tmp_path, WAREHOUSE_PATH=str(tmp_path / "file" / "w.duckdb"))
