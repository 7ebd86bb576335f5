"""The contact center: office hours, the contact log, forwarded tasks and service levels."""
