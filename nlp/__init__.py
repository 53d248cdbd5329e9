"""Counterclaim: claims, voices, blame and contradictions in incident reporting."""

__version__ = "0.1.0"
