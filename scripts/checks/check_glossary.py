"""Fail when a page uses an acronym from data/acronyms.txt that the glossary does not define.

    python scripts/checks/check_glossary.py [--root DIR]

Also reports glossary entries that are malformed. Acronyms inside code blocks
and inline code are not counted. Prints `file:line: reason` and exits 1 on any
problem.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from glossary import load_acronyms, load_glossary

FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1\s*$", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")


def check(root: Path) -> list[str]:
    terms, problems = load_glossary(root / "data" / "glossary.yml")
    defined = {term.term for term in terms}
    try:
        acronyms = load_acronyms(root / "data" / "acronyms.txt")
    except OSError as error:
        return problems + [f"data/acronyms.txt: cannot read: {error}"]
    missing = [a for a in acronyms if a not in defined]
    if not missing:
        return problems
    pattern = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(map(re.escape, missing)) + r")(?![A-Za-z0-9])")
    reported: set[tuple[str, str]] = set()
    for page in sorted((root / "docs").rglob("*.md")):
        text = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), page.read_text(encoding="utf-8"))
        for number, line in enumerate(text.splitlines(), start=1):
            for match in pattern.finditer(INLINE_CODE.sub("", line)):
                key = (page.as_posix(), match.group(1))
                if key in reported:
                    continue
                reported.add(key)
                problems.append(f"{page.relative_to(root).as_posix()}:{number}: '{match.group(1)}' is in "
                                "data/acronyms.txt but data/glossary.yml does not define it")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    args = parser.parse_args(argv)
    problems = check(args.root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} glossary problem(s)", file=sys.stderr)
        return 1
    print("glossary OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
