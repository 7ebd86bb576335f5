# syntax=docker/dockerfile:1
# Production image: gunicorn behind the platform's ingress, static files collected at build.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /venv && /venv/bin/pip install --upgrade pip
# The whole tree (.dockerignore leaves out tests, benchmarks and local state): which
# packages and data files are installed is decided in one place, pyproject.toml.
COPY . .
RUN /venv/bin/pip install .

FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_ENV=production \
    VAR_DIR=/app/var \
    STATIC_ROOT=/app/static \
    MEDIA_ROOT=/app/var/media \
    CONTRACT_EXAMPLES_DIR=/app/contract-examples \
    LOG_FORMAT=json
RUN groupadd --system --gid 10001 city \
    && useradd --system --uid 10001 --gid city --home-dir /app --shell /usr/sbin/nologin city
COPY --from=build /venv /venv
WORKDIR /app
COPY manage.py ./
COPY frontend-contract/examples ./contract-examples
# Static files are built into the image. The build-time secrets below are throwaway values
# that exist only for this step; the running container gets its own from the environment.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost REDIS_URL=redis://localhost:6379/0 \
    CITIZEN_IDENTITY_KEY=collectstatic-only CITIZEN_OIDC_CLIENT_ID=collectstatic-only \
    CITIZEN_OIDC_CLIENT_SECRET=collectstatic-only \
    CITIZEN_OIDC_AUTHORIZATION_ENDPOINT=https://localhost/ CITIZEN_OIDC_TOKEN_ENDPOINT=https://localhost/ \
    CITIZEN_OIDC_JWKS_ENDPOINT=https://localhost/ CITIZEN_OIDC_ISSUER=https://localhost/ \
    OIDC_RSA_PRIVATE_KEY="$(python -c 'from cryptography.hazmat.primitives import serialization as s; from cryptography.hazmat.primitives.asymmetric import rsa; print(rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption()).decode())')" \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/var/media /app/var/attachments && chown -R city:city /app/var
USER city
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-m", "config.healthcheck"]
# Workers, threads, timeouts and gunicorn's (redacted) log lines: config/gunicorn.py.
CMD ["gunicorn", "--config", "python:config.gunicorn", "config.wsgi:application"]
