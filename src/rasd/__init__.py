"""rasd (رصد): document the dead of armed conflict and check the numbers said about them."""

from rasd.errors import InputError, RasdError, SchemaError

__version__ = "0.1.0"
__all__ = ["InputError", "RasdError", "SchemaError", "__version__"]
