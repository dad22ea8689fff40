"""pip install ./python — builds the extension with the repository's CMake build
(target newslens_python, python/CMakeLists.txt), so there is one build definition.

Works offline with Debian 12's pip and setuptools; with a pip that isolates builds,
add --no-build-isolation. NEWSLENS_CMAKE_BUILD_DIR=DIR reuses an existing,
configured build tree (e.g. build/native) instead of configuring a fresh one.
"""

import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _version():
    import json

    with open(os.path.join(ROOT, "package.json"), encoding="utf-8") as f:
        return json.load(f)["version"]


class CMakeBuild(build_ext):
    """Builds newslens._core with CMake and copies it where setuptools wants it."""

    def build_extension(self, ext):
        build_dir = os.environ.get("NEWSLENS_CMAKE_BUILD_DIR")
        if not build_dir:
            build_dir = os.path.join(os.path.abspath(self.build_temp), "cmake")
            subprocess.check_call(["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                                   f"-DPython_EXECUTABLE={sys.executable}"])
        jobs = str(os.cpu_count() or 1)
        subprocess.check_call(["cmake", "--build", build_dir, "-j", jobs, "--target", "newslens_python"])
        # The file name carries the interpreter's ABI tag: a build for another Python is not there.
        built = os.path.join(build_dir, "pylib", "newslens", os.path.basename(self.get_ext_filename(ext.name)))
        if not os.path.exists(built):
            raise RuntimeError(f"CMake built no {os.path.basename(built)} for this Python in {build_dir}")
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built, target)


setup(
    name="newslens",
    version=_version(),
    description="News article analysis (entities, quotes, key points): the NewsLens C++ core for Python",
    license="MIT",
    python_requires=">=3.8",
    packages=["newslens"],
    ext_modules=[Extension("newslens._core", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    entry_points={"console_scripts": ["newslens = newslens.cli:main"]},
    extras_require={"dask": ["dask[bag,dataframe]", "distributed", "pandas"]},
    zip_safe=False,
)
