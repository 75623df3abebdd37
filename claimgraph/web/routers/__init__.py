"""The app's routes: pages for people (pages.py) and JSON for programs (api.py)."""
