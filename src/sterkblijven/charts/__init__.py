"""Charts: the only package that imports pyqtgraph. Imported when a chart is first shown."""
