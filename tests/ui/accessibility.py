"""Reading the Qt accessibility tree as a screen reader would: the app's own audit checks."""

from __future__ import annotations

from sterkblijven.ui.common.audit import INTERACTIVE, Node, interactive_nodes, nodes, problems

__all__ = ["INTERACTIVE", "Node", "interactive_nodes", "nodes", "problems"]
