FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY api api
COPY schema schema
COPY domain domain
COPY workers workers
COPY migrations migrations
RUN pip install --no-cache-dir -e .
EXPOSE 8000
CMD ["crm", "serve", "--host", "0.0.0.0"]
