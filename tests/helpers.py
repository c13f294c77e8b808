"""Helpers shared by tests (import them from here, never from conftest)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from pipelines.settings import REPO_ROOT, Settings

SHARED = REPO_ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
SCORER = SHARED / "eval" / "score.py"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


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


def build_and_score(articles: Path, gold: Path, tmp: Path, scorer: Path = SCORER) -> dict:
    """Materialise every asset over ``articles`` into a fresh warehouse and score it (the shared scorer unless told)."""
    from pipelines.cli import materialize_all

    settings = Settings(seeds_dir=articles, warehouse_path=tmp / "scored.duckdb", max_file_bytes=20 * 1024 * 1024)
    assert materialize_all(settings).success
    out = tmp / "report.json"
    subprocess.run([sys.executable, str(scorer), "--db", str(settings.warehouse_path), "--gold", str(gold),
                    "--json", str(out)], check=True, capture_output=True, timeout=300)
    return json.loads(out.read_text())


def documents_are_perfect(report: dict) -> bool:
    """Every document found with its title and publisher, no junk left, no content lost or repeated."""
    d = report["documents"]
    return ((d["found"], d["title_ok"], d["publisher_ok"]) == (d["expected"], d["title_checked"], d["publisher_checked"])
            and d["boilerplate_left"] == [] and d["content_missing"] == [] and d["content_repeated"] == [])


def below_floor(report: dict, floors: dict[str, float]) -> dict[str, float]:
    """The figures ('area.key') that fell under their floor, with what they measure now."""
    return {f: report[f.split(".")[0]][f.split(".")[1]] for f, floor in floors.items()
            if report[f.split(".")[0]][f.split(".")[1]] < floor}
