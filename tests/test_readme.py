"""The README's pasted outputs are what the commands print.

Every ```console block of README.md holds ``$ dealgraph ...`` lines followed by their
output. The test builds the demo graph into a temporary ``out/`` and runs each
command there. After a change to the extractor, refresh the README with
``python tests/test_readme.py --update``.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def _commands(block: str) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a console block."""
    pairs, current, lines = [], None, []
    for line in block.splitlines():
        if line.startswith("$ "):
            if current:
                pairs.append((current, "\n".join(lines)))
            current, lines = line[2:], []
        else:
            lines.append(line)
    if current:
        pairs.append((current, "\n".join(lines)))
    return pairs


def run_command(command: str, work: Path) -> str:
    args = shlex.split(command)
    assert args[0] == "dealgraph", command
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    res = subprocess.run([sys.executable, "-m", "graph", *args[1:]], cwd=work, env=env, capture_output=True, text=True)
    return (res.stdout + res.stderr).rstrip("\n")


def workspace() -> Path:
    """A copy of the inputs the README's commands read, so they run without touching out/."""
    work = Path(tempfile.mkdtemp(prefix="dealgraph-readme-"))
    for folder in ("data", "tests/gold"):
        shutil.copytree(ROOT / folder, work / folder)
    return work


def test_readme_outputs_match_the_commands():
    text = README.read_text(encoding="utf-8")
    work = workspace()
    checked = 0
    for block in BLOCK.findall(text):
        for command, expected in _commands(block):
            assert run_command(command, work) == expected.rstrip("\n"), command
            checked += 1
    assert checked >= 6


def update() -> None:
    text = README.read_text(encoding="utf-8")
    work = workspace()

    def refresh(match: re.Match) -> str:
        out = []
        for command, _ in _commands(match.group(1)):
            out.append(f"$ {command}\n{run_command(command, work)}".rstrip("\n"))
        return "```console\n" + "\n".join(out) + "\n```"

    README.write_text(BLOCK.sub(refresh, text), encoding="utf-8")


if __name__ == "__main__" and "--update" in sys.argv:
    update()
