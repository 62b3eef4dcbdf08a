"""The lexicon's promise: the rule modules name no content word of their own, and no word
list repeats an entry."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tracker.extractor import lexicon as lx

FOLDER = Path(__file__).resolve().parent.parent / "tracker" / "extractor"
# lexicon.py (English) and lexicon_*.py (one per language, and the detector's) hold the words
LEXICONS = sorted(p for p in FOLDER.glob("lexicon*.py"))
RULE_MODULES = sorted(p for p in FOLDER.glob("*.py") if p not in LEXICONS and p.name != "__init__.py")
_WORD = re.compile(r"[a-z][a-z'.-]*")
_CYRILLIC = re.compile("[а-яё]{2,}|[А-ЯЁ]{3,}")  # a word ("погибли", "МЧС"), not a letter range ("А-ЯЁ")
# names that hold a token's text in the rule modules
_TEXT_NAMES = frozenset(
    "word verb after nxt words w prev before lower first_word noun last following low".split())
# Content words still named in a rule module (to move into the lexicon: issue 16). The list
# only shrinks: a word that no longer occurs must leave it, a new one fails the test.
# Category and scope names compared with a claim's are not words of the text (CATEGORY_NAMES,
# SCOPE_NAMES);
# suffixes and verb prefixes ("ed", "forc") are morphology still written inline.
KNOWN_LITERALS = frozenset(
    """according aged ages citing claim condition critically dead death dozen dozens early
    ed en ese est fifth forc fourth half homes hospital hospitals hundred
    ing injuries injury intensive ish last late later leav ly may
    night number old older pc people percent quoted quoting scale second see
    sending sends sent seriously shoots shot someone ss suffered suffering survive
    sustained tens third toll total visit wound wounds years younger""".split()
)
CATEGORY_NAMES = frozenset({"killed", "injured", "missing", "displaced", "arrested"})
SCOPE_NAMES = frozenset({"whole", "area", "period", "group", "individual"})  # a claim's scope, not text


def _texty(node: ast.AST) -> bool:
    """Does the expression hold a token's text ("tok.lower", "word", "words[0]")?"""
    if isinstance(node, ast.Attribute):
        return node.attr in ("lower", "text")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("lower", "removesuffix", "rstrip", "strip")
    if isinstance(node, ast.Name):
        return node.id in _TEXT_NAMES
    if isinstance(node, ast.Subscript):
        return _texty(node.value)
    return False


def _literal_words(path: Path) -> dict[str, int]:
    """word -> line of the string literals compared with a token's text, matched against
    its ends, or put in a word set."""
    out: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        found: list[ast.AST] = []
        if isinstance(node, ast.Compare) and any(isinstance(o, (ast.Eq, ast.NotEq, ast.In, ast.NotIn))
                                                 for o in node.ops):
            sides = [node.left, *node.comparators]
            if any(_texty(s) for s in sides):
                found += [s for s in sides if not _texty(s)]
        elif isinstance(node, ast.Call) and _word_call(node):
            found += node.args
        for side in found:
            for const in ast.walk(side):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    for word in const.value.split():
                        if _WORD.fullmatch(word):
                            out.setdefault(word, const.lineno)
    return out


def _word_call(node: ast.Call) -> bool:
    """text.endswith("ly"), frozenset({...}): a call whose arguments are words."""
    if isinstance(node.func, ast.Attribute):
        return node.func.attr in ("endswith", "startswith") and _texty(node.func.value)
    return isinstance(node.func, ast.Name) and node.func.id == "frozenset"


def _allowed(word: str) -> bool:
    return word in lx.FUNCTION_WORDS or word in lx.DETERMINERS or word in lx.PRONOUNS \
        or word in lx.PREPOSITIONS or word in lx.BE_WORDS or word in CATEGORY_NAMES or word in SCOPE_NAMES


def test_rule_modules_name_no_new_content_word() -> None:
    named: dict[str, str] = {}
    for path in RULE_MODULES:
        for word, line in _literal_words(path).items():
            if not _allowed(word):
                named.setdefault(word, f"{path.name}:{line}")
    new = {w: where for w, where in named.items() if w not in KNOWN_LITERALS}
    assert not new, f"content words to put in the lexicon: {new}"
    gone = KNOWN_LITERALS - set(named)
    assert not gone, f"no longer inline, take them off KNOWN_LITERALS: {sorted(gone)}"


def test_the_detector_finds_a_content_word_literal(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('def f(tok):\n    return tok.lower in {"of", "massacred"}\n', encoding="utf-8")
    words = {w for w in _literal_words(module) if not _allowed(w)}
    assert words == {"massacred"}


def _entries(node: ast.expr) -> list[str]:
    """The entries of one lexicon value: a dict's keys, else the words of its word lists."""
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    words: list[str] = []
    for n in ast.walk(node):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "split" \
                and isinstance(n.func.value, ast.Constant) and isinstance(n.func.value.value, str):
            words += n.func.value.value.split()
        elif isinstance(n, (ast.Set, ast.Tuple, ast.List)):
            words += [e.value for e in n.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return words


def _lexicon_entries() -> list[tuple[str, list[str]]]:
    out = []
    for path in LEXICONS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None:
                target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
                if isinstance(target, ast.Name):
                    name = target.id if path.name == "lexicon.py" else f"{path.stem}.{target.id}"
                    out.append((name, _entries(node.value)))
    return out


def _cyrillic_literals(path: Path) -> dict[str, int]:
    """Cyrillic words in a module's string literals (docstrings aside): a rule module names
    no Russian word at all, in a comparison, a set or a pattern; lexicon_ru.py does."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)
                  and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}
    out: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            for word in node.value.split():
                if _CYRILLIC.search(word):
                    out.setdefault(word, node.lineno)
    return out


def test_rule_modules_name_no_russian_word() -> None:
    named = {f"{path.name}:{line}": word for path in RULE_MODULES
             for word, line in _cyrillic_literals(path).items()}
    assert not named, f"Russian words to put in lexicon_ru.py: {named}"


def test_the_detector_finds_a_cyrillic_literal(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('"""Reads "погибли"."""\n\ndef f(w):\n    return w == "погибли"\n', encoding="utf-8")
    assert set(_cyrillic_literals(module)) == {'погибли'}


@pytest.mark.parametrize(("name", "entries"), _lexicon_entries(), ids=[n for n, _ in _lexicon_entries()])
def test_no_lexicon_entry_is_repeated(name: str, entries: list[str]) -> None:
    repeated = sorted({e for e in entries if entries.count(e) > 1})
    assert not repeated, f"{name} repeats {repeated}"
