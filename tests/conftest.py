"""Shared fixtures: a folder of articles (our own fixtures plus bad files) built into a real warehouse."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BBC = SHARED / "corpora" / "bbc"


EXPECTED_REJECTIONS = {"empty.txt": "empty", "blank.txt": "empty", "scan.pdf": "binary", "photo.jpg": "binary",
                       "huge.log": "too_large", "noise.txt": "undecodable", "link_out.txt": "outside_root"}


def make_bad_files(folder: Path) -> dict[str, str]:
    """Files no article folder should contain, each with the rejection reason it must get."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" + bytes(range(256)) * 4)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    (folder / "huge.log").write_bytes(b"log line\n" * 4000)
    (folder / "noise.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0x28, 0xA0, 0xA1]) * 50)
    (folder.parent / "elsewhere.txt").write_text("Not an article of this folder.\n")
    (folder / "link_out.txt").symlink_to(folder.parent / "elsewhere.txt")
    return EXPECTED_REJECTIONS


def article_folder(tmp: Path) -> Path:
    folder = tmp / "articles"
    shutil.copytree(FIXTURES, folder)
    # a Latin-1 file with a pound sign, and a name with spaces and SQL metacharacters
    (folder / "latin1 'odd'; name.txt").write_bytes(
        "Pound Holds Firm\n\nThe fund raised \u00a3600m in March, its chief executive said.\n".encode("latin-1"))
    (folder / "ferry.txt").write_bytes(
        "Ferry Service Resumes\n\nThe ferry resumed service on Monday, carrying 300 passengers.\n".encode("utf-16"))
    (folder / "rail.html").write_text(
        "<html><head><title>Rail Link Opens</title></head><body><nav>Home | News | Sport</nav><article>"
        "<h1>Rail Link Opens</h1><p>The new rail link between the two cities opened on Friday after six years "
        "of work, officials said.</p><p>About 40,000 passengers are expected to use it every day, the operator "
        "said in a statement.</p></article><footer>Subscribe to our newsletter</footer></body></html>")
    make_bad_files(folder)
    return folder


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Materialise every asset once over the fixture folder; yields (settings, result)."""
    from pipelines.cli import materialize_all

    tmp = tmp_path_factory.mktemp("built")
    settings = Settings(seeds_dir=article_folder(tmp), warehouse_path=tmp / "wh" / "warehouse.duckdb", max_file_bytes=30_000)
    result = materialize_all(settings)
    assert result.success
    return settings, result


@pytest.fixture
def wh(built):
    settings, _ = built
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    yield con
    con.close()
