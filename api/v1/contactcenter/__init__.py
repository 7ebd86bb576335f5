"""The contact center's API (/api/v1/contactcenter/): the contact log, forwarded tasks,
service-level figures and agent search."""
