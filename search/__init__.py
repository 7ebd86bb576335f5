"""One index for everything: document builders' registry, engines, queries and tasks."""
