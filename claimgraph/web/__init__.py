"""The web app: FastAPI pages and a JSON API over the store's read queries, plus analysts' corrections."""
