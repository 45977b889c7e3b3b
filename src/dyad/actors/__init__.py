"""Actors: knowledge base, lexicon, resolution."""
