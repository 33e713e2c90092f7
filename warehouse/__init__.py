"""The DuckDB warehouse: schema migrations, connections under the single-writer rule, idempotent loads."""

from warehouse.connection import connect, read_connection, write_connection
from warehouse.errors import WarehouseLockedError
from warehouse.migrate import migrate

__all__ = [
    "WarehouseLockedError",
    "connect",
    "migrate",
    "read_connection",
    "write_connection",
]
