"""Reading `viet extract` output for the sampling scripts beside this file."""
import json
import sys
from collections.abc import Iterator


def read_facts(path: str) -> Iterator[dict]:
    """The facts of a JSON Lines file, one per line; exits naming the line when one is not JSON."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: not JSON: {error}")
