"""Loader: reads curated YAML files, validates and links them, and builds the database."""
