# syntax=docker/dockerfile:1
# The API and worker image: production dependencies only, pinned by requirements.lock, built
# in a throwaway stage so no compiler reaches the final image; runs as an unprivileged user.

FROM python:3.11-slim AS build
# The compiler only builds wheels here; its version follows the base image's Debian release.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN python -m venv /opt/crm
ENV PATH=/opt/crm/bin:$PATH
COPY pyproject.toml README.md requirements.lock ./
COPY api api
COPY schema schema
COPY domain domain
COPY workers workers
RUN pip install --no-cache-dir -c requirements.lock .

FROM python:3.11-slim
RUN groupadd --system --gid 10001 crm \
 && useradd --system --uid 10001 --gid crm --home-dir /app --shell /usr/sbin/nologin crm \
 && mkdir -p /app /data && chown crm:crm /data
COPY --from=build /opt/crm /opt/crm
COPY --chown=10001:10001 migrations /app/migrations
WORKDIR /app
ENV PATH=/opt/crm/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATA_DIR=/data \
    MIGRATIONS_DIR=/app/migrations
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"]
CMD ["crm", "serve", "--host", "0.0.0.0", "--port", "8000"]
