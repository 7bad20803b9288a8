# Pregnancy Loss Information API: a small, non-root image that carries its built database.
# Every step also runs outside Docker: install the lock file, `python -m app load`, serve.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PLAPI_HOST=0.0.0.0 \
    PLAPI_PORT=8000

WORKDIR /srv/plapi

COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock

COPY app ./app
COPY migrations ./migrations
COPY data ./data

# The database is built at image build time, owned by root and read-only to the service.
RUN python -m app load \
    && useradd --system --no-create-home --uid 10001 plapi

USER 10001
# The API, and Prometheus metrics (PLAPI_METRICS_PORT), which stay off the public network.
EXPOSE 8000 9100

HEALTHCHECK --interval=30s --timeout=3s --start-period=5s \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ['PLAPI_PORT']}/readyz\", timeout=2)"]

CMD ["python", "-m", "app", "serve", "--no-build"]
