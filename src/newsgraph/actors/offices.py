"""Office holders: who held a role at a date, and the Actor a role phrase resolves to."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from newsgraph.actors.kb import fold_name
from newsgraph.actors.tables import LanguageTables
from newsgraph.model import STATE, Actor

if TYPE_CHECKING:
    from newsgraph.actors.role_phrases import RolePhrase


class Offices:
    """Who holds an office at a date, and the Actor a role phrase stands for (answers cached per question)."""

    def __init__(self, t: LanguageTables):
        self.kb = t.kb
        # The knowledge base does not change under a resolver: who held an office at a date, and the Actor a
        # person or body becomes in a role, are answered once per distinct question (Actors are immutable).
        self._holder = functools.lru_cache(maxsize=4096)(t.kb.holder)
        self._with_office = functools.lru_cache(maxsize=4096)(t.kb.with_office)
        self._body_as = functools.lru_cache(maxsize=4096)(t.kb.body_as)
        self.known_person = functools.lru_cache(maxsize=4096)(self._person_at_date)

    def office_at(self, person: str, date: dt.date | None):
        offices = self.kb.offices_of(person, date)
        leading = [o for o in offices if o.leads]
        return (leading or offices or [None])[0]

    def _person_at_date(self, key: str, date: dt.date | None, role: str | None = None, body: str | None = None) -> Actor:
        """A KB person with the office they held at `date`, preferring the one the text names."""
        offices = self.kb.offices_of(key, date)
        if date is None:  # no article date: what they hold now, else their last office
            offices = [o for o in offices if o.end is None] or offices[:1]
        for want in (
            lambda o: o.role == role and (body is None or o.body == body),
            lambda o: body is not None and o.body == body,
            lambda o: role == "leader" and o.leads,
            lambda o: body is None,
        ):
            for office in offices:
                if want(office):
                    return self._with_office(key, office)
        actor = self.kb.actors[key]
        if body is not None and self.kb.roles.get(role or "") and self.kb.roles[role].kind != "title":
            return replace(actor, affiliation=self.kb.actors[body], role=self.kb.roles[role].label)
        if body is None and date is not None and not offices:
            # Out of office at the article's date: a future or former head of state is still on their state's side
            # (Putin in 2000), without claiming the office; a former chief of an organisation no longer speaks
            # for it (Stoltenberg in 2025).
            nearest = self.kb.nearest_office(key, date)
            if nearest is not None and (date < nearest.start or self.kb.actors[nearest.body].type == STATE):
                return replace(actor, affiliation=self.kb.actors[nearest.body])
        return actor

    def resolve_role(self, rp: RolePhrase, date: dt.date | None) -> tuple[Actor, str, str] | None:
        kb = self.kb
        role = kb.roles[rp.role]
        body = kb.actors[rp.body] if rp.body else None
        matched = role.label if role.kind != "title" else ""
        if body is not None:
            matched = f"{matched} of {body.label}".strip() if matched else body.label
        if rp.person is not None and rp.person_known and role.kind == "body":
            office = self.office_at(rp.person.key, date)  # "pemerintahan Jokowi": the government he led
            if office is not None:
                return self._body_as(office.body, rp.role), f"{role.label} of {kb.actors[office.body].label}", "role"
        if rp.person is not None:
            if rp.person_known:
                return self.known_person(rp.person.key, date, rp.role, rp.body), matched or rp.person.label, "role"
            if body is not None and role.kind in ("office", "leader"):
                # "Turkey's President Tayyip Erdogan": a spelling the knowledge base lacks, but the office's holder
                # at that date has this surname
                office = self._holder(body.key, rp.role, date)
                if office is not None and _same_surname(kb.actors[office.person].label, rp.person.label):
                    return self._with_office(office.person, office), matched, "office"
            person = rp.person
            if body is not None and person.affiliation is None:
                person = replace(person, affiliation=body)
            if role.kind != "title" and person.role is None:
                person = replace(person, role=role.label)
            return person, matched or person.label, "role"
        if body is None:
            return None
        if role.kind in ("office", "leader"):
            office = self._holder(body.key, rp.role, date)
            if office is not None:
                return self._with_office(office.person, office), matched, "office"
        return self._body_as(body.key, rp.role), matched, "role"


def _same_surname(known: str, written: str) -> bool:
    return fold_name(known.split()[-1]) == fold_name(written.split()[-1])
