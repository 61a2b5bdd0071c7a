"""Writes of the network app, one module per area; each runs in a transaction and audits."""
