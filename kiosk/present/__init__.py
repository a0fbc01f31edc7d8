"""Presentation without Qt: the content model → typed rows, labels and visitor strings."""
