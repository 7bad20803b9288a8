"""The query layer: reads the database and returns public models. It knows nothing of HTTP."""
