"""The language stage: detect an article's language and give it the spaCy pipeline for that language."""
