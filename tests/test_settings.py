"""Settings: defaults, TOML files, CLI overrides, clear errors."""

from __future__ import annotations

import pytest

from dyad.errors import SettingsError
from dyad.settings import DEFAULT_MAX_BYTES, Settings, load_settings


def test_defaults():
    s = Settings()
    assert s.db == "dyad.db"
    assert s.max_bytes == DEFAULT_MAX_BYTES == 5_000_000
    assert s.key_for("text") == "text"


def test_toml_file_and_overrides(tmp_path):
    path = tmp_path / "dyad.toml"
    path.write_text('db = "x.db"\nmax_bytes = 10\n[fields]\ntext = "body"\n')
    s = load_settings(path)
    assert (s.db, s.max_bytes, s.key_for("text")) == ("x.db", 10, "body")
    t = s.with_overrides(max_bytes=99, db=None, fields={"date": "pubDate"})
    assert t.max_bytes == 99 and t.db == "x.db"
    assert t.key_for("text") == "body" and t.key_for("date") == "pubDate"


def test_dyad_toml_in_working_folder_is_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_settings() == Settings()
    (tmp_path / "dyad.toml").write_text("max_bytes = 123\n")
    assert load_settings().max_bytes == 123


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("max_bytes = ", "not valid TOML"),
        ("colour = 'red'\n", "unknown setting"),
        ("max_bytes = 0\n", "positive"),
        ("[fields]\nbody = 'text'\n", "unknown article field"),
    ],
)
def test_bad_settings_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "dyad.toml"
    path.write_text(content)
    with pytest.raises(SettingsError, match=message):
        load_settings(path)


def test_missing_settings_file(tmp_path):
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(tmp_path / "nope.toml")
