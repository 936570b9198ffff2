"""The one private-file writer: whole or nothing, 0600, an existing file kept on failure."""

import os
import stat

import pytest

from taper_desktop.privatefile import WriteError, write_private


def test_writes_whole_file_owner_only(tmp_path):
    target = write_private(tmp_path / "out.csv", b"date\n2026-11-29\n")
    assert target.read_bytes() == b"date\n2026-11-29\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_replaces_existing_file_and_tightens_its_mode(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_private(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_folder_is_refused_by_name(tmp_path):
    with pytest.raises(WriteError, match="is a folder"):
        write_private(tmp_path, b"x")


def test_missing_folder_names_the_path_and_leaves_nothing(tmp_path):
    with pytest.raises(WriteError, match="cannot write there"):
        write_private(tmp_path / "absent" / "out.json", b"{}")
    assert list(tmp_path.iterdir()) == []


def test_failure_mid_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(WriteError, match="No space left"):
        write_private(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
