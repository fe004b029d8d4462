"""Role assignment from a Universal Dependencies parse (Indonesian: the parser trained by tools/train_id_parser.py).

The same job as `dependency` (English, ClearNLP labels) over UD labels:
- agent: nsubj / csubj; for a passive (nsubj:pass, or a di- verb by the lexicon's morphology) the patient is the
  subject and the agent an obl:agent, an obl/nmod marked by "oleh", or a bare nominal right after the verb
  ("dikecam NATO", which parsers often label obj);
- target: obj / iobj, else an obl/nmod whose case marker is one of the trigger's or the grammar's object markers
  ("mengecam keras terhadap Israel", "memberikan bantuan kepada Ukraina");
- subjects are inherited along xcomp / conj / advcl, and from the head noun of a relative clause ("negara yang
  menyerang Ukraina"); conjuncts of an argument are arguments too ("NATO dan Amerika Serikat");
- a verb in the ccomp / parataxis of a speech verb records that verb's subject as the claim's source;
- a nominal trigger ("serangan Rusia terhadap Ukraina") takes its agent from a genitive nmod and its target from a
  marked nmod / obl.
Negators and modal words come from grammar.toml, read off the predicate's dependents.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.frames import CONTROL_ROOTS, Frame, SentenceContext
from newsgraph.extract.grammar import Grammar
from newsgraph.model import REGION, Mention

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubj:pass", "csubj:pass")
OBJ = ("obj", "iobj")
MARKED = ("obl", "nmod", "obl:arg")  # phrases a case marker turns into a target or an agent
GENITIVE = ("nmod", "compound", "flat", "appos")  # by base label: nmod:poss, flat:name too
NAME_PARTS = ("flat", "compound", "appos")  # a predicate attached with these was read as part of a name
CLAUSAL = ("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj", "xcomp")
MAX_INHERIT = 4


def _base(dep: str) -> str:
    return dep.split(":", 1)[0]


class _Args:
    """Which actor mention a token stands for."""

    def __init__(self, mentions: list[Mention], g: Grammar):
        # Prepositions that make a phrase a circumstance, never a participant ("situasi di Ukraina").
        self.circumstantial = g.oblique_markers - g.object_markers - g.agent_markers
        self.at: dict[int, Mention] = {}
        for m in mentions:
            if m.actor is not None and m.actor.type != REGION:
                for i in range(m.tok_start, m.tok_end):
                    self.at[i] = m

    def own(self, tok: Token) -> Token | None:
        """The token of the mention the phrase headed by `tok` names: its own, else the nearest one in its
        subtree outside clauses ("Menteri Luar Negeri Rusia", "bantuan militer ke Ukraina")."""
        if tok.i in self.at:
            return tok
        inside = [i for i in range(tok.left_edge.i, tok.right_edge.i + 1) if i in self.at]
        inside = [i for i in inside if not _inside_clause(tok, self.at[i], self.circumstantial)]
        return tok.doc[min(inside, key=lambda i: abs(i - tok.i))] if inside else None

    def of(self, tok: Token) -> list[Mention]:
        """The mentions an argument stands for, with its conjuncts ("Indonesia, Malaysia, dan Filipina"; "ke
        Ukraina dan Israel")."""
        found: list[Mention] = []
        for t in [tok, *sorted(tok.conjuncts, key=lambda c: c.i)]:
            hit = self.own(t)
            if hit is None:
                continue
            for h in [hit, *sorted(hit.conjuncts, key=lambda c: c.i)] if hit is not t else [hit]:
                m = self.at.get(h.i)
                if m is not None and m not in found:
                    found.append(m)
        return found


def _inside_clause(head: Token, m: Mention, circumstantial: frozenset[str]) -> bool:
    """A mention in a clause under the argument, a conjunct of it, or in a circumstance phrase ("di Ukraina") is
    not the argument."""
    tok = head.doc[m.tok_start]
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in CLAUSAL or tok.dep_ == "conj" or _case(tok) in circumstantial:
            return True
        tok = tok.head
    return False


def _case(tok: Token) -> str | None:
    """The preposition marking a nominal ("terhadap" in "terhadap Ukraina"), read from its case dependent."""
    for c in tok.children:
        if c.dep_ == "case" and c.i < tok.i:
            return c.lower_
    return None


def _marked(tok: Token, markers: frozenset[str]) -> bool:
    case = _case(tok)
    return case is not None and case in markers


def _subject(verb: Token, args: _Args, labels=SUBJ) -> list[Mention]:
    found: list[Mention] = []
    for c in verb.children:
        if c.dep_ in labels:
            if c.lower_ == "yang" and verb.dep_.startswith("acl"):
                return args.of(verb.head)  # "negara yang menyerang": the relative pronoun stands for the noun
            # Coordinated subjects are often each labelled nsubj ("Indonesia dan Singapura menandatangani").
            found += [m for m in args.of(c) if m not in found]
    return found


def _inherited_subject(verb: Token, args: _Args) -> list[Mention]:
    """The verb's subject, else one inherited up xcomp / conj / advcl chains or from a relative clause's noun."""
    tok = verb
    prev_dep = ""
    for _ in range(MAX_INHERIT):
        found = _subject(tok, args)
        if found:
            return found
        if tok is not verb and any(c.dep_ in PASS_SUBJ for c in tok.children):
            # "Prabowo dijadwalkan mengunjungi Tiongkok": the passive matrix's subject does the complement.
            return _subject(tok, args, PASS_SUBJ) if prev_dep == "xcomp" else []
        prev_dep = tok.dep_
        if tok.dep_.startswith("acl") and tok.head.i != tok.i:
            return args.of(tok.head)
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
            tok = tok.head
        elif tok is verb and _base(tok.dep_) in ("obl", "obj") and tok.head.pos_ in ("VERB", "AUX"):
            # A verbal trigger word inside a light-verb phrase ("berbicara melalui telepon"): the verb's subject.
            tok = tok.head
        else:
            break
    return []


def _passive_roles(verb: Token, args: _Args, g: Grammar) -> tuple[list[Mention], list[Mention], bool]:
    """(agents, patients, implicit agent) of a passive verb."""
    patients: list[Mention] = []
    for c in verb.children:
        if c.dep_ in PASS_SUBJ or c.dep_ in SUBJ:
            patients = args.of(c)
            if patients:
                break
    if not patients and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        # "Ukraina diserang dan diduduki oleh Rusia": the patient is shared with the first conjunct.
        for c in verb.head.children:
            if c.dep_ in PASS_SUBJ or c.dep_ in SUBJ:
                patients = args.of(c)
                break
    agents: list[Mention] = []
    for c in verb.children:
        if c.dep_ == "obl:agent" or _base(c.dep_) in ("obl", "nmod") and _case(c) in g.agent_markers:
            agents = args.of(c)
            if agents:
                return agents, patients, False
    for c in verb.children:
        # "dikecam NATO": a bare agent right after a di- verb; parsers label it obj or obl.
        if c.i > verb.i and (c.dep_ in OBJ or _base(c.dep_) in ("obl", "nmod") and _case(c) is None):
            agents = args.of(c)
            if agents:
                return agents, patients, False
    return agents, patients, True


def _trigger_words(t, verb: Token) -> list[Token]:
    doc = verb.doc
    words = getattr(t, "tokens", None) or range(t.tok_start, t.tok_end)
    return [verb] + [doc[i] for i in words if i != verb.i]


def _targets(verb: Token, heads: list[Token], args: _Args, markers: frozenset[str]) -> list[Mention]:
    """obj / iobj of the trigger's words (or an actor inside that object: "menolak tuntutan Amerika Serikat"),
    else a marked oblique; a light verb's noun may carry it ("menjatuhkan sanksi terhadap Rusia")."""
    span = {h.i for h in heads}
    for h in heads:
        for c in h.children:
            # A bare nmod right of the verb is a misread object ("mendeportasi seorang buronan/nmod asal Singapura").
            if c.i > verb.i and (c.dep_ in OBJ or h is verb and c.dep_ == "nmod" and _case(c) is None):
                found = [m for m in args.of(c) if not all(i in span for i in range(m.tok_start, m.tok_end))]
                if found:
                    return found + _stray_conjuncts(h, c, found, args)
    for h in heads:
        for c in h.children:
            if _base(c.dep_) in ("obl", "nmod") and c.i not in span and _marked(c, markers):
                found = args.of(c)
                if found:
                    return found
    # An object noun of the verb may carry the marked target ("memberikan bantuan kepada Ukraina").
    for c in verb.children:
        if c.dep_ in OBJ or _base(c.dep_) == "obl":
            for cc in c.children:
                if _base(cc.dep_) in ("nmod", "obl") and _marked(cc, markers):
                    found = args.of(cc)
                    if found:
                        return found
    return []


def _stray_conjuncts(head: Token, arg: Token, found: list[Mention], args: _Args) -> list[Mention]:
    """'menyerukan Israel dan Hamas': a second conjunct the parser hung on the verb instead of the first one."""
    extra = []
    for c in head.children:
        if c.dep_ == "conj" and c.i > arg.i and c.pos_ in ("PROPN", "NOUN") and any(
                cc.dep_ == "cc" for cc in c.children):
            m = args.at.get(c.i)
            if m is not None and m not in found and m.tok_start - found[-1].tok_end <= 2:
                extra.append(m)
    return extra


def _complement(verb: Token) -> Token | None:
    """The verbal complement right of a verb ("meminta NATO mundur"); parsers label it xcomp, ccomp, advcl or obl."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp", "advcl", "obl", "parataxis") and c.i > verb.i and c.pos_ == "VERB":
            return c
    return None


def _raised_object(verb: Token, t, args: _Args, agents: list[Mention]) -> list[Mention]:
    """'menuduh Tiongkok memasok …', 'mengizinkan ASEAN mengirim …': the parser makes the actor right after the
    verb the complement's subject; it is the verb's target."""
    comp = _complement(verb)
    if comp is None:
        return []
    found = [m for m in _subject(comp, args) if m not in agents]
    if found and found[0].tok_start - t.tok_end <= 2:
        return found
    if comp.i == t.tok_end and comp.dep_ == "xcomp":
        # Serial verbs: "melarang masuk puluhan pejabat Australia".
        return [m for m in _targets(comp, [comp], args, frozenset()) if m not in agents]
    return []


def _negated(verb: Token, g: Grammar) -> bool:
    tok = verb
    for _ in range(3):
        if any(c.lower_ in g.negators and c.dep_ not in ("case", "mark", "cc") for c in tok.children):
            return True
        # "tidak akan menyerang": the negator may hang off an auxiliary.
        if any(c.dep_ == "aux" and any(cc.lower_ in g.negators for cc in c.children) for c in tok.children):
            return True
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            break
        tok = tok.head
    return False


def _modality(verb: Token, g: Grammar) -> str | None:
    tok = verb
    for _ in range(3):
        for c in tok.children:
            if c.dep_ in ("aux", "mark", "advmod") or _base(c.dep_) == "advmod":
                mod = g.modality_of(c.lower_)
                if mod:
                    return mod
        if tok.dep_ == "xcomp" and tok.head.i != tok.i:
            mod = g.modality_of(tok.head.lower_)
            if mod:
                return mod
            tok = tok.head
        elif tok.dep_ in ("advcl", "conj") and tok.head.i != tok.i:
            if any(c.dep_ == "mark" and g.modality_of(c.lower_) == "conditional" for c in tok.children):
                return "conditional"
            break
        else:
            break
    return None


def _reporter(verb: Token, args: _Args, ctx: SentenceContext) -> Mention | None:
    """The speaker when the verb sits in the complement of a speech verb ("X mengatakan Y menyerang Z"), or
    "menurut X" governs the clause."""
    tok = verb
    for _ in range(MAX_INHERIT):
        for c in tok.children:
            if _base(c.dep_) in ("obl", "nmod") and _case(c) in ctx.grammar.according_to:
                found = args.of(c)
                if found:
                    return found[0]
        if tok.head.i == tok.i:
            return None
        head = tok.head
        if tok.dep_ in ("ccomp", "parataxis") and ctx.lexicon.is_reporting_verb(head):
            found = _inherited_subject(head, args)
            return found[0] if found else None
        tok = head
    return None


def _predicative(t, verb: Token) -> bool:
    """A nominal-looking trigger used as the predicate ("Indonesia dan Australia sepakat"): it has a subject."""
    return any(c.dep_ in SUBJ for c in verb.children) or verb.dep_ == "ROOT" and verb.pos_ != "NOUN"


def _nominal(t, noun: Token, args: _Args, markers: frozenset[str]) -> Frame | None:
    """'serangan Rusia terhadap Ukraina', 'sanksi AS terhadap Rusia', 'tuduhan Rusia bahwa NATO …'."""
    agents: list[Mention] = []
    agent_tok = None
    for c in noun.children:
        if _base(c.dep_) in GENITIVE and c.i > noun.i and _case(c) is None:
            agents = args.of(c)
            if agents:
                agent_tok = c
                break
    if not agents:
        return None
    for h in (noun, agent_tok):
        for c in h.children:
            if _base(c.dep_) in ("nmod", "obl") and c is not agent_tok and _marked(c, markers):
                objects = args.of(c)
                if objects:
                    frame = Frame(t, agents, objects)
                    frame.features.add("nominal")
                    frame.distance = max(abs(m.tok_start - noun.i) for m in agents + objects)
                    return frame
    return None


def _verbal(t, verb: Token, args: _Args, markers: frozenset[str], g: Grammar) -> Frame | None:
    # The lexicon's morphology (di-) is surer than the parser's nsubj:pass on a small treebank.
    passive = t.voice == "passive" or t.voice not in ("active", "object_focus") and any(
        c.dep_ in PASS_SUBJ for c in verb.children)
    if passive:
        agents, patients, implicit = _passive_roles(verb, args, g)
        if not agents or not patients:
            return None
        frame = Frame(t, agents, patients, implicit_agent=implicit)
        frame.features.add("passive")
    else:
        agents = _inherited_subject(verb, args) or _subject(verb, args, PASS_SUBJ)
        objects = _targets(verb, _trigger_words(t, verb), args, markers) or _raised_object(verb, t, args, agents)
        comp = _complement(verb) if t.code[:2] in CONTROL_ROOTS else None
        if not objects and comp is not None:
            # A control verb borrows its complement's target ("berjanji memberikan bantuan kepada Ukraina").
            objects = [m for m in _targets(comp, [comp], args, markers) if m not in agents]
        if not objects and len(agents) > 1:
            # "Indonesia dan Australia sepakat", "India dan Pakistan saling tuduh": they act on each other.
            frame = Frame(t, agents, list(agents))
            frame.features.add("reciprocal")
            return frame
        if not agents or not objects:
            return None
        frame = Frame(t, agents, objects)
    frame.distance = max(abs(m.tok_start - verb.i) for m in frame.subjects + frame.objects)
    return frame


def _unparsed(sent: Span, triggers: list) -> bool:
    """A tree this strategy cannot read: a verbal predicate attached as part of a name ("ASEAN mengimbau/flat
    Myanmar"), or hung as a modifier under a nominal root ("Niger/ROOT memutus/nmod hubungan"). The treebank has no
    title-case headlines, so the parser reads most of them that way."""
    doc = sent.doc
    for t in triggers:
        if t.nominal or t.voice not in ("active", "passive"):
            continue
        verb = doc[t.head]
        if _base(verb.dep_) in NAME_PARTS:
            return True
        if verb.dep_ in ("nmod", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.head.i < verb.i and not any(c.dep_ in SUBJ for c in verb.children):
            return True
    return False


def assign_roles(sent: Span, mentions: list[Mention], triggers: list, ctx: SentenceContext) -> list[Frame]:
    # Headlines, broken trees and object-focus clauses ("Moskow mereka kecam", which the treebank barely has) are
    # read by the word-order rules.
    by_rules = triggers if ctx.headline or _unparsed(sent, triggers) else [
        t for t in triggers if t.voice == "object_focus"]
    frames: list[Frame] = []
    if by_rules:
        from newsgraph.extract import linear

        frames = linear.assign_roles(sent, mentions, by_rules, ctx)
        for f in frames:
            f.features.add("linear-fallback")
        triggers = [t for t in triggers if t not in by_rules]
    g: Grammar = ctx.grammar
    args = _Args(mentions, g)
    doc = sent.doc
    lent = set()  # complements whose target a control verb borrowed: not events of their own
    for t in triggers:
        verb = doc[t.head]
        if t.code[:2] in CONTROL_ROOTS:
            comp = _complement(verb)
            if comp is not None:
                lent.add(comp.i)
    for t in sorted(triggers, key=lambda t: t.tok_start):
        verb = doc[t.head]
        if verb.i in lent:
            continue
        markers = frozenset(w.lower() for w in (t.object_markers or ())) | g.object_markers
        if t.nominal and not _predicative(t, verb):
            frame = _nominal(t, verb, args, markers)
        else:
            reporting = ctx.lexicon.is_reporting_verb(verb)
            frame = _verbal(t, verb, args, markers, g)
            # A speech verb is an event only towards an addressee ("mengatakan kepada NATO").
            if reporting and (frame is None or not any(
                    any(_case(doc[i]) in g.addressee_markers for i in range(o.tok_start, o.tok_end))
                    for o in frame.objects)):
                continue
        if frame is None:
            continue
        frame.negated = _negated(verb, g)
        frame.modality = _modality(verb, g)
        reporter = _reporter(verb, args, ctx)
        if reporter is not None and reporter not in frame.subjects:
            frame.source = reporter
        region = ctx.quote_at(verb.idx)
        if region is not None:
            frame.quote = True
            frame.source = region.speaker
        frames.append(frame)
    return frames
