"""HTTP layer: the record types' routers (one factory), search, look-up, CDS Hooks, meta
and docs, and the error handlers."""
