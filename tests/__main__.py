"""`python3 -m tests`: run the test suite from a fresh checkout.

Makes (or refreshes) the checkout's .venv with the test dependencies, then runs pytest in it with
any extra arguments passed through (`python3 -m tests -m bench`, `python3 -m tests -k timer`).
"""

from __future__ import annotations

import sys

from app import bootstrap

if __name__ == "__main__":
    python = bootstrap.ensure_venv(extras="test")
    bootstrap.hand_over(python, ["-m", "pytest", *sys.argv[1:]])
