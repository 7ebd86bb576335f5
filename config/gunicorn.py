"""gunicorn's settings in the container image: `gunicorn -c python:config.gunicorn config.wsgi`.

gunicorn's own lines (start-up, errors, one access line per request) go through the
project's formatter and redaction (config/logging.py), like every other log line: the
access line names no client address and no query string.
"""

from __future__ import annotations

import os

from config.logging import build_logging

bind = [f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
# Threaded workers: a long open-data download holds one thread, not a whole worker, and
# the worker's heartbeat keeps running meanwhile, so the timeout does not cut it off.
worker_class = "gthread"
workers = 3
threads = 8
max_requests = 2000
max_requests_jitter = 200
timeout = 30
# The ingress in front sets X-Forwarded-Proto; the app is not reachable around it.
forwarded_allow_ips = "*"
# No runtime control socket (gunicorn 25.1+): nothing uses it, and the image's home
# directory is not writable.
control_socket_disable = True

_production = os.environ.get("DJANGO_ENV") == "production"
logconfig_dict = build_logging(
    level=os.environ.get("LOG_LEVEL", "INFO"),
    fmt=os.environ.get("LOG_FORMAT", "json" if _production else "console"),
)
# Method, path without query, status, bytes, milliseconds and the request id that the
# app's own lines carry; no address (%(h)s), query (%(q)s, %(r)s), referrer or user agent.
access_log_format = "%(m)s %(U)s %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s"
