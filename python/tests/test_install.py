"""`pip install ./python` works offline into a virtual environment, and what it
installs imports and runs away from the source tree."""

import os
from pathlib import Path
import subprocess
import sys

from conftest import ROOT, PYLIB


def test_pip_installs_the_package_offline(tmp_path):
    venv = tmp_path / "venv"
    # --system-site-packages: Debian's dask/distributed stay visible, as README says.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120)
    env = dict(os.environ, PYTHONPATH="", PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
               # The extension this test run imports is built already: reuse its build tree.
               NEWSLENS_CMAKE_BUILD_DIR=str(PYLIB.parent))
    pip = subprocess.run([str(venv / "bin" / "pip"), "install", "--no-index", str(ROOT / "python")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    code = ("import newslens, sys; r = newslens.Analyzer().analyze('Angela Merkel visited Paris.');"
            "print(newslens.__file__); print(*[m['text'] for m in r['mentions']], sep='|')")
    run = subprocess.run([str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    installed, mentions = run.stdout.splitlines()
    assert Path(installed).is_relative_to(venv)
    assert mentions == "Angela Merkel|Paris"
    version = subprocess.run([str(venv / "bin" / "newslens"), "--version"], capture_output=True, text=True,
                             env=env, timeout=60)
    assert version.stdout.startswith("newslens ") and version.returncode == 0
