"""English role assignment: constructions the PLOVER records showed, tested on sentences of our own."""

from __future__ import annotations

from articles import extract, triples


def test_a_listed_object_of_a_light_verb_carries_its_act():
    # "fire" is the last of a coordinated list under "launched": the act is still the subject's, against the target
    events = extract("en", "Ethiopian forces launched artillery, mortar and rocket fire against Eritrean border posts "
                           "on Monday.")
    assert {(s, r) for s, r, o in triples(events, "state") if o == "Eritrea"} == {("Ethiopia", "fight")}


def test_the_target_of_a_withdrawal_hung_on_what_is_withdrawn():
    # the parser hangs "from Chad" on "units", not on "withdrawal"
    events = extract("en", "France speeded up the withdrawal of some combat units from Chad on Tuesday, but "
                           "officials said no date had been set for the last of them.")
    assert ("France", "yield", "Chad") in triples(events, "state")



def test_a_recipient_the_parser_made_the_subject_of_the_next_participle():
    # the parser leaves "to" with no object and makes "officers" the subject of "holed up"
    events = extract("en", "Venezuela granted asylum to three Nicaraguan officers holed up in a consulate.")
    assert ("Venezuela", "provide_aid", "Nicaragua") in triples(events, "state")


def test_a_naming_verbs_object_shifted_after_its_as_phrase():
    # heavy-object shift: the verdict comes first and the parser hangs the object on the "as" phrase
    events = extract("en", "Poland denounced as a grave crime Belarus's treatment of migrants at the border.")
    assert ("Poland", "disapprove", "Belarus") in triples(events, "state")


def test_an_investigation_sent_somewhere_looks_into_that_place():
    events = extract("en", "The IAEA sent a team of inspectors to Iran to investigate traces of enriched uranium.",
                     "Norway dispatched two auditors to Kenya on Friday to examine the aid accounts.")
    found = {(s, o) for s, r, o in triples(events, "state") if r == "investigate"}
    assert {("International Atomic Energy Agency", "Iran"), ("Norway", "Kenya")} <= found


def test_a_purpose_clause_of_no_sending_keeps_no_destination():
    # the purpose of talking to someone is no investigation of them
    events = extract("en", "Japan appealed to China to investigate the attack on its embassy.")
    assert not {(s, o) for s, r, o in triples(events, "state") if r == "investigate" and o == "China"}


def test_a_target_after_a_list_of_acts_is_every_items():
    # the parser hangs "against Ukraine" on "drones", the first item of the light verb's list
    events = extract("en", "Russia launched drones, missiles and air strikes against Ukraine.")
    assert ("Russia", "fight", "Ukraine") in triples(events, "state")


def test_a_protest_is_aimed_at_whom_its_purpose_clause_names():
    events = extract("en", "Fishermen in Manila blocked the main road to the port to show their anger at China's "
                           "seizure of the shoal.",
                     "Workers in Seoul staged a sit-in to denounce Japan's export curbs.")
    found = triples(events, "state")
    assert {("Philippines", "protest", "China"), ("South Korea", "protest", "Japan")} <= found


def test_a_show_of_force_is_aimed_at_the_target_of_the_attack_it_is_for():
    events = extract("en", "Russia massed tanks near the frontier for an offensive against Ukraine.",
                     "Canada mobilised its reservists for a possible war against Venezuela.")
    found = {(s, o) for s, r, o in triples(events, "state") if r == "exhibit_force_posture"}
    assert {("Russia", "Ukraine"), ("Canada", "Venezuela")} <= found
