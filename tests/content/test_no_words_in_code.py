"""The trust's words are data (content/data/), not code: no Python file outside tests/
quotes a sentence or bullet of the trust's page, or even six words in a row of one, in
its strings or its comments."""

import ast
import re
from pathlib import Path

from tests.content.test_seed_content import FURNITURE, SEED

ROOT = Path(__file__).resolve().parents[2]
SKIPPED_DIRS = {"node_modules", "migrations", "tests", "staticfiles", "media"}
MIN_WORDS = 6


def normalise(text):
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def seed_sentences():
    """Each sentence or bullet of the seed with at least MIN_WORDS words."""
    sentences = set()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = normalise(line.lstrip().removeprefix("•"))
        if not line or line in FURNITURE:
            continue
        for sentence in re.split(r"(?<=[.:!?])\s+(?=[A-Z‘])", line):
            if len(sentence.split()) >= MIN_WORDS:
                sentences.add(sentence)
    return sentences


def quotes():
    """Every run of MIN_WORDS words of a seed sentence: a whole sentence, or a piece of one
    (such as a block's sample value), is found by any of its runs."""
    runs = set()
    for sentence in seed_sentences():
        words = sentence.split()
        runs.update(" ".join(words[i : i + MIN_WORDS]) for i in range(len(words) - MIN_WORDS + 1))
    return runs


def python_files():
    """The project's Python files: hidden folders (.venv, .venv-3.13, .git) are not read."""
    for top in sorted(ROOT.iterdir()):
        if top.name.startswith(".") or top.name in SKIPPED_DIRS:
            continue
        paths = sorted(top.rglob("*.py")) if top.is_dir() else [top]
        for path in paths:
            if path.suffix == ".py" and not SKIPPED_DIRS.intersection(
                path.relative_to(ROOT).parts[:-1]
            ):
                yield path


def texts_of(path):
    """The file as it reads, and each string in it with adjacent literals joined (so a
    sentence split over several lines of code is still one text)."""
    source = path.read_text(encoding="utf-8")
    yield normalise(source)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield normalise(node.value)


def test_the_seed_has_sentences_to_look_for():
    assert len(seed_sentences()) > 75


def test_no_python_file_outside_tests_quotes_the_trust():
    runs = quotes()
    found = sorted(
        {
            (str(path.relative_to(ROOT)), run)
            for path in python_files()
            for text in texts_of(path)
            for run in runs
            if run in text
        }
    )
    assert found == []


def test_a_quote_split_over_lines_of_code_is_found(tmp_path):
    sentence = "Identify membership and other benefits to reduce financial pressures"
    (tmp_path / "x.py").write_text(
        f'X = (\n    "{sentence[:30]}"\n    "{sentence[30:]}"\n)\n', encoding="utf-8"
    )
    assert any(run in text for text in texts_of(tmp_path / "x.py") for run in quotes())
