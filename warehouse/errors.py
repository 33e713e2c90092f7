"""Errors of the warehouse, with what to do about them."""


class WarehouseLockedError(RuntimeError):
    """Another process holds the warehouse file; wait for it to finish or stop it, then retry."""
