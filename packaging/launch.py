"""The frozen program's entry point: the same main as the installed command."""

import sys

from sterkblijven.cli import main

if __name__ == "__main__":
    sys.exit(main())
