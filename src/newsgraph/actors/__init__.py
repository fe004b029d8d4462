"""Actors: the knowledge base (ontology/actors/) and the resolver that finds actors in sentences.

    from newsgraph.actors import load_kb, ActorResolver, ArticleActors
    kb = load_kb()
    resolver = resolver_for("id")                       # or ActorResolver(kb, lang="id")
    tracker = ArticleActors(date=article.date)          # one per article
    mentions = resolver.find_mentions(sentence_span, tracker)
"""

from __future__ import annotations

import functools

from newsgraph.actors.kb import KnowledgeBase, Office, Role, load_kb
from newsgraph.actors.rdf import actor_iri, kb_triples
from newsgraph.actors.resolver import ActorResolver
from newsgraph.actors.tracker import ArticleActors


@functools.lru_cache(maxsize=None)
def resolver_for(lang: str) -> ActorResolver:
    """The cached resolver for a language over the default knowledge base."""
    return ActorResolver(load_kb(), lang=lang)


__all__ = [
    "ActorResolver",
    "ArticleActors",
    "KnowledgeBase",
    "Office",
    "Role",
    "actor_iri",
    "kb_triples",
    "load_kb",
    "resolver_for",
]
