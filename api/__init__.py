"""The HTTP surface: versioned API views, errors, health probes. No domain logic lives here."""
