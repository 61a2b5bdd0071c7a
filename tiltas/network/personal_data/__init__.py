"""What the network holds about a person, one module per area, for export and erasure."""
