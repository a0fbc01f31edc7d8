"""Exhibit illustrations drawn with Pillow, for exhibits the article has no photograph of."""

from kiosk.artwork.draw import artwork_path, default_cache_dir, render

__all__ = ["artwork_path", "default_cache_dir", "render"]
