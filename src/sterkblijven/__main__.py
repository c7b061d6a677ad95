"""Run the app with ``python -m sterkblijven``."""

import sys

from sterkblijven.app import main

sys.exit(main())
