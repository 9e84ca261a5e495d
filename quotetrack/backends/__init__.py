"""Backends turn text into a :class:`~quotetrack.document.Document`: tokens, sentences, entities, parse."""
