"""Command groups of the `computewatch` CLI, one module per concern; each exposes `register(app)`."""
