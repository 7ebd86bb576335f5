"""Bringing former websites into the page tree: adapters, import, URL map, duplicates."""
