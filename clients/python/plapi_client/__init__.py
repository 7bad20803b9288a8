"""A client library for accessing Pregnancy Loss Information API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
