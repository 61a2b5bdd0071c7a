"""Portable credentials: the certificates as Open Badges 2.0 (hosted JSON-LD,
a baked PNG) and as Open Badges 3.0 Verifiable Credentials."""
