"""The network's models, one module per area (clusters, threads, people, practices)."""
