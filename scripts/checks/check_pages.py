"""Check competency pages against the countable rules of the content guide.

    python scripts/checks/check_pages.py [--root DIR] [--stats]

For every competency page that exists (docs/<slug>.md or docs/<slug>/index.md):
front matter (title, description of at most 160 characters, tags, difficulty,
study_hours, versions and the month it was verified), the required sections in order, at least 4 diagrams of at least
2 kinds each with a `*그림:` caption, a `클라우드 환경에서는` note, labs with
목표/준비물/단계/확인 방법/정리/확장 과제, at least 5 interview questions, and
at least 8 reading links labelled by kind. `--stats` prints each page's figures.
Long labs may live in docs/<slug>/labs.md (one `##` per lab, `###` parts): the
page's `실습 프로젝트` section then links to each of them there.
Also: every item of docs/checklist.md is unique (its text is its storage key).
Exit 1 with `file:line: reason` lines if a rule is broken.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from site_pages import COMPETENCY_SLUGS, QUIZ_MARKER, currency_problem, page_for_slug, split_front_matter

REQUIRED_SECTIONS = ("학습 목표", "선수 지식", "실습 프로젝트", "면접 대비 질문", "핵심 요약", "추가 학습 자료", "셀프 체크 퀴즈")
DIFFICULTIES = ("입문", "중급", "고급")
LINK_KINDS = ("책", "공식 문서", "RFC", "논문", "영상", "오픈소스")
LAB_PARTS = ("목표", "준비물", "단계", "확인 방법", "정리", "확장 과제")
MIN_DIAGRAMS, MIN_DIAGRAM_KINDS, MIN_INTERVIEW, MIN_LINKS = 4, 2, 5, 8
MAX_DESCRIPTION = 160
# The versions a page describes and the month it was last checked against its sources (content guide).
CURRENCY_KEYS = ("versions", "verified")

CODE_FENCE = re.compile(r"^(`{3,}|~{3,})([\w+-]*)[^\n]*\n.*?^\1\s*$", re.MULTILINE | re.DOTALL)
LABS_PAGE = "labs.md"
READING_LINK = re.compile(r"^\s*[-*]\s+\*\*\[(?P<kind>[^\]]+)\]\*\*\s+\[[^\]]+\]\((?P<url>https?://[^)\s]+)\)", re.MULTILINE)


@dataclass
class PageStats:
    prose_chars: int = 0
    diagrams: int = 0
    diagram_kinds: set[str] = field(default_factory=set)
    labs: int = 0
    interview_questions: int = 0
    reading_links: int = 0
    cloud_notes: int = 0


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _read(path: Path) -> tuple[str, dict, int]:
    """The page's Markdown body, its front matter, and how many lines the front matter takes."""
    raw = path.read_text(encoding="utf-8")
    body, meta = split_front_matter(raw)
    return body, meta, raw.count("\n") - body.count("\n")


def _reporter(display: str, problems: list[str]):
    def report(line: int | None, message: str) -> None:
        problems.append(f"{display}:{line}: {message}" if line else f"{display}: {message}")
    return report


def _check_front_matter(meta: dict, keys: tuple[str, ...], report) -> None:
    for key in keys:
        if key not in meta:
            report(1, f"front matter has no '{key}'")
    problem = currency_problem(meta)
    if problem:
        report(1, problem)
    description = str(meta.get("description", ""))
    if len(description) > MAX_DESCRIPTION:
        report(1, f"description is {len(description)} characters, at most {MAX_DESCRIPTION}")


def check_page(path: Path, display: str) -> tuple[list[str], PageStats]:
    body, meta, offset = _read(path)
    problems: list[str] = []
    report = _reporter(display, problems)
    stats = PageStats()

    _check_front_matter(meta, ("title", "description", "tags", "difficulty", "study_hours", *CURRENCY_KEYS), report)
    if "difficulty" in meta and meta["difficulty"] not in DIFFICULTIES:
        report(1, f"difficulty must be one of {', '.join(DIFFICULTIES)}")
    if "study_hours" in meta and (not isinstance(meta["study_hours"], int) or meta["study_hours"] <= 0):
        report(1, "study_hours must be a positive whole number of hours")
    if "tags" in meta and (not isinstance(meta["tags"], list) or not meta["tags"]):
        report(1, "tags must be a non-empty list")

    # Strip code blocks before looking at headings, so '# comment' lines in shell
    # examples are not taken for headings; count diagrams while at it.
    for fence in CODE_FENCE.finditer(body):
        if fence.group(2) == "mermaid":
            stats.diagrams += 1
            first = fence.group(0).split("\n", 2)[1].strip().split()
            stats.diagram_kinds.add(first[0] if first else "?")
            after = body[fence.end():].lstrip("\n")
            if not after.startswith("*그림:"):
                report(offset + _line_of(body, fence.end()), "diagram has no '*그림: ...*' caption line right after it")
    prose = _without_code(body)
    headings = _headings(prose)
    h2 = [text for _, level, text in headings if level == 2]
    positions = []
    for section in REQUIRED_SECTIONS:
        if section not in h2:
            report(None, f"no '## {section}' section")
        else:
            positions.append(h2.index(section))
    if positions != sorted(positions):
        report(None, f"sections must come in this order: {', '.join(REQUIRED_SECTIONS)}")
    if not h2 or h2[-1] != "셀프 체크 퀴즈" or QUIZ_MARKER not in body.split("## 셀프 체크 퀴즈")[-1]:
        report(None, f"'## 셀프 체크 퀴즈' with the '{QUIZ_MARKER}' line must be the last section")

    stats.cloud_notes = len(re.findall(r'^\s*[!?]{3}\+?\s+\w+\s+"클라우드 환경에서는"', body, re.MULTILINE))
    if stats.cloud_notes == 0:
        report(None, "no '클라우드 환경에서는' admonition")

    labs_page = path.parent / LABS_PAGE
    if path.name == "index.md" and labs_page.is_file():
        listed = _section_text(prose, headings, "실습 프로젝트")
        lab_problems, titles = check_labs_page(labs_page, display.rsplit("/", 1)[0] + "/" + LABS_PAGE)
        problems += lab_problems
        stats.labs = len(titles)
        for title in titles:
            if f"[{title}]({LABS_PAGE}#" not in listed:
                report(None, f"'실습 프로젝트' does not link to the lab '{title}' in {LABS_PAGE}")
    else:
        labs = _section(prose, headings, "실습 프로젝트")
        stats.labs = len(_check_labs(labs, 3, prose, lambda start: offset + _line_of(prose, start), report))
        if not stats.labs:
            report(None, "'실습 프로젝트' has no lab (### heading)")

    interview = _section_text(prose, headings, "면접 대비 질문")
    stats.interview_questions = len(re.findall(r'^\?{3}\+?\s+question\s+"', interview, re.MULTILINE))
    if stats.interview_questions < MIN_INTERVIEW:
        report(None, f"{stats.interview_questions} interview questions, at least {MIN_INTERVIEW}")

    reading = _section_text(prose, headings, "추가 학습 자료")
    links = [m for m in READING_LINK.finditer(reading)]
    stats.reading_links = len(links)
    for match in links:
        if match.group("kind") not in LINK_KINDS:
            report(None, f"reading link kind '{match.group('kind')}' is not one of {', '.join(LINK_KINDS)}")
    if stats.reading_links < MIN_LINKS:
        report(None, f"{stats.reading_links} labelled reading links, at least {MIN_LINKS}")

    if stats.diagrams < MIN_DIAGRAMS:
        report(None, f"{stats.diagrams} diagrams, at least {MIN_DIAGRAMS}")
    if len(stats.diagram_kinds) < MIN_DIAGRAM_KINDS:
        report(None, f"diagrams of {len(stats.diagram_kinds)} kind(s), at least {MIN_DIAGRAM_KINDS}")
    stats.prose_chars = len(re.sub(r"\s+", " ", prose))
    return problems, stats


def _check_labs(headings: list, level: int, prose: str, line_of, report) -> list[str]:
    """Each heading at `level` is a lab; it needs every LAB_PARTS heading one level down. Returns the titles."""
    lab_heads = [(start, text) for start, lab_level, text in headings if lab_level == level]
    marks = "#" * (level + 1)
    for number, (start, title) in enumerate(lab_heads):
        end = lab_heads[number + 1][0] if number + 1 < len(lab_heads) else len(prose)
        parts = [text for s, part_level, text in headings if part_level == level + 1 and start < s < end]
        for part in LAB_PARTS:
            if not any(part in text for text in parts):
                report(line_of(start), f"lab '{title}' has no '{marks} {part}' part")
    return [title for _, title in lab_heads]


def check_labs_page(path: Path, display: str) -> tuple[list[str], list[str]]:
    """A competency's labs page: front matter, one H1, and labs as `##` headings with `###` parts."""
    body, meta, offset = _read(path)
    problems: list[str] = []
    report = _reporter(display, problems)
    _check_front_matter(meta, ("title", "description", *CURRENCY_KEYS), report)
    prose = _without_code(body)
    headings = _headings(prose)
    if [level for _, level, _ in headings].count(1) != 1:
        report(None, "needs exactly one '# ' title")
    titles = _check_labs(headings, 2, prose, lambda start: offset + _line_of(prose, start), report)
    if not titles:
        report(None, "has no lab ('## ' heading)")
    return problems, titles


def _without_code(body: str) -> str:
    """The text with fenced code blanked out (line count kept), so '# comment' lines are not headings."""
    for fence in reversed(list(CODE_FENCE.finditer(body))):
        body = body[: fence.start()] + "\n" * fence.group(0).count("\n") + body[fence.end():]
    return body


def _headings(prose: str) -> list:
    return [(m.start(), len(m.group(1)), m.group(2).strip()) for m in
            re.finditer(r"^(#{1,6})\s+(.+?)\s*#*\s*$", prose, re.MULTILINE)]


def check_checklist(path: Path, display: str) -> list[str]:
    """Checklist items are stored in the browser under their text, so each text must be unique;
    each block names the competency its items count towards."""
    seen: dict[str, int] = {}
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        block = re.match(r'\s*<div class="checklist"(?: data-competency="([\w-]*)")?', line)
        if block and block.group(1) not in COMPETENCY_SLUGS:
            problems.append(f"{display}:{number}: a checklist block needs data-competency set to a competency slug "
                            "(the progress page counts its items under that page)")
        match = re.match(r"\s*[-*]\s+\[[ xX]\]\s+(.*)", line)
        if not match:
            continue
        text = re.sub(r"\]\([^)]*\)", "]", match.group(1))  # the rendered text, without link targets
        key = " ".join(text.split())
        if key in seen:
            problems.append(f"{display}:{number}: checklist item repeats line {seen[key]}; its saved state would be shared")
        seen.setdefault(key, number)
    if not seen:
        problems.append(f"{display}: no checklist items ('- [ ] ...')")
    return problems


def _section(prose: str, headings: list, title: str) -> list:
    """Headings inside the H2 section `title`."""
    inside, result = False, []
    for start, level, text in headings:
        if level <= 2:
            inside = level == 2 and text == title
            continue
        if inside:
            result.append((start, level, text))
    return result


def _section_text(prose: str, headings: list, title: str) -> str:
    starts = [(start, level, text) for start, level, text in headings if level <= 2]
    for number, (start, _, text) in enumerate(starts):
        if text == title:
            end = starts[number + 1][0] if number + 1 < len(starts) else len(prose)
            return prose[start:end]
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    parser.add_argument("--stats", action="store_true", help="print each page's figures")
    args = parser.parse_args(argv)
    problems: list[str] = []
    for slug in COMPETENCY_SLUGS:
        page = page_for_slug(args.root / "docs", slug)
        if page is None:
            continue
        found, stats = check_page(page, page.relative_to(args.root).as_posix())
        problems += found
        if args.stats:
            print(f"{slug}: {stats.prose_chars} characters, {stats.diagrams} diagrams "
                  f"({', '.join(sorted(stats.diagram_kinds))}), {stats.labs} labs, "
                  f"{stats.interview_questions} interview questions, {stats.reading_links} reading links, "
                  f"{stats.cloud_notes} cloud notes")
    checklist = args.root / "docs" / "checklist.md"
    if checklist.is_file():
        problems += check_checklist(checklist, "docs/checklist.md")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in competency pages", file=sys.stderr)
        return 1
    print("competency pages OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
