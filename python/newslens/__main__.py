"""``python3 -m newslens …``: the same command as the ``newslens`` entry point."""

import sys

from .cli import main

sys.exit(main())
