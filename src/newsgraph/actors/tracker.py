"""Per-article memory of the actors seen so far, for coreference and for context.

One `ArticleActors` per article; the resolver calls `next_sentence` and `note` as it reads. It answers only
confident questions: who was the last body named in the last two sentences, whose surname is "Stoltenberg"
in this article (when exactly one person seen so far carries it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from newsgraph.model import PERSON, REGION, STATE, Actor, Mention

WINDOW = 2  # sentences back that a pronoun or "the alliance" may reach
TOGETHER_REACH = 12  # sentences back that "the three countries" may reach: a list of three is remembered longer
# East Asian names put the family name first and keep it short ("Xi", "Lin", "Kim", "Yoon"): a short first word of
# a known name is registered as a surname too. Western given names this short ("Joe") rarely stand alone in news.
FAMILY_FIRST_MAX = 4


@dataclass
class _Seen:
    sentence: int
    actor: Actor
    new: bool = False  # the article names this body here for the first time
    aside: bool = False  # inside a relative clause set off by a comma (", which have formed their own AES,")
    tokens: range = range(0)  # the mention's tokens in the document


@dataclass
class ArticleActors:
    date: dt.date | None = None
    sentence: int = -1
    _seen: list[_Seen] = field(default_factory=list)
    _names: dict[tuple[str, ...], str | None] = field(default_factory=dict)  # name suffix -> person key
    _given: dict[str, str | None] = field(default_factory=dict)  # first word of a name -> person key
    # one-word names nobody knows ("Menurut Iqbal, ..."): a weaker claim, asked only when no full name has the word
    _lone: dict[tuple[str, ...], str | None] = field(default_factory=dict)
    _people: dict[str, Actor] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)  # every actor key seen, persons' affiliations included
    # runs of actors named as coordinated ("Pakistan and Afghanistan", "Araghchi and Witkoff"): (sentence, actors,
    # after an intermediary cue: "mediated by Qatar and Turkey")
    _together: list[tuple[int, list[Actor], bool]] = field(default_factory=list)

    def next_sentence(self) -> None:
        self.sentence += 1

    def note(self, mention: Mention, aside: bool = False) -> None:
        actor = mention.actor
        if actor is None:
            return
        self._seen.append(_Seen(self.sentence, actor, _body(actor).key not in self.keys, aside,
                                range(mention.tok_start, mention.tok_end)))
        self.keys.add(actor.key)
        if actor.affiliation is not None:
            self.keys.add(actor.affiliation.key)
        if actor.type == PERSON and mention.how != "coref":
            self._people[actor.key] = actor
            # The canonical name, and the spelling the article used when the mention is just a name.
            for name in {actor.label, mention.text if mention.how == "alias" else actor.label}:
                words = tuple(w.lower() for w in name.split())
                if len(words) == 1 and not actor.qid:
                    # A lone name nobody knows ("Maduro" in a headline) is a short form, not a claim: it must not
                    # make "Maduro" ambiguous once the body names "Nicolás Maduro". It still names its person when
                    # the article gives no fuller name ("Menurut Iqbal, ... Iqbal juga mendesak Myanmar ...").
                    _claim(self._lone, words, actor.key)
                    continue
                # Every tail of the name ("stoltenberg", "jens stoltenberg"); two people sharing one: no answer.
                parts = [words[i:] for i in range(len(words))]
                if 1 < len(words) <= 3 and len(words[0]) <= FAMILY_FIRST_MAX:
                    parts.append(words[:1])  # family name first: "Lin Jian ... ujar Lin", "Kim Jong Un ... Kim said"
                for part in parts:
                    _claim(self._names, part, actor.key)
                if len(words) > 1:
                    _claim(self._given, words[0], actor.key)

    def coordinate(self, actor: Actor | None, intermediary: bool = False) -> None:
        """`actor` continues the current run of coordinated actors; None starts a new run."""
        if actor is None:
            self._together.append((self.sentence, [], intermediary))
        elif self._together:
            self._together[-1][1].append(actor)

    def coordinated_pair(self, want: Callable[[Actor], bool], reach: int, fold: bool = True,
                         leave_out: frozenset[str] = frozenset(), one_of: frozenset[str] = frozenset()) -> list[Actor]:
        """The two actors the latest sentence within `reach` named as coordinated ("Pakistan and Afghanistan agreed
        ... during talks mediated by Qatar and Turkey": Pakistan and Afghanistan, not the mediators), its first such
        pair; `fold`: persons as the bodies they speak for; `one_of`: only a pair with one of these. [] when none."""
        found: dict[int, list[Actor]] = {}
        for sentence, actors, intermediary in self._together:
            if intermediary or self.sentence - sentence > reach or sentence in found:
                continue
            distinct: dict[str, Actor] = {}
            for actor in actors:
                actor = _body(actor) if fold else actor
                if want(actor) and actor.key not in leave_out:
                    distinct.setdefault(actor.key, actor)
            if len(distinct) == 2 and (not one_of or not one_of.isdisjoint(distinct)):
                found[sentence] = list(distinct.values())
        return found[max(found)] if found else []

    def by_given_name(self, word: str) -> Actor | None:
        """The one person seen in this article whose name starts with `word` ("Airlangga" after "Airlangga
        Hartarto"), for languages whose press names people by their first name."""
        return self._one(self._given, word)

    def person(self, words: tuple[str, ...]) -> Actor | None:
        """The one person seen in this article whose full name ends with `words` (lower-cased), else the one
        unknown person named by that word alone."""
        if words not in self._names:
            return self._one(self._lone, words)
        return self._one(self._names, words)

    def _one(self, table: dict, name) -> Actor | None:
        key = table.get(name)
        return self._people.get(key) if key else None

    def recent(self, want: Callable[[Actor], bool], given: bool = False) -> Actor | None:
        """The last actor that `want`s within the window. `given`: a definite description ("the bloc", "the
        country") refers to a body already given: one this sentence introduces in a relative clause ("The Sahel
        states, which formed their own Alliance of Sahel States, accuse the bloc" is ECOWAS, named before) counts only
        when no other one does."""
        fallback = None
        for seen in reversed(self._seen):
            if self.sentence - seen.sentence > WINDOW:
                break
            if want(seen.actor):
                if given and seen.new and seen.aside and seen.sentence == self.sentence:
                    fallback = fallback or seen.actor
                    continue
                return seen.actor
        return fallback

    def sole(self, want: Callable[[Actor], bool]) -> Actor | None:
        """The one body that `want`s in this sentence so far, or failing any, in the previous sentence."""
        for sentence in (self.sentence, self.sentence - 1):
            found = {_body(s.actor).key: _body(s.actor) for s in self._seen if s.sentence == sentence and want(s.actor)}
            if len(found) == 1:
                return next(iter(found.values()))
            if found:
                return None
        return None

    def last_subject_person(self) -> Actor | None:
        """Whom "He"/"Ia" opening a sentence means: the first person of the latest sentence that named one, within
        the window ("Trump said he was disappointed with Putin. He said ..." is Trump), or the person named earlier in
        this sentence."""
        here = [s.actor for s in self._seen if s.sentence == self.sentence and s.actor.type == PERSON]
        if here:
            return here[-1]
        for sentence in range(self.sentence - 1, self.sentence - 1 - WINDOW, -1):
            people = [s.actor for s in self._seen if s.sentence == sentence and s.actor.type == PERSON]
            if people:
                return people[0]
        return None

    def sole_person_here(self) -> Actor | None:
        """The one person named in this sentence so far, or None (nobody, or more than one)."""
        found = {s.actor.key: s.actor for s in self._seen if s.sentence == self.sentence and s.actor.type == PERSON}
        return next(iter(found.values())) if len(found) == 1 else None

    def last_here_before(self, token: int) -> Actor | None:
        """The last actor this sentence has named before document token `token`."""
        before = [s.actor for s in self._seen if s.sentence == self.sentence and s.tokens and s.tokens[-1] < token]
        return before[-1] if before else None

    def tokens_here(self, key: str) -> set[int]:
        """The document tokens of this sentence's mentions of the actor `key`."""
        return {k for s in self._seen if s.sentence == self.sentence and s.actor.key == key for k in s.tokens}

    def two_states(self, kind: Callable[[Actor], bool] = lambda a: a.type == STATE,
                   outside_sentence: bool = False, article_wide: bool = False) -> list[Actor]:
        """What "the two countries" means: of the states named in the last sentences, the two the article
        has named most, when they clearly lead; else the only two named in the previous sentence; else none.
        `kind` widens it to other bodies ("the two sides" of a war may be a state and a group); `outside_sentence`
        leaves out the one body named earlier in this sentence ("Indonesia menyerukan kedua pihak": not Indonesia);
        `article_wide`: with no pair in the last sentences, the two the whole article has named most, if they lead."""
        here = {_body(s.actor).key for s in self._seen if s.sentence == self.sentence} if outside_sentence else set()
        if len(here) > 1:
            here = set()  # "Iran and the US held talks, and both sides ...": the sides are this sentence's own
        own = {_body(s.actor).key: _body(s.actor) for s in self._seen
               if s.sentence == self.sentence and kind(_body(s.actor))}
        if len(own) == 2 and not here:
            # "Xi menyatakan siap bekerja sama dengan Prabowo untuk membawa hubungan kedua negara ...": the two this
            # sentence has named, not the pair of the sentence before
            return list(own.values())
        together = self.coordinated_pair(kind, WINDOW, leave_out=frozenset(here))
        if not together and here:
            # "Thailand and Cambodia agreed a truce. Thailand's foreign ministry said the two sides ...": the body
            # speaking is one of the pair named before
            together = self.coordinated_pair(kind, WINDOW, one_of=frozenset(here))
        if together:  # the two named as acting together, not a mediator the article quotes more often
            order = list(dict.fromkeys(_body(s.actor).key for s in self._seen))
            return sorted(together, key=lambda a: order.index(a.key))
        counts: dict[str, int] = {}
        states: dict[str, Actor] = {}
        recent: set[str] = set()
        previous: list[str] = []
        for seen in self._seen:
            actor = _body(seen.actor)
            if not kind(actor) or actor.key in here:
                continue
            counts[actor.key] = counts.get(actor.key, 0) + 1
            states[actor.key] = actor
            if self.sentence - seen.sentence <= WINDOW:
                recent.add(actor.key)
            if seen.sentence == self.sentence - 1 and actor.key not in previous:
                previous.append(actor.key)
        ranked = sorted(recent, key=lambda k: -counts[k])
        together = self._named_together(ranked[:3], kind) if len(ranked) > 2 else None
        leaders = _leading_two(counts)
        if together is None and set(leaders) & recent and counts[leaders[1]] > 2 * min(counts[k] for k in ranked):
            # "Somaliland, a former British protectorate, ... urged the two governments": the two the article is
            # about, one of them in reach, not a state named in passing next to it
            pair = leaders
        elif together is not None:
            pair = together  # "India dan Pakistan ..., kata Trump ... kedua negara": not the much-quoted mediator
        elif in_reach := _leading_two({k: counts[k] for k in ranked}):
            pair = in_reach
        elif len(previous) == 2:
            pair = previous
        elif article_wide and leaders:
            # "Kementerian Luar Negeri RI berharap kedua pihak ..." closing an article on India and Pakistan whose
            # last sentences name neither: the two the whole article is about
            pair = leaders
        elif here:
            # "Bessent said the two sides would ...": no pair without the speaker's side, so it is one of the two
            pair = self.two_states(kind, article_wide=article_wide)
            return pair if not here.isdisjoint(a.key for a in pair) else []
        else:
            return []
        # In the order the article first named them.
        order = list(dict.fromkeys(_body(s.actor).key for s in self._seen))
        return [states[k] for k in sorted(pair, key=order.index)]

    def _named_together(self, keys: list[str], kind: Callable[[Actor], bool]) -> list[str] | None:
        """Of these bodies, the two named in the same sentence more often than any other two, if one pair leads."""
        sentences: dict[str, set[int]] = {k: set() for k in keys}
        for seen in self._seen:
            actor = _body(seen.actor)
            if actor.key in sentences and kind(actor):
                sentences[actor.key].add(seen.sentence)
        pairs = sorted(((len(sentences[a] & sentences[b]), [a, b]) for i, a in enumerate(keys) for b in keys[i + 1:]),
                       key=lambda p: -p[0])
        if pairs[0][0] > 0 and pairs[0][0] > pairs[1][0]:
            return pairs[0][1]
        return None

    def object_person(self) -> Actor | None:
        """Whom "him" means: the last person this sentence has named after its first ("Zelenskyy met Modi and
        asked him ..."), else the person named last before this sentence who is not named in it ("Putin arrived.
        Kim greeted him")."""
        here = [s.actor for s in self._seen if s.sentence == self.sentence]
        # after the sentence's first actor, its subject ("India's foreign ministry summoned Canada's high commissioner,
        # Cameron MacKay, to inform him": MacKay)
        later = [a for a in here if a.type == PERSON and a.key != here[0].key and _body(a).key != _body(here[0]).key]
        if later:
            return later[-1]
        here = {s.actor.key for s in self._seen if s.sentence == self.sentence}
        for seen in reversed(self._seen):
            if self.sentence - seen.sentence > WINDOW:
                return None
            if seen.sentence < self.sentence and seen.actor.type == PERSON and seen.actor.key not in here:
                return seen.actor
        return None

    def last_list_of_states(self, n: int, reach: int = TOGETHER_REACH) -> list[Actor]:
        """What "the three countries", "the four countries" mean: the states of the latest sentence that named
        exactly `n` of them as coordinated ("Spain, Ireland, Norway and Slovenia recognised Palestine": not
        Palestine), or named exactly `n` ("Mali, Burkina Faso and Niger left ECOWAS"), this one so far included
        ("Turkey lifted its objection to Finland and Sweden joining NATO after the three countries signed ..."),
        within `reach` sentences; else none."""
        by_sentence: dict[int, dict[str, Actor]] = {}
        for seen in self._seen:
            actor = _body(seen.actor)
            if actor.type == STATE:
                by_sentence.setdefault(seen.sentence, {})[actor.key] = actor
        runs: dict[int, list[dict[str, Actor]]] = {}
        for sentence, actors, _ in self._together:
            bodies = [_body(a) for a in actors]
            if bodies and all(b.type == STATE for b in bodies):
                runs.setdefault(sentence, []).append({b.key: b for b in bodies})
        for sentence in sorted(by_sentence, reverse=True):
            if self.sentence - sentence > reach:
                break
            for run in reversed(runs.get(sentence, [])):
                if len(run) == n:
                    return list(run.values())
            if len(by_sentence[sentence]) == n:
                return list(by_sentence[sentence].values())
        return []

    def two_people(self) -> list[Actor]:
        """What "the two leaders" means: the two people named in this sentence so far, else those of the latest
        sentence before it that named two, within `TOGETHER_REACH` sentences ("Trump said he had called the two
        leaders" a few paragraphs after the two prime ministers met). A sentence naming one person does not end
        the search (the speaker is seldom one of the pair); one naming three or more does (no pair stands out).
        Only people who speak for a body count ("Ia didampingi istrinya, Yoshiko Ishiba" names no leader), and
        two of the same side are no pair of leaders ("Prabowo tiba ... didampingi Menteri Luar Negeri Sugiono")."""
        for sentence in range(self.sentence, self.sentence - 1 - TOGETHER_REACH, -1):
            if sentence < 0:
                break
            # "Araghchi and Witkoff spent two hours ..., exchanging messages through Oman's foreign minister": the
            # two named together, whoever else the sentence names
            pair = [a for s, actors, cue in self._together if s == sentence and not cue
                    for a in [_pair_of_people(actors)] if a]
            if pair:
                return pair[0]
            people = {s.actor.key: s.actor for s in self._seen
                      if s.sentence == sentence and s.actor.type == PERSON and s.actor.affiliation is not None}
            if len(people) == 2:
                pair = list(people.values())
                if pair[0].affiliation.key != pair[1].affiliation.key:
                    return pair
                continue  # "Prabowo tiba ... didampingi Menteri Luar Negeri Sugiono": one side, not the two leaders
            if len(people) > 2:
                return []
        return []


def _leading_two(counts: dict[str, int]) -> list[str]:
    """The two keys counted most, when no third ties the second; else []."""
    ranked = sorted(counts, key=lambda k: -counts[k])
    if len(ranked) >= 2 and (len(ranked) == 2 or counts[ranked[1]] > counts[ranked[2]]):
        return ranked[:2]
    return []


def _pair_of_people(actors: list[Actor]) -> list[Actor] | None:
    """Two distinct people, not of one side, named as coordinated; else None."""
    people = list({a.key: a for a in actors if a.type == PERSON}.values())
    if len(people) != 2 or len(people) != len({a.key for a in actors}):
        return None
    one, two = (p.affiliation.key if p.affiliation else None for p in people)
    return None if one is not None and one == two else people


def _claim(table: dict, name, key: str) -> None:
    """`name` is `key`'s, unless another person has claimed it too: then it is nobody's (None)."""
    table[name] = key if table.get(name, key) == key else None


def _body(actor: Actor) -> Actor:
    """A person folded into the body they speak for; others unchanged (without a role: the body itself)."""
    if actor.type == PERSON and actor.affiliation is not None:
        return actor.affiliation
    return actor


def is_body(actor: Actor) -> bool:
    return actor.type not in (PERSON, REGION)
