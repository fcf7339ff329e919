"""The frozen bundle's program (PyInstaller's entry script): Supple, or one of its audio workers."""

import sys

from app.qt.bundle_main import main

sys.exit(main())
