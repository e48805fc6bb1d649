"""The README's two set-up commands and CI stay in step."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fenced_shell_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```bash\n(.*?)```", readme, flags=re.S)]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    blocks = fenced_shell_blocks()
    assert len(blocks) >= 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert blocks[1] in ci


def test_both_commands_pin_torch_first() -> None:
    for block in fenced_shell_blocks()[:2]:
        assert block.index("pip install torch==2.13.0") < block.index("pip install ", block.index(
            "torch==2.13.0"))
    assert "attribution parse examples/" in fenced_shell_blocks()[0]
