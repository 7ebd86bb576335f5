"""Settings for `benchmarks/run.py`: the city's settings plus two points of comparison.

Stock Wagtail API v2 (the peer, `/api/v2/pages/`) and a bare view answering fixed JSON (the
ceiling, `/bench/ceiling/`) are served beside our API, through the same middleware, database
and cache, so a ratio from one run compares like with like. Never used to serve the city:
`config.settings` mounts neither.
"""

from config.settings import *  # noqa: F403
from config.settings import INSTALLED_APPS

DEBUG = False
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2"]
ROOT_URLCONF = "config.urls_benchmark"
