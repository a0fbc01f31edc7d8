"""The parser's version: part of every cache key, so models an older parser made are rebuilt.

Bump it whenever extraction changes what it produces. It lives apart from the parser so
that loading a cached model (start-up) does not import the parser's modules.
"""

PARSER_VERSION = "239"
