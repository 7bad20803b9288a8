"""Pregnancy Loss Information API: curated, cited pregnancy-loss information as typed JSON."""
