"""Every word list the extractors use, defined once and named for what it is.

One module per domain (``speech``: reporting verbs and speech cues; ``names``: titles, name
particles, given-name cues; ...). Extractors import from here; nothing else defines a word list.
"""
