"""notebooks/explore.ipynb runs top to bottom headless on the demo corpus."""

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def test_notebook_executes_and_shows_tables_chart_and_map(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALGRAPH_OUT", str(tmp_path / "out"))
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "outputs are stripped in git"
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "\n".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Microsoft" in html and "OpenAI" in html  # the investments table
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the bar chart
    assert "<iframe" in html  # the map, inline
    assert (tmp_path / "out" / "graph.json").exists()
    assert os.environ["DEALGRAPH_OUT"] == str(tmp_path / "out")
