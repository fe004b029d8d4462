"""A body named again by the first word of its name: "Mahkamah" after "Mahkamah Internasional (ICJ)", "Komisi"
after "Komisi Eropa", in languages whose names put their head first (actor_syntax.tsv: `short_body_name first`).

Like a surname for a person, the word alone names only a body the article has already named.
"""

from __future__ import annotations

from collections import defaultdict

from newsgraph.actors.tables import LanguageTables
from newsgraph.actors.tokens import Tokens, make_mention
from newsgraph.actors.tracker import ArticleActors
from newsgraph.model import ORGANIZATION, Mention

NAME_KINDS = {"label", "alias"}  # a full name; an abbreviation or a metonym has no head word


class BodyHeads:
    """The first words of organisations' names, and the body such a word names in an article."""

    def __init__(self, t: LanguageTables):
        self.kb = t.kb
        self.heads: dict[str, set[str]] = defaultdict(set)  # lower-cased first word -> body keys
        if "first" not in t.short_body_names:
            return
        tokenize = t.nlp.tokenizer
        for name in t.kb.names(t.lang):
            words = [w.text for w in tokenize(name.text)]
            if (name.kind in NAME_KINDS and len(words) >= 2 and words[0][:1].isupper()
                    and all(t.kb.actors[k].type == ORGANIZATION for k in name.keys)):
                self.heads[words[0].lower()].update(name.keys)

    def head_mention(self, toks: Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        """'Retno meminta Mahkamah menyatakan ...': the one body of the article whose name starts with the word (of
        several, the one named last), when the word stands alone: "Mahkamah Konstitusi" is another body's name."""
        bodies = self.heads.get(toks.lowers[i])
        if not bodies or not toks.caps[i] or (i + 1 < toks.n and toks.caps[i + 1]):
            return None
        present = bodies & tracker.keys
        if not present:
            return None
        if len(present) == 1:
            actor = self.kb.actors[next(iter(present))]
        else:
            actor = tracker.recent(lambda a: a.key in present)
            if actor is None:
                return None
        return [make_mention(toks, i, i + 1, actor, toks.texts[i], "coref")]
