"""Source checks on the ``stance`` package itself: no module-level name bound twice, and no method
call on an imported name in the scorer's modules (a CPython 3.11 cost)."""
import ast
import dis
import importlib
import re
import sys
import types
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "stance"

# (module file, name): top-level names deliberately bound more than once. Keep it small: a
# second binding silently shadows the first (two such bugs came from parallel edits).
ALLOWED = frozenset()


def _bindings(tree: ast.Module):
    """(name, line) for every module-level binding: assignment, def, class, import.

    Statements nested in module-level ``if`` / ``try`` / ``with`` blocks count too; loop
    variables, augmented assignments and names inside functions or classes do not.
    """
    def targets(node):
        if isinstance(node, ast.Name):
            yield node.id
        elif isinstance(node, (ast.Tuple, ast.List)):
            for elt in node.elts:
                yield from targets(elt)
        elif isinstance(node, ast.Starred):
            yield from targets(node.value)

    def walk(body):
        for st in body:
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield st.name, st.lineno
            elif isinstance(st, ast.Assign):
                for t in st.targets:
                    for name in targets(t):
                        yield name, st.lineno
            elif isinstance(st, ast.AnnAssign) and st.value is not None:
                yield from ((name, st.lineno) for name in targets(st.target))
            elif isinstance(st, (ast.Import, ast.ImportFrom)):
                for alias in st.names:
                    if alias.name != "*" and not (isinstance(st, ast.ImportFrom)
                                                  and st.module == "__future__"):
                        yield (alias.asname or alias.name).split(".")[0], st.lineno
            elif isinstance(st, ast.If):
                yield from walk(st.body)
                yield from walk(st.orelse)
            elif isinstance(st, ast.Try):
                yield from walk(st.body)
                for h in st.handlers:
                    yield from walk(h.body)
                yield from walk(st.orelse)
                yield from walk(st.finalbody)
            elif isinstance(st, ast.With):
                yield from walk(st.body)

    yield from walk(tree.body)


def duplicate_bindings(source: str, module: str) -> list[str]:
    """One message per name bound again at module level, naming module, name and both lines."""
    first: dict[str, int] = {}
    found = []
    for name, line in _bindings(ast.parse(source)):
        if name in first and (module, name) not in ALLOWED:
            found.append(f"{module}: {name!r} bound at line {first[name]} and again at line {line}")
        first.setdefault(name, line)
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_modules():
    assert len(MODULES) > 10


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path):
    module = str(path.relative_to(PACKAGE.parent))
    assert duplicate_bindings(path.read_text(encoding="utf-8"), module) == []


def test_a_planted_duplicate_is_named_with_both_lines():
    src = "import re\n\n_X = 1\n\n\ndef f():\n    _Y = 2\n\n\ndef _X():\n    pass\n"
    assert duplicate_bindings(src, "m.py") == ["m.py: '_X' bound at line 3 and again at line 10"]


def test_near_misses_are_no_duplicates():
    src = ("_X = 1\n_X |= {2}\nfor _p in (1, 2):\n    pass\nfor _p in (3,):\n    pass\n"
           "def f():\n    _X = 3\n\n\nclass C:\n    _X = 4\n")
    assert duplicate_bindings(src, "m.py") == []


def test_imports_and_unpacking_count():
    src = "from a import b\nb, c = 1, 2\nimport os.path\nos = None\n"
    assert duplicate_bindings(src, "m.py") == [
        "m.py: 'b' bound at line 1 and again at line 2",
        "m.py: 'os' bound at line 3 and again at line 4",
    ]



# The scorer's modules: a method call on a name bound by ``from ... import`` costs there. CPython 3.11
# compiles ``NAME.method(...)`` as LOAD_ATTR, not LOAD_METHOD, when NAME is imported at module level
# (compile.c, is_import_originated), so every call builds and frees a bound method through a generic
# attribute look-up. Splitting targeted.py into modules turned ~100 ``_SET.isdisjoint(...)`` calls
# into such calls (+65M instructions on 3,000 comments, about 2.4% of the scoring); the fix is to
# bind those names by assignment (``_SET = _stance_tokens._SET``). Modules and classes are exempt.
SCORER = sorted(PACKAGE.glob("_stance_*.py")) + [PACKAGE / "targeted.py"]


def method_calls_on_imported_names(source: str, namespace: dict) -> list[str]:
    """``line: NAME.method`` for each call of a method on a top-level imported non-module name."""
    tree = ast.parse(source)
    imported = {(alias.asname or alias.name).split(".")[0]
                for st in tree.body if isinstance(st, (ast.Import, ast.ImportFrom))
                for alias in st.names}
    costly = {name for name in imported
              if not isinstance(namespace.get(name), (types.ModuleType, type))}
    return [f"{node.lineno}: {node.func.value.id}.{node.func.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id in costly]


@pytest.mark.parametrize("path", SCORER, ids=lambda p: p.name)
def test_no_method_call_on_an_imported_name(path):
    namespace = vars(importlib.import_module(f"{PACKAGE.name}.{path.stem}"))
    assert method_calls_on_imported_names(path.read_text(encoding="utf-8"), namespace) == []


_PROBE = """
import re
from x import _SET, _Cls, _lx
_OWN = _SET
def f(toks):
    return _SET.isdisjoint(toks), _OWN.isdisjoint(toks), _lx.g(toks), _Cls.h(), re.compile(toks)
"""


def test_the_method_call_check_flags_an_imported_set_only():
    namespace = {"_SET": frozenset(), "_OWN": frozenset(), "_Cls": int, "_lx": types, "re": re}
    assert method_calls_on_imported_names(_PROBE, namespace) == ["6: _SET.isdisjoint"]


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the compiler rule of CPython 3.11")
def test_an_imported_name_gets_no_load_method():
    f = next(c for c in compile(_PROBE, "probe", "exec").co_consts if getattr(c, "co_name", "") == "f")
    ins = list(dis.get_instructions(f))
    methods = [b.argval for a, b in zip(ins, ins[1:]) if b.opname == "LOAD_METHOD"]
    assert "isdisjoint" in methods  # _OWN's call
    assert [b.argval for a, b in zip(ins, ins[1:])
            if a.argval == "_SET" and b.opname == "LOAD_ATTR"] == ["isdisjoint"]
