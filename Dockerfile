# syntax=docker/dockerfile:1
# Production image: gunicorn behind the platform's ingress, static files collected at build.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /venv
COPY pyproject.toml README.md ./
COPY config ./config
COPY cms ./cms
COPY api ./api
COPY eservices ./eservices
COPY search ./search
RUN /venv/bin/pip install --upgrade pip && /venv/bin/pip install .

FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_ENV=production \
    VAR_DIR=/app/var \
    STATIC_ROOT=/app/static \
    MEDIA_ROOT=/app/var/media \
    LOG_FORMAT=json
RUN groupadd --system --gid 10001 city \
    && useradd --system --uid 10001 --gid city --home-dir /app --shell /usr/sbin/nologin city
COPY --from=build /venv /venv
WORKDIR /app
COPY manage.py ./
# Static files are built into the image. The build-time secrets below are throwaway values
# that exist only for this step; the running container gets its own from the environment.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost REDIS_URL=redis://localhost:6379/0 \
    CITIZEN_IDENTITY_KEY=collectstatic-only CITIZEN_OIDC_CLIENT_ID=collectstatic-only \
    CITIZEN_OIDC_CLIENT_SECRET=collectstatic-only \
    CITIZEN_OIDC_AUTHORIZATION_ENDPOINT=https://localhost/ CITIZEN_OIDC_TOKEN_ENDPOINT=https://localhost/ \
    CITIZEN_OIDC_JWKS_ENDPOINT=https://localhost/ \
    OIDC_RSA_PRIVATE_KEY="$(python -c 'from cryptography.hazmat.primitives import serialization as s; from cryptography.hazmat.primitives.asymmetric import rsa; print(rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption()).decode())')" \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/var/media /app/var/attachments && chown -R city:city /app/var
USER city
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-m", "config.healthcheck"]
# Threaded workers: a long open-data download holds one thread, not a whole worker, and
# the worker's heartbeat keeps running meanwhile, so --timeout does not cut it off.
CMD ["gunicorn", "config.wsgi:application", \
     "--bind", "0.0.0.0:8000", \
     "--workers", "3", "--worker-class", "gthread", "--threads", "8", \
     "--max-requests", "2000", "--max-requests-jitter", "200", \
     "--timeout", "30", \
     "--forwarded-allow-ips", "*"]
