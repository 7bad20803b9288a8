"""Pure ASGI middleware: HTTP caching and compression (and, in front of it, the service's
other cross-cutting concerns). No ``BaseHTTPMiddleware`` on the hot path."""
