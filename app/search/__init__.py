"""Search: query understanding (``query``), the in-memory vocabulary (``index``), and ranking,
snippets and suggestions over the FTS5 index (``engine``)."""
