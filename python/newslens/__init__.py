"""NewsLens for Python: the same C++ core and schema-1 result as the JS API.

    from newslens import Analyzer
    analyzer = Analyzer()
    result = analyzer.analyze(article, key_points=3)
    for m in result["mentions"]:
        print(m["type"], article[m["startChar"]:m["endChar"]])

``start``/``end`` are UTF-16 offsets (the JS API's); ``startChar``/``endChar`` the
same spans as ``str`` indices. Archives: ``newslens batch`` (newslens.batch) and
Dask (newslens.dask).
"""

from ._core import version as _core_version
from .analyzer import MAX_INPUT_BYTES, Analyzer, NewsLensError
from .offsets import CharOffsets, add_char_offsets

__version__ = _core_version()
__all__ = ["Analyzer", "NewsLensError", "MAX_INPUT_BYTES", "CharOffsets", "add_char_offsets", "__version__"]
