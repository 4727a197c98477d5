"""The layout holds: apps in layers with no import cycles (import-linter's contracts in
pyproject.toml, run by `make lint`, say which way; these say the rest)."""

import ast
import tomllib
from pathlib import Path

import grimp
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
PACKAGES = CONFIG["root_packages"]
PROJECT_PACKAGE = "trustsite"

# Imports inside a function, each with the reason it cannot be at the top of its module.
FUNCTION_LEVEL_IMPORTS = {
    # AppConfig.ready(): models and signals load only once the app registry is ready.
    ("core/apps.py", "core"),
    ("localisation/apps.py", "localisation"),
    ("partners/apps.py", "core.signals"),
    ("partners/apps.py", "models"),
    ("partners/apps.py", "signals"),
    # Serving uploads is for the development server only (settings.DEBUG).
    ("trustsite/urls.py", "django.conf.urls.static"),
    # The Redis client, loaded before gunicorn forks only where the settings use Redis.
    ("trustsite/warm.py", "redis"),
}


def project_modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def test_no_import_cycle_among_the_project_modules():
    graph = grimp.build_graph(*PACKAGES)
    cycles = set()
    for importer in graph.modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            chain = graph.find_shortest_chain(importer=imported, imported=importer)
            if chain:
                cycles.add(" -> ".join((importer, *chain)))
    assert not cycles, "\n".join(sorted(cycles))


def test_imports_inside_functions_are_only_those_with_a_reason():
    found = set()
    for path in project_modules():
        tree = ast.parse(path.read_text(), filename=str(path))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom):
                    found.add((str(path.relative_to(ROOT)), node.module or "."))
                elif isinstance(node, ast.Import):
                    found.update((str(path.relative_to(ROOT)), a.name) for a in node.names)
    assert found <= FUNCTION_LEVEL_IMPORTS, sorted(found - FUNCTION_LEVEL_IMPORTS)


def test_the_project_package_is_wiring_not_an_app():
    assert PROJECT_PACKAGE not in {config.name for config in apps.get_app_configs()}
    package = ROOT / PROJECT_PACKAGE
    modules = {str(p.relative_to(package)) for p in package.rglob("*.py")}
    wiring = {"__init__.py", "urls.py", "wsgi.py", "warm.py", "errors.py"}
    middleware = {"middleware.py", "outage.py", "security.py"}
    settings = {p for p in modules if p.startswith("settings/")}
    assert modules == wiring | middleware | settings


def test_every_app_has_its_tests_folder():
    for package in PACKAGES:
        if package != PROJECT_PACKAGE:
            assert (ROOT / "tests" / package / "__init__.py").exists(), package
