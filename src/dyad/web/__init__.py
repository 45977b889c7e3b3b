"""The REST API (``app.create_app``) and the dashboard's static files (``static/``)."""
