"""The schemathesis command line, with `ast.parse` taken by one thread at a time.

CPython 3.11 counts the AST constructor's recursion depth in state shared by the interpreter's threads, not per
thread (python/cpython#106905): two of schemathesis' worker threads parsing source at once (Hypothesis reads a
lambda's source to describe a strategy) can fail with "SystemError: AST constructor recursion depth mismatch",
an interpreter fault that has nothing to do with the API under test. Run as `python -m tests.api.schemathesis_cli`.
"""

import ast
import sys
import threading

_parse = ast.parse
_one_at_a_time = threading.Lock()


def _parse_alone(*args, **kwargs):
    with _one_at_a_time:
        return _parse(*args, **kwargs)


if __name__ == "__main__":
    ast.parse = _parse_alone
    from schemathesis.cli import schemathesis

    sys.exit(schemathesis(prog_name="st"))
