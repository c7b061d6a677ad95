"""Run the app with ``python -m sterkblijven``."""

import sys

from sterkblijven.cli import main

sys.exit(main())
