"""HTTP layer: routers (one per resource), error handling and OpenAPI conventions."""
