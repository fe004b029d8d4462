"""What an argument word of a dependency parse stands for: the actor mentions of its phrase.

"officials from China" are China's, "Hungarian and Romanian officials" both states', "tensions between India and
Pakistan" neither's, "part of a programme for Bosnia" Bosnia's. Role assignment (`dependency.py`) asks this module
which actors a subject, object or prepositional object names; the words it reads are the language's grammar.toml.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsgraph.extract.frames import MentionIndex
from newsgraph.extract.grammar import Grammar
from newsgraph.model import Mention

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj", "iobj", "attr", "oprd"}
DIRECT_OBJ = {"dobj", "obj"}


class Arguments(MentionIndex):
    """The sentence's actor mentions, read through the grammar's argument words: topic markers ("tensions between
    India and Pakistan"), origin participles ("companies based in the UAE"), member nouns ("members of the PKK"),
    quantity nouns ("part of a programme for Bosnia") and negators ("with no Ukraine ceasefire")."""

    def __init__(self, mentions: list[Mention], g: Grammar):
        super().__init__(mentions)
        self.g = g

    def of(self, tok: Token, agent: bool = False) -> list[Mention]:
        """The mentions an argument token stands for: its own span, else the nearest one in its subtree; plus conjuncts.
        An agent is never named inside its phrase after a topic word: "tensions between India and Pakistan soared and
        killed ..." is neither of them acting, while "hosted a meeting between Israel and the PLO" is about both."""
        found: list[Mention] = []
        if tok.i not in self.at and tok.lower_ in self.g.quantity_nouns:
            # "suspended part of a military aid programme for Bosnia": the quantity is no step into the phrase
            pobj = next((p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return self.of(pobj, agent)
        m = self.at.get(tok.i)
        if m is None:
            # "Russia's ally, Belarus, ...": the apposition names the argument, not the owner of its noun
            m = next((self.at[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.at), None)
        if m is None:
            # "officials from China", "the head of NATO": the actor sits inside the phrase.
            inside = [self.at[i] for i in range(tok.left_edge.i, tok.right_edge.i + 1) if i in self.at]
            inside = [x for x in inside if not _inside_clause(tok, x, self.g.origin_participles)
                      and _prep_hops(tok, x) <= MAX_PREP_HOPS
                      and not (agent and _after_topic_marker(tok, x, self.g.topic_markers))
                      and not _owns_a_relation(tok, x, self.g.relation_nouns)]
            if inside:
                # the phrase's own modifier before a prepositional one: "China's drills around Taiwan" is China's;
                # at one depth the object of the preposition before its possessor: "members of Sudan's Rapid Support
                # Forces" are the RSF's
                m = min(inside, key=lambda x: (_prep_hops(tok, x), not _holds_pobj(tok.doc, x),
                                               abs(x.tok_start - tok.i)))
        if m is not None:
            found.extend(self.all_at(m))
            # "Hungarian and Romanian officials": modifiers coordinated inside the phrase are actors too.
            for i in range(m.tok_start, m.tok_end):
                for conj in tok.doc[i].conjuncts:
                    # "Sierra Leonean and Liberian refugees", parsed as "Leonean" and "Liberian refugees": the
                    # conjunct's own modifier names the second actor
                    for cm in [self.at.get(conj.i)] if conj.i in self.at else [
                            self.at.get(mod.i) for mod in conj.children if mod.dep_ == "amod" and mod.i < conj.i]:
                        if cm is not None and cm not in found:
                            found.append(cm)
        for conj in [*tok.conjuncts, *_listed_appositions(tok)]:
            if conj.i > tok.i:
                cm = self.at.get(conj.i)
                if cm is not None and cm not in found:
                    found.append(cm)
        return found


def backs_a_noun(doc, m: Mention, participles: frozenset[str]) -> bool:
    """'Iran-aligned groups', 'a China-brokered deal': the mention is joined by a hyphen to a participle of backing."""
    end = m.tok_end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in participles


def _holds_pobj(doc, m: Mention) -> bool:
    """Whether the mention is a preposition's object itself, not a modifier of one."""
    return any(doc[i].dep_ == "pobj" for i in range(m.tok_start, m.tok_end))


def _listed_appositions(tok: Token) -> list[Token]:
    """'Mali, Burkina Faso and Niger': the parser often takes the second of a list for an apposition of the first;
    an apposition that is itself coordinated is a list item, with its conjuncts."""
    items: list[Token] = []
    for child in tok.children:
        if child.dep_ == "appos" and any(c.dep_ == "cc" for c in child.children):
            items += [child, *child.conjuncts]
    return items


# "officials from China" is China's; "its role in the invasion of Ukraine" is not Ukraine's.
MAX_PREP_HOPS = 1


def _path(head: Token, m: Mention) -> Iterator[Token]:
    """The tokens from a mention's first word up the parse to an argument word above it (the argument excluded)."""
    tok = head.doc[m.tok_start]
    while tok.i != head.i and tok.head.i != tok.i:
        yield tok
        tok = tok.head


def _prep_hops(head: Token, m: Mention) -> int:
    """How many prepositions lie between an argument word and a mention inside its phrase."""
    return sum(tok.dep_ == "prep" for tok in _path(head, m))


def _after_topic_marker(head: Token, m: Mention, markers: frozenset[str]) -> bool:
    """A mention reached from an argument word through "between", "about" ...: the phrase is about them."""
    return any(tok.dep_ == "prep" and tok.lower_ in markers for tok in _path(head, m))


def _owns_a_relation(head: Token, m: Mention, nouns: frozenset[str]) -> bool:
    """'the deputy chief of Israel's militia ally', 'urged Ukraine's allies': the possessor of an ally, a rival or a
    neighbour is not the one it names."""
    return any(tok.dep_ == "poss" and tok.head.lemma_.lower() in nouns for tok in _path(head, m))


def _inside_clause(head: Token, m: Mention, origin_participles: frozenset[str] = frozenset()) -> bool:
    """A mention in a relative or complement clause under the argument is not the argument; a participle saying
    where the argument is from is no clause ("seven companies based in the United Arab Emirates")."""
    return any(tok.dep_ in ("relcl", "ccomp", "acl", "advcl")
               and not (tok.dep_ == "acl" and tok.lemma_.lower() in origin_participles) for tok in _path(head, m))


NOUN_ARG_DEPS = ("poss", "compound", "amod", "nmod")
NOUN_ARG_PREPS = ("by", "from", "of")


def pobj_actors(prep: Token, args: Arguments) -> list[Mention]:
    """The actors a preposition's object stands for."""
    for pobj in [*(c for c in prep.children if c.dep_ == "pobj"), *_stranded_object(prep)]:
        if not any(c.dep_ == "det" and c.lower_ in args.g.negators for c in pobj.children):
            found = args.of(pobj)
            if found:
                return found
    return []


def _stranded_object(prep: Token) -> list[Token]:
    """"granted asylum to five officers holed up in a residence": the parser may make the preposition's object the
    subject of the participle after it, leaving the preposition with no object; the noun phrase right after it is."""
    if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return []
    nxt = prep.i + 1
    return [t for t in prep.doc[nxt:min(len(prep.doc), nxt + 6)]
            if t.left_edge.i == nxt and t.dep_ in SUBJ | PASS_SUBJ and t.pos_ in ("NOUN", "PROPN")][:1]


def pobj_own_actors(prep: Token, args: Arguments) -> list[Mention]:
    """The actor a pattern noun's "of"/"by" phrase names itself ("a demand by Russia", "the expulsion of Russia's
    envoys"), never one deeper in it: "signed the memorandum of understanding in Addis Ababa" names a place."""
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            if pobj.i in args.at:
                return args.of(pobj)
            return modifier_actors(pobj, args)
    return []


def named_by(tok: Token, args: Arguments) -> list[Mention]:
    """The actors a word itself names: its own mention or its modifiers' ('Russian forces', 'Kyiv's army')."""
    if tok.i in args.at:
        return args.of(tok)
    return modifier_actors(tok, args)


def modifier_actors(noun: Token, args: Arguments) -> list[Mention]:
    """The actors among a noun's own modifiers before it ("Israeli air raids", "Russia's attack")."""
    for mod in noun.children:
        if mod.dep_ in NOUN_ARG_DEPS and mod.i < noun.i:
            found = args.of(mod)
            if found:
                return found
    return []
