"""Import spaCy without its command line: 0.3-0.4 s of every process's start.

Entry point: `import_spacy()`. Use it (or import `wirecoder.nlp`, which
calls it) before anything imports spaCy.

`import spacy` runs `from .cli.info import info`, and `spacy/cli/__init__`
imports every spaCy command with its own dependencies (typer, weasel,
httpx, the project tools): about a third of spaCy's import time, for a
function wirecoder never calls. Before spaCy is imported this puts a
stand-in for `spacy.cli` in `sys.modules`: a package over the real
directory (so `import spacy.cli.train` still finds the real submodule) whose
first attribute access runs the real `spacy/cli/__init__.py` into it. So
`from spacy.cli import download` and `spacy.info` still work, and load the
command line then. Nothing changes when spaCy was imported already.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types

from .packages import package_dir

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def import_spacy():
    """spaCy, imported with its command line deferred (see the module docstring)."""
    if "spacy" not in sys.modules and _CLI not in sys.modules:
        _defer_cli()
    import spacy

    if not hasattr(spacy, "cli") and _CLI in sys.modules:
        spacy.cli = sys.modules[_CLI]  # the import system sets this for submodules it loads itself
    return spacy


def _defer_cli() -> None:
    package = package_dir("spacy")
    if package is None:
        return
    directory = os.path.join(package, "cli")
    init = os.path.join(directory, "__init__.py")
    if not os.path.isfile(init):
        return
    cli = types.ModuleType(_CLI)
    cli.__path__ = [directory]
    cli.__file__ = init
    cli.__package__ = _CLI
    info = types.ModuleType(_INFO)

    def load_real_cli(name: str):
        """Run the real spacy/cli/__init__.py into the stand-in, then answer."""
        del cli.__getattr__
        if sys.modules.get(_INFO) is info:
            del sys.modules[_INFO]
        real_spec = importlib.util.spec_from_file_location(_CLI, init, submodule_search_locations=[directory])
        cli.__spec__ = real_spec
        real_spec.loader.exec_module(cli)
        spacy = sys.modules.get("spacy")
        if spacy is not None and getattr(spacy, "info", None) is deferred_info:
            spacy.info = cli.info
        return getattr(cli, name)

    def deferred_info(*args, **kwargs):
        """spacy.info, loaded on first call."""
        return load_real_cli("info")(*args, **kwargs)

    cli.__getattr__ = load_real_cli
    info.info = deferred_info
    sys.modules[_CLI] = cli
    sys.modules[_INFO] = info
