"""Exhibit illustrations drawn with Pillow, for exhibits the article has no photograph of.

`files` names the cached PNGs without importing Pillow; `draw` draws them.
"""
