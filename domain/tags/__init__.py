"""Tags: vectorised tag rules (RFM, lifecycle, tiers, ...) and the BG/NBD purchase model.

The modules here are pure numpy/scipy; services wire them to PostgreSQL and Redis bitmaps.
"""
