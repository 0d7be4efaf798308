"""Recommendations: interaction matrices, item vectors, Annoy indexes, rules and evaluation.

The modules here are pure numpy/scipy or file-only; services wire them to PostgreSQL and Redis.
"""
