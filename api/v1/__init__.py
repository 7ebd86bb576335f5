"""Version 1 of the city's API: one module per domain, sharing api.base."""
