"""E-services: form definitions, submissions, cases, notifications, contact log, Open311."""
