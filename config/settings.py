"""Settings for the city platform: one module, driven by environment variables.

Every variable is listed in README.md with its default. The embedded defaults
(SQLite, local-memory cache, console e-mail) are for development and tests;
`DJANGO_ENV=production` removes every default that would be unsafe and refuses
to start without `SECRET_KEY` and `ALLOWED_HOSTS`.
"""

from __future__ import annotations

from pathlib import Path

import environ
import structlog
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
VAR_DIR = Path(env.str("VAR_DIR", default=str(BASE_DIR / "var")))

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
if DJANGO_ENV not in {"development", "production"}:
    raise ImproperlyConfigured("DJANGO_ENV must be 'development' or 'production'.")
PRODUCTION = DJANGO_ENV == "production"

# --- Core -----------------------------------------------------------------------------------

if PRODUCTION:
    # No defaults: a production process without these must not start.
    SECRET_KEY = env.str("SECRET_KEY")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
    if not ALLOWED_HOSTS or not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY and ALLOWED_HOSTS must not be empty.")
    DEBUG = False
else:
    SECRET_KEY = env.str("SECRET_KEY", default="development-only-not-secret")
    ALLOWED_HOSTS = env.list(
        "ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"]
    )
    DEBUG = env.bool("DEBUG", default=True)

INSTALLED_APPS = [
    "config",  # before django_tasks_db: its db_worker command is the project's
    "cms",
    "search",
    "eservices",
    "identity",
    "contactcenter",
    "api",
    "open311",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "oauth2_provider",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "corsheaders",
    "django_structlog",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_structlog.middlewares.RequestMiddleware",
    "config.middleware.RequestIdHeaderMiddleware",
    # Public API answers served again until content changes (api/response_cache.py).
    "api.response_cache.PublicResponseCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # After Wagtail's, so it sees a 404 first: an old host's own map wins over global redirects.
    "cms.legacy.middleware.LegacyRedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Data -----------------------------------------------------------------------------------

DATABASES = {
    "default": env.db_url(
        "DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
    ),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60 if PRODUCTION else 0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server and the task worker share the embedded database.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"init_command": "PRAGMA journal_mode=WAL;", "transaction_mode": "IMMEDIATE"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Production runs several processes: previews, rate limits and the content version must be
# shared between them, so the shared cache is required there.
REDIS_URL = env.str("REDIS_URL") if PRODUCTION else env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "city",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": False,
                # A hung Redis fails a request after this long instead of holding its thread.
                "SOCKET_CONNECT_TIMEOUT": env.float("REDIS_TIMEOUT", default=5.0),
                "SOCKET_TIMEOUT": env.float("REDIS_TIMEOUT", default=5.0),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public API answers, per process (keys carry the content version, so processes never
# disagree); API_RESPONSE_CACHE_ENTRIES=0 turns it off.
_RESPONSE_ENTRIES = env.int("API_RESPONSE_CACHE_ENTRIES", default=2000)
CACHES["api-responses"] = (
    {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "api-responses",
        "OPTIONS": {"MAX_ENTRIES": _RESPONSE_ENTRIES, "CULL_FREQUENCY": 4},
    }
    if _RESPONSE_ENTRIES
    else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
)

TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default", "search", "notifications"],
    }
}
# A RUNNING task whose lease its worker has not renewed this long is queued again (config.worker).
TASK_LEASE_SECONDS = env.int("TASK_LEASE_SECONDS", default=900)

# --- Internationalisation -------------------------------------------------------------------

LANGUAGE_CODE = "sv"
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

# Swedish is the source locale; the others are translations maintained in wagtail-localize.
# Text direction comes from Django's own language data (ar and fa are right-to-left).
LANGUAGES = [
    ("sv", "Svenska"),
    ("en", "English"),
    ("fi", "Suomi"),
    ("ar", "العربية"),
    ("so", "Soomaali"),
    ("fa", "فارسی"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", "Svenska"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]

# --- Static and media -----------------------------------------------------------------------

STATIC_URL = "/static/"
# The contract's example requests and answers, shown in the served schema: the checkout's in
# development; the image copies them beside manage.py (they are not part of the wheel).
CONTRACT_EXAMPLES_DIR = Path(
    env.str("CONTRACT_EXAMPLES_DIR", default=str(BASE_DIR / "frontend-contract" / "examples"))
)
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))


def _s3_storage(**options: object) -> dict[str, object]:
    """S3-compatible object storage; credentials come from the standard AWS_* variables."""
    endpoint = env.str("AWS_S3_ENDPOINT_URL", default="") or None
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"endpoint_url": endpoint, "file_overwrite": False, **options},
    }


AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    _media_storage = _s3_storage(default_acl=None, querystring_auth=False)
else:
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

# Citizens' attachments are personal data: a private store, never under MEDIA_URL, read
# only through the API. Local files by default; a private S3-compatible bucket when named.
ATTACHMENTS_ROOT = Path(env.str("ATTACHMENTS_ROOT", default=str(VAR_DIR / "attachments")))
ATTACHMENTS_BUCKET = env.str("ATTACHMENTS_BUCKET", default="")
if ATTACHMENTS_BUCKET:
    _attachments_storage = _s3_storage(
        bucket_name=ATTACHMENTS_BUCKET, default_acl="private", querystring_auth=True
    )
else:
    _attachments_storage = {
        "BACKEND": "eservices.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": ATTACHMENTS_ROOT, "file_permissions_mode": 0o640},
    }

STORAGES = {
    "default": _media_storage,
    "attachments": _attachments_storage,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

if not PRODUCTION:
    # WhiteNoise expects the folder; collectstatic fills it in the container image.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

FILE_UPLOAD_PERMISSIONS = 0o640
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail ---------------------------------------------------------------------------------

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Seconds each outbound call may wait (README, "Delivery guarantees"); none waits for ever.
EMAIL_TIMEOUT = env.float("EMAIL_TIMEOUT", default=10.0)
SMS_GATEWAY_TIMEOUT = env.float("SMS_GATEWAY_TIMEOUT", default=10.0)
FRONTEND_CACHE_PURGE_TIMEOUT = env.float("FRONTEND_CACHE_PURGE_TIMEOUT", default=5.0)
ELASTICSEARCH_TIMEOUT = env.float("ELASTICSEARCH_TIMEOUT", default=10.0)
# How long a worker holds a notification it is sending before another may send it again.
OUTBOX_LEASE_SECONDS = env.int("OUTBOX_LEASE_SECONDS", default=300)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Staden <noreply@stad.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The domain of the Message-IDs of notifications (their id makes repeats recognisable).
EMAIL_MESSAGE_ID_DOMAIN = env.str("EMAIL_MESSAGE_ID_DOMAIN", default="stad.example")
# Case references: <prefix>-<year>-<number>, e.g. GBG-2026-000123.
CASE_REFERENCE_PREFIX = env.str("CASE_REFERENCE_PREFIX", default="GBG")
# Open311 GeoReport v2 (/open311/v2/): the jurisdiction_id this server answers for, and
# the contact its discovery document names.
OPEN311_JURISDICTION_ID = env.str("OPEN311_JURISDICTION_ID", default="stad.example")
OPEN311_CONTACT = env.str(
    "OPEN311_CONTACT", default="Staden, open311@stad.example, https://www.stad.example/"
)
# Attachments: the largest file accepted, and how long an upload waits to be used by a
# submission before the retention job deletes it.
ATTACHMENT_MAX_BYTES = env.int("ATTACHMENT_MAX_BYTES", default=10 * 1024 * 1024)
ATTACHMENT_TTL_HOURS = env.int("ATTACHMENT_TTL_HOURS", default=24)
# Drafts: deleted this many days after they were last saved; their answers' size, bounded.
DRAFT_TTL_DAYS = env.int("DRAFT_TTL_DAYS", default=30)
# How long the retention job keeps records that are not public records (eservices.retention).
# Cases themselves are never deleted by it, only under a disposal decision.
IDEMPOTENCY_KEY_TTL_DAYS = env.int("IDEMPOTENCY_KEY_TTL_DAYS", default=30)
OUTBOX_RETENTION_DAYS = env.int("OUTBOX_RETENTION_DAYS", default=90)
TASK_RESULT_RETENTION_DAYS = env.int("TASK_RESULT_RETENTION_DAYS", default=14)
ACCESS_LOG_RETENTION_DAYS = env.int("ACCESS_LOG_RETENTION_DAYS", default=730)
CONTACT_TASK_TEXT_RETENTION_DAYS = env.int("CONTACT_TASK_TEXT_RETENTION_DAYS", default=180)
ANSWER_FEEDBACK_RETENTION_DAYS = env.int("ANSWER_FEEDBACK_RETENTION_DAYS", default=365)
if ACCESS_LOG_RETENTION_DAYS < 365:
    # The database refuses to delete a younger read (eservices migration 0008).
    raise ImproperlyConfigured("ACCESS_LOG_RETENTION_DAYS must be 365 or more.")
DRAFT_MAX_BYTES = 256 * 1024
DRAFTS_PER_CITIZEN = 50

# SMS: "console" prints them (development), "http" posts them to the provider's gateway,
# "none" sends none. Production must choose: printing would put phone numbers in its logs.
SMS_BACKEND = env.str("SMS_BACKEND", default="none" if PRODUCTION else "console")
if SMS_BACKEND not in {"console", "http", "none"}:
    raise ImproperlyConfigured("SMS_BACKEND must be console, http or none.")
if PRODUCTION and SMS_BACKEND == "console":
    raise ImproperlyConfigured("SMS_BACKEND=console would log phone numbers in production.")
SMS_ENABLED = SMS_BACKEND != "none"
SMS_GATEWAY_URL = env.str("SMS_GATEWAY_URL", default="")
SMS_GATEWAY_TOKEN = env.str("SMS_GATEWAY_TOKEN", default="")
if SMS_BACKEND == "http" and not SMS_GATEWAY_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured("SMS_BACKEND=http needs SMS_GATEWAY_URL.")
SMS_SENDER = env.str("SMS_SENDER", default="Staden")
# At most this many SMS to one number per window (seconds); more wait for their turn.
SMS_RATE_LIMIT = env.int("SMS_RATE_LIMIT", default=5)
SMS_RATE_LIMIT_WINDOW = env.int("SMS_RATE_LIMIT_WINDOW", default=3600)

# --- Wagtail --------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Staden"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "cms.CityImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.CityImageForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Refuses decompression bombs in the upload form; cms.imaging sets Pillow's own limit to match.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Private networks the legacy import may read old sites from (e.g. an intranet server,
# "10.1.2.0/24"); every other private, loopback or link-local address is refused.
# See cms.legacy.fetching.
LEGACY_FETCH_ALLOWED_NETWORKS = env.list("LEGACY_FETCH_ALLOWED_NETWORKS", default=[])
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILLOCALIZE_JQUERY_ENABLED = False

# The API's public address, for purging its answers from a frontend cache (api/purge.py).
# Required in production: the open-data catalogue names its datasets by it.
API_BASE_URL = (
    env.str("API_BASE_URL")
    if PRODUCTION
    else env.str("API_BASE_URL", default="http://127.0.0.1:8000")
)
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "api.purge.TimedHTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
            "TIMEOUT": FRONTEND_CACHE_PURGE_TIMEOUT,
        }
    }
    if FRONTEND_CACHE_PURGE_URL
    else {}
)
# Translations are separate pages with their own paths; no per-language URL rewriting.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# --- Shared search (search/) ---------------------------------------------------------------

# "database" (SQLite FTS5 / PostgreSQL full-text, the default) or "elasticsearch".
SEARCH_ENGINE = env.str("SEARCH_ENGINE", default="database")
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
# Each locale's alias is <prefix>-<locale>, pointing at a versioned index.
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="city-search")
if SEARCH_ENGINE == "elasticsearch" and not ELASTICSEARCH_URL:
    raise ImproperlyConfigured("SEARCH_ENGINE=elasticsearch needs ELASTICSEARCH_URL.")

# The public website; old sites' addresses are redirected to its paths (cms.legacy).
FRONTEND_URL = (
    env.str("FRONTEND_URL")
    if PRODUCTION
    else env.str("FRONTEND_URL", default="http://127.0.0.1:3000")
)
# Headless preview: the admin's preview pane opens this frontend route with ?token=&locale=.
FRONTEND_PREVIEW_URL = env.str("FRONTEND_PREVIEW_URL", default="http://127.0.0.1:3000/preview")
PREVIEW_TOKEN_TTL = 30 * 60

# Renditions the API may hand out; any other filter spec is refused (cms.imaging).
CITY_IMAGE_RENDITIONS = {
    "thumbnail": "fill-320x180",
    "card": "fill-640x360",
    "hero": "fill-1600x600",
    "content": "max-1200x1200",
    "original-webp": "original|format-webp",
}

# --- Security -------------------------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/(api|open311)/.*$"  # frontends and browser-based GeoReport apps

if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Content-Security-Policy on every answer (django-csp; config/csp.py widens it for the admin
# and the sign-in pages). CSP_EXTRA adds sources: "img-src https://cdn.example; frame-src …".
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE  # noqa: E402

from config.csp import source_of  # noqa: E402

_broker = source_of(env.str("CITIZEN_OIDC_AUTHORIZATION_ENDPOINT", default=""))
_media = source_of(MEDIA_URL)
_csp = {
    "default-src": [SELF],
    "script-src": [SELF, NONCE],  # a template's own inline script carries the nonce
    "style-src": [SELF, UNSAFE_INLINE],  # style attributes of the admin and the API docs
    "img-src": [SELF, "data:", "blob:", *filter(None, [_media])],
    "font-src": [SELF, "data:"],
    "worker-src": [SELF, "blob:"],  # the API reference (Redoc) runs a worker from a blob
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF, *filter(None, [_broker])],
    "report-uri": env.str("CSP_REPORT_URI", default="") or None,
}
for _rule in filter(str.strip, env.str("CSP_EXTRA", default="").split(";")):
    _name, *_sources = _rule.split()
    _csp[_name] = [*(_csp.get(_name) or []), *_sources]
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _csp}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- API ------------------------------------------------------------------------------------

# The defaults every view starts from; api.base.APIBaseView pins them again explicitly.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "oauth2_provider.contrib.rest_framework.OAuth2Authentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.ScopePermission"],
    "DEFAULT_RENDERER_CLASSES": ["drf_orjson_renderer.renderers.ORJSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.problem_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DATETIME_FORMAT": "iso-8601",
    "COERCE_DECIMAL_TO_STRING": False,
    # Proxies in front of the app that append to X-Forwarded-For (for anonymous rate limits).
    "NUM_PROXIES": env.int("NUM_PROXIES", default=1 if PRODUCTION else 0),
}
# Requests per client (all its tokens) and per anonymous address; see api/throttles.py.
API_THROTTLE_RATES = {
    "client": env.str("API_THROTTLE_CLIENT", default="1200/min"),
    "anonymous": env.str("API_THROTTLE_ANONYMOUS", default="300/min"),
    # Open data's bulk exports: per client whose token has opendata:read, else per address.
    "opendata": env.str("API_THROTTLE_OPENDATA", default="120/min"),
    "opendata_anonymous": env.str("API_THROTTLE_OPENDATA_ANONYMOUS", default="20/min"),
}
# Who publishes the open data (api/v1/opendata/): named in the DCAT-AP-SE catalogue and in
# every export. The publisher's IRI defaults to one under the catalogue's address.
OPENDATA_PUBLISHER_NAME = env.str("OPENDATA_PUBLISHER_NAME", default="Staden")
OPENDATA_PUBLISHER_URL = env.str("OPENDATA_PUBLISHER_URL", default="https://www.stad.example/")
OPENDATA_PUBLISHER_IRI = env.str("OPENDATA_PUBLISHER_IRI", default="")
OPENDATA_CONTACT_EMAIL = env.str("OPENDATA_CONTACT_EMAIL", default="opendata@stad.example")
# Rows read (and held) at a time while an export streams: one query each.
OPENDATA_CHUNK_SIZE = env.int("OPENDATA_CHUNK_SIZE", default=2000)
# How far before an export began its `next_updated_since` lies, in seconds: a row committed
# while the export ran may carry a time just before it began, and is sent again next time.
OPENDATA_SYNC_OVERLAP = env.int("OPENDATA_SYNC_OVERLAP", default=300)
# Exports one process streams at once (each holds a thread while the client downloads);
# more are answered 503 `exports_busy` with Retry-After. The image runs 8 threads a worker.
OPENDATA_STREAMS_PER_PROCESS = env.int("OPENDATA_STREAMS_PER_PROCESS", default=4)
# OAuth2 per RFC 9700: authorization code with PKCE (S256) and client credentials only,
# short-lived access tokens, rotated refresh tokens with replay detection, tokens hashed.
from api.scopes import INTROSPECTION, SCOPES  # noqa: E402

# Named explicitly: api.ApiClientScopes refers to it, and it is swappable.
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"


def _development_oidc_key(path: Path) -> str:
    """The development signing key: generated once, then reused so restarts keep
    issued id tokens verifiable. Linking a finished temporary file into place means
    processes starting together (web, worker, test workers) all read the same key."""
    if not path.exists():
        import os
        import tempfile

        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        path.parent.mkdir(parents=True, exist_ok=True)
        pem = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".oidc-key-")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process won the race; use its key
        finally:
            os.unlink(tmp)
    return path.read_text()


def _checked_oidc_key(pem: str) -> str:
    """Refuse a key DOT could only reject later, at the first sign-in."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    try:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError):  # TypeError: the key is encrypted
        raise ImproperlyConfigured(
            "OIDC_RSA_PRIVATE_KEY is not an unencrypted PEM private key."
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size < 2048:
        raise ImproperlyConfigured("OIDC_RSA_PRIVATE_KEY must be an RSA key of 2048 bits or more.")
    return pem


# Signs OpenID Connect id tokens (RS256). Multi-line PEM; literal "\n" are accepted too.
_oidc_rsa_private_key = env.str("OIDC_RSA_PRIVATE_KEY", default="", multiline=True)
if _oidc_rsa_private_key:
    _oidc_rsa_private_key = _checked_oidc_key(_oidc_rsa_private_key)
elif PRODUCTION:
    # Like SECRET_KEY: no production default, and no key generated on a server.
    raise ImproperlyConfigured("OIDC_RSA_PRIVATE_KEY must be set in production.")
else:
    _oidc_rsa_private_key = _development_oidc_key(VAR_DIR / "oidc-dev-key.pem")

OAUTH2_PROVIDER = {
    # `openid` asks for an OpenID Connect id token; it guards no API view.
    "SCOPES": {
        **SCOPES,
        "openid": "Sign in: tell the application who you are",
        # Marks a client-credentials client as a resource server; guards no API view.
        INTROSPECTION: "Introspect tokens at /oauth/introspect/ as a resource server",
    },
    "DEFAULT_SCOPES": [],
    # What a client may ask for depends on its grant type (api.oauth).
    "SCOPES_BACKEND_CLASS": "api.oauth.GrantTypeScopes",
    # Also refuses `?access_token=` at the OpenID Connect userinfo endpoint (api.oauth).
    "OAUTH2_BACKEND_CLASS": "api.oauth.HeaderTokenOAuthLibCore",
    # Only our opaque access tokens authorise a request, never an id token (api.oauth).
    "OAUTH2_VALIDATOR_CLASS": "api.oauth.OpaqueTokenValidator",
    "PKCE_REQUIRED": True,
    "ACCESS_TOKEN_EXPIRE_SECONDS": 15 * 60,
    "ID_TOKEN_EXPIRE_SECONDS": 15 * 60,
    "REFRESH_TOKEN_EXPIRE_SECONDS": 14 * 24 * 3600,
    "ROTATE_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "REFRESH_TOKEN_GRACE_PERIOD_SECONDS": 0,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["https"] if PRODUCTION else ["http", "https"],
    "ALLOW_URI_WILDCARDS": False,
    "OIDC_ENABLED": True,
    "OIDC_RSA_PRIVATE_KEY": _oidc_rsa_private_key,
    # Discovery advertises only what the endpoints accept (the lists do not gate them).
    "OIDC_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OAUTH2_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OAUTH2_GRANT_TYPES_SUPPORTED": ["authorization_code", "client_credentials", "refresh_token"],
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "COMPLIANT_BCP_RFC9700_REDIRECT_URI_SCHEME": PRODUCTION,
    "COMPLIANT_BCP_RFC9700_REDIRECT_URI_MATCHING": True,
    "COMPLIANT_BCP_RFC9700_PKCE_REQUIRED": True,
}
# Citizens sign in here when an app sends them to the authorization server (identity/).
# Staff sign in to the admin at /admin/login/, which is Wagtail's own.
LOGIN_URL = "/login/"

# --- Citizen sign-in ------------------------------------------------------------------------
# `oidc`: an OpenID Connect e-ID broker; `development`: a form that believes what it is told,
# for the embedded mode and tests, refused in production.
CITIZEN_SIGN_IN = env.str("CITIZEN_SIGN_IN", default="oidc" if PRODUCTION else "development")
if CITIZEN_SIGN_IN not in {"oidc", "development"}:
    raise ImproperlyConfigured("CITIZEN_SIGN_IN must be 'oidc' or 'development'.")
if PRODUCTION and CITIZEN_SIGN_IN == "development":
    raise ImproperlyConfigured("The development sign-in believes anyone; not in production.")
# Keys the hash that ties a citizen's account to their personal identity number. Changing it
# loses every citizen's link to their cases, so it is its own setting, not SECRET_KEY.
CITIZEN_IDENTITY_KEY = env.str("CITIZEN_IDENTITY_KEY", default="")
if not CITIZEN_IDENTITY_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("CITIZEN_IDENTITY_KEY must be set in production.")
    CITIZEN_IDENTITY_KEY = "development-only-identity-key"
# A citizen's sign-in at the authorization server lasts this long after the session last
# changed (Django's default is two weeks); the apps keep their own tokens.
CITIZEN_SESSION_SECONDS = env.int("CITIZEN_SESSION_SECONDS", default=15 * 60)
# The broker (mozilla-django-oidc's settings). Swedish brokers following the id.oidc.se
# profile give the number in this claim.
CITIZEN_OIDC_IDENTITY_CLAIM = env.str(
    "CITIZEN_OIDC_IDENTITY_CLAIM", default="https://id.oidc.se/claim/personalIdentityNumber"
)
OIDC_RP_CLIENT_ID = env.str("CITIZEN_OIDC_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env.str("CITIZEN_OIDC_CLIENT_SECRET", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("CITIZEN_OIDC_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env.str("CITIZEN_OIDC_TOKEN_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env.str("CITIZEN_OIDC_JWKS_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env.str("CITIZEN_OIDC_USERINFO_ENDPOINT", default="")
OIDC_RP_SIGN_ALGO = env.str("CITIZEN_OIDC_SIGN_ALGO", default="RS256")
if OIDC_RP_SIGN_ALGO not in {f"{f}{n}" for f in ("RS", "PS", "ES", "HS") for n in (256, 384, 512)}:
    raise ImproperlyConfigured("CITIZEN_OIDC_SIGN_ALGO must be RS, PS, ES or HS 256/384/512.")
# The id token's `iss` must be exactly this; `iat`/`nbf` may be this far ahead of our clock.
CITIZEN_OIDC_ISSUER = env.str("CITIZEN_OIDC_ISSUER", default="")
CITIZEN_OIDC_LEEWAY_SECONDS = env.int("CITIZEN_OIDC_LEEWAY_SECONDS", default=60)
OIDC_RP_SCOPES = env.str(
    "CITIZEN_OIDC_SCOPES", default="openid https://id.oidc.se/scope/naturalPersonNumber"
)
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_TIMEOUT = 10
OIDC_CREATE_USER = True
OIDC_STORE_ACCESS_TOKEN = False
OIDC_STORE_ID_TOKEN = False
OIDC_AUTHENTICATION_CALLBACK_URL = "oidc_authentication_callback"
LOGIN_REDIRECT_URL = "/login/done/"
LOGIN_REDIRECT_URL_FAILURE = "/login/failed/"
if CITIZEN_SIGN_IN == "oidc":
    _endpoints = (
        OIDC_RP_CLIENT_ID,
        OIDC_RP_CLIENT_SECRET,
        CITIZEN_OIDC_ISSUER,
        OIDC_OP_AUTHORIZATION_ENDPOINT,
        OIDC_OP_TOKEN_ENDPOINT,
    )
    if not all(_endpoints) or not (OIDC_OP_JWKS_ENDPOINT or OIDC_RP_SIGN_ALGO.startswith("HS")):
        raise ImproperlyConfigured(
            "CITIZEN_SIGN_IN=oidc needs CITIZEN_OIDC_CLIENT_ID, CITIZEN_OIDC_CLIENT_SECRET, "
            "CITIZEN_OIDC_ISSUER and the broker's authorization, token and JWKS endpoints."
        )
# The broker's backend is listed only when it is the one in use: it reads its settings as it
# is built, for every sign-in, the admin's too.
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
if CITIZEN_SIGN_IN == "oidc":
    AUTHENTICATION_BACKENDS.append("identity.backends.CitizenOIDCBackend")

# --- Brute-force protection (README "Tokens and lockout") ----------------------------------
# django-axes locks password sign-ins (the admin's /admin/login/) per username and address;
# its backend goes first and its middleware last, as it asks. e-ID sign-ins are not counted.
INSTALLED_APPS += ["axes"]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS.insert(0, "axes.backends.AxesStandaloneBackend")
AXES_FAILURE_LIMIT = env.int("ADMIN_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.int("ADMIN_LOGIN_COOLOFF_MINUTES", default=15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are not kept
AXES_VERBOSE = False  # a lockout shows as its 429 in the request log
AXES_CLIENT_IP_CALLABLE = "config.lockout.client_address"
AXES_WHITELIST_CALLABLE = "config.lockout.not_a_password_sign_in"
AXES_LOCKOUT_CALLABLE = "config.lockout.lockout_response"
# Failed authentications allowed per address or client id in a window; over it: 429 with
# Retry-After, before any token or secret is checked (api/throttles.py).
AUTH_FAILURE_RATES = {
    # /oauth/token/, /oauth/revoke_token/, /oauth/introspect/: per client id and per address.
    "oauth_client": env.str("OAUTH_CLIENT_FAILURE_RATE", default="10/min"),
    "oauth_address": env.str("OAUTH_ADDRESS_FAILURE_RATE", default="30/min"),
    # Bearer tokens refused on /api/: per address.
    "api_address": env.str("API_TOKEN_FAILURE_RATE", default="60/min"),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Staden API",
    "VERSION": "1.0.0",
    "OAS_VERSION": "3.1.0",
    "DESCRIPTION": (
        "Stadens gemensamma API för innehåll, sök och e-tjänster. Webbplatsen, mobilsajten, "
        "kontaktcenter och tredje part läser samma data härifrån.\n\n"
        "The city's shared API for content, search and e-services. The website, the mobile "
        "site, the contact center and third parties all read the same data here."
    ),
    "CONTACT": {
        "name": "Stadens digitala tjänster",
        "url": "https://api.stad.example/",
        "email": "api@stad.example",
    },
    "LICENSE": {"name": "CC0 1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"},
    "EXTENSIONS_INFO": {
        "x-sla": {
            "availability": "99.5 % per month, planned maintenance excluded",
            "response_time": "Median under 100 ms for cached public reads",
            "support": "Weekdays 08-17 via api@stad.example",
        },
        "x-limitations": [
            "Anonymous clients share a lower rate limit than registered clients.",
            "Only published, unrestricted content is returned without the preview scope.",
            "Text parameters must not contain the NUL character (400).",
        ],
    },
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "ENUM_NAME_OVERRIDES": {
        "FormKindEnum": ["application", "notification", "fault_report", "feedback"],
        "CaseStatusEnum": "eservices.models.Case.Status",
        "CaseReasonEnum": "eservices.models.Case.Reason",
        "NotificationKindEnum": "eservices.models.OutboxMessage.Kind",
        "NotificationChannelEnum": "eservices.models.OutboxMessage.Channel",
        "ContactChannelEnum": "contactcenter.models.Channel",
        "ContactOutcomeEnum": "contactcenter.models.Contact.Outcome",
        "TaskStatusEnum": "contactcenter.models.Task.Status",
        "FeedbackKindEnum": "contactcenter.models.AnswerFeedback.Kind",
        "FeedbackStatusEnum": "contactcenter.models.AnswerFeedback.Status",
        "RoutingMethodEnum": "cms.models.Routing.Method",
    },
    # Wagtail's own admin API views are not ours to document, and break introspection.
    "PREPROCESSING_HOOKS": ["api.schema.only_public_api"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.problem_responses",
        "api.examples.attach_examples",
    ],
    "OAUTH2_FLOWS": ["authorizationCode", "clientCredentials"],
    "OAUTH2_AUTHORIZATION_URL": "/oauth/authorize/",
    "OAUTH2_TOKEN_URL": "/oauth/token/",
    "OAUTH2_REFRESH_URL": "/oauth/token/",
    "OAUTH2_SCOPES": SCOPES,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- Logging --------------------------------------------------------------------------------

LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOG_FORMAT = env.str("LOG_FORMAT", default="json" if PRODUCTION else "console")
# IP addresses are personal data: never logged.
DJANGO_STRUCTLOG_IP_LOGGING_ENABLED = False
DJANGO_STRUCTLOG_USER_ID_FIELD = "pk"
# Behind an ingress that sets X-Request-ID, reuse its id so one request is traceable end to end.
DJANGO_STRUCTLOG_TRUST_UPSTREAM_REQUEST_ID = env.bool(
    "TRUST_UPSTREAM_REQUEST_ID", default=not PRODUCTION
)

from config.logging import build_logging  # noqa: E402

LOGGING = build_logging(level=LOG_LEVEL, fmt=LOG_FORMAT)
structlog.configure(
    processors=[
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.filter_by_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.stdlib.add_logger_name,
        structlog.stdlib.add_log_level,
        structlog.processors.StackInfoRenderer(),
        structlog.processors.format_exc_info,
        structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
    ],
    logger_factory=structlog.stdlib.LoggerFactory(),
    cache_logger_on_first_use=True,
)
