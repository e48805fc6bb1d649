"""The documentation site builds with ``mkdocs build --strict`` and the quickstart notebook runs."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from attribution import SCHEMA_VERSION, Article, schema

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"
#: Pages that other parts of the project write; the nav links to them.
OTHERS_PAGES = ("sources.md", "plugins.md", "models.md")


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


def _mkdocs_project(tmp_path: Path) -> Path:
    """A copy of mkdocs.yml and docs/ in *tmp_path*, with src/ linked, as mkdocs sees it."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(DOCS, tmp_path / "docs")
    os.symlink(ROOT / "src", tmp_path / "src")
    return tmp_path


@pytest.mark.skipif(
    _missing("mkdocs") or _missing("mkdocstrings_handlers.python"),
    reason="mkdocs and mkdocstrings[python] are not installed (dev extra)",
)
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    project = _mkdocs_project(tmp_path)
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    for page in ("index.html", "schema/index.html", "scaling/index.html", "api/index.html"):
        assert (site / page).is_file(), page
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("attribution.render.html", "attribution.brat.read_ann",
                 "attribution.tables.to_dataframe", "attribution.dask.parse_bag",
                 "attribution.Article"):
        assert f'id="{name}"' in api, name


def test_nav_lists_every_page() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = set(re.findall(r"^\s+- [^:\n]+: (\S+\.md)$", config, re.M))
    mine = {p.name for p in DOCS.glob("*.md")} - set(OTHERS_PAGES)
    assert mine <= nav, mine - nav
    assert set(OTHERS_PAGES) <= nav


def test_schema_page_documents_every_field() -> None:
    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    data = schema.load()
    names = set(data["properties"])
    for definition in data["$defs"].values():
        names |= set(definition.get("properties", {}))
    for name in sorted(names):
        assert f"`{name}`" in page, f"docs/schema.md does not document {name!r}"


def test_schema_page_example_is_valid() -> None:
    pytest.importorskip("jsonschema", reason="jsonschema is not installed (dev extra)")
    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", page, re.S)
    assert block is not None
    example = json.loads(block.group(1))
    schema.validate(example)
    article = Article.from_dict(example)  # offsets agree with the text
    assert article.to_dict() == example


@pytest.mark.skipif(
    _missing("nbclient") or _missing("nbformat") or _missing("ipykernel"),
    reason="nbclient, nbformat and ipykernel are not installed (dev extra)",
)
def test_quickstart_notebook_runs() -> None:
    import nbformat
    from nbclient import NotebookClient

    read: Any = nbformat.read  # nbformat is untyped
    notebook = read(NOTEBOOK, as_version=4)
    assert all(
        not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"
    ), "commit the notebook without outputs"
    client = NotebookClient(
        notebook,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="attribution-article"' in h for h in html), "no rendered article"
    assert any("claim_id" in h for h in html), "no claims table"
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "C1" in text and SCHEMA_VERSION in text
