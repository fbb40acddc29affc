# newsflow worker image. Everything (including spaCy pipelines) is installed at build time;
# nothing is downloaded at run time.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 NEWSFLOW_DATA_DIR=/data
COPY pyproject.toml README.md ./
COPY service ./service
COPY schemas ./schemas
COPY models ./models
RUN pip install --no-cache-dir . \
 && for m in models/*/; do if [ -f "$m/setup.py" ] || [ -f "$m/pyproject.toml" ]; then pip install --no-cache-dir "$m"; fi; done
RUN useradd --create-home newsflow && mkdir -p /data && chown newsflow /data
USER newsflow
EXPOSE 6066
HEALTHCHECK --interval=15s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:6066/healthz')"
ENTRYPOINT ["newsflow"]
CMD ["worker"]
