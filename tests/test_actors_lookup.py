"""Lookup of metonyms, epithets and role phrases in both languages (issue 3: at least 50, our own choice)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolver_for

D2022 = dt.date(2022, 11, 29)
D2025 = dt.date(2025, 3, 1)

# (lang, text, date, label of the actor, label of its affiliation or None, role or None)
CASES = [
    # Indonesian: metonyms and capitals
    ("id", "Moskow", None, "Russia", None, None),
    ("id", "Kremlin", None, "Russia", None, None),
    ("id", "Gedung Putih", None, "United States", None, None),
    ("id", "Washington", None, "United States", None, None),
    ("id", "Beijing", None, "China", None, None),
    ("id", "Kyiv", None, "Ukraine", None, None),
    ("id", "Kiev", None, "Ukraine", None, None),
    ("id", "Teheran", None, "Iran", None, None),
    ("id", "Tel Aviv", None, "Israel", None, None),
    ("id", "Pyongyang", None, "North Korea", None, None),
    # Indonesian: names, abbreviations and epithets
    ("id", "AS", None, "United States", None, None),
    ("id", "Amerika", None, "United States", None, None),
    ("id", "Rusia", None, "Russia", None, None),
    ("id", "Tiongkok", None, "China", None, None),
    ("id", "Rumania", None, "Romania", None, None),
    ("id", "PBB", None, "United Nations", None, None),
    ("id", "DK PBB", None, "United Nations Security Council", None, None),
    ("id", "Uni Eropa", None, "European Union", None, None),
    ("id", "Negeri Paman Sam", None, "United States", None, None),
    ("id", "Negeri Tirai Bambu", None, "China", None, None),
    ("id", "Negeri Beruang Merah", None, "Russia", None, None),
    ("id", "Negeri Ginseng", None, "South Korea", None, None),
    ("id", "Negeri Sakura", None, "Japan", None, None),
    ("id", "Negeri Kanguru", None, "Australia", None, None),
    ("id", "Negeri Jiran", None, "Malaysia", None, None),
    ("id", "Negeri Singa", None, "Singapore", None, None),
    ("id", "Hizbullah", None, "Hezbollah", None, None),
    ("id", "Eropa Timur", None, "Eastern Europe", None, None),
    ("id", "Timur Tengah", None, "Middle East", None, None),
    # Indonesian: role phrases, with and without a name, in time
    ("id", "Sekjen NATO", D2022, "Jens Stoltenberg", "NATO", "Secretary General"),
    ("id", "Sekjen NATO", D2025, "Mark Rutte", "NATO", "Secretary General"),
    ("id", "Sekretaris Jenderal PBB", D2022, "António Guterres", "United Nations", "Secretary General"),
    ("id", "Presiden Rusia Vladimir Putin", D2022, "Vladimir Putin", "Russia", "President"),
    ("id", "Presiden Vladimir Putin", D2022, "Vladimir Putin", "Russia", "President"),
    ("id", "Menlu AS", D2022, "Antony Blinken", "United States", "Foreign Minister"),
    ("id", "Menteri Luar Negeri Amerika Serikat", D2025, "Marco Rubio", "United States", "Foreign Minister"),
    ("id", "Menhan Indonesia", dt.date(2021, 5, 1), "Prabowo Subianto", "Indonesia", "Defence Minister"),
    ("id", "Presiden RI", dt.date(2020, 1, 1), "Joko Widodo", "Indonesia", "President"),
    ("id", "PM Israel", dt.date(2022, 1, 1), "Naftali Bennett", "Israel", "Prime Minister"),
    ("id", "Perdana Menteri Malaysia", dt.date(2023, 1, 1), "Anwar Ibrahim", "Malaysia", "Prime Minister"),
    ("id", "pemimpin tertinggi Iran", D2022, "Ali Khamenei", "Iran", "Supreme Leader"),
    ("id", "Menlu AS", dt.date(1960, 1, 1), "United States", None, "Foreign Minister"),  # holder unknown: the body
    ("id", "Menlu AS", dt.date(1990, 1, 1), "James Baker", "United States", "Foreign Minister"),
    ("id", "Presiden Soeharto", dt.date(1995, 1, 1), "Suharto", "Indonesia", "President"),
    ("id", "Presiden Indonesia", dt.date(2000, 6, 1), "Abdurrahman Wahid", "Indonesia", "President"),
    ("id", "Republik Demokratik Rakyat Korea", None, "North Korea", None, None),
    ("id", "Republik Korea", None, "South Korea", None, None),
    ("id", "Organisasi Pembebasan Palestina", None, "Palestine Liberation Organization", None, None),
    ("id", "juru bicara Kremlin", D2022, "Russia", None, "spokesperson"),
    ("id", "jubir Kemlu China", D2022, "China", None, "spokesperson"),
    ("id", "Kementerian Luar Negeri China", D2022, "China", None, "foreign ministry"),
    ("id", "pemerintah Rusia", D2022, "Russia", None, "government"),
    ("id", "militer Israel", D2022, "Israel", None, "military"),
    ("id", "pasukan Rusia", D2022, "Russia", None, "troops"),
    ("id", "Duta Besar Rusia", D2022, "Russia", None, "ambassador"),
    ("id", "pihak Rusia", D2022, "Russia", None, "side"),
    # English: metonyms, demonyms, epithets
    ("en", "Moscow", None, "Russia", None, None),
    ("en", "the Kremlin", None, "Russia", None, None),
    ("en", "Moscow's", None, "Russia", None, None),
    ("en", "Kiev's", None, "Ukraine", None, None),
    ("en", "the White House", None, "United States", None, None),
    ("en", "Downing Street", None, "United Kingdom", None, None),
    ("en", "Beijing", None, "China", None, None),
    ("en", "Tehran", None, "Iran", None, None),
    ("en", "Russian", None, "Russia", None, None),
    ("en", "American", None, "United States", None, None),
    ("en", "U.S.", None, "United States", None, None),
    ("en", "Uncle Sam", None, "United States", None, None),
    ("en", "the U.N.", None, "United Nations", None, None),
    ("en", "Hezbollah", None, "Hezbollah", None, None),
    ("en", "Houthi", None, "Houthis", None, None),
    ("en", "Wagner mercenaries", None, "Wagner Group", None, None),
    ("en", "Middle East", None, "Middle East", None, None),
    # English: role phrases in time
    ("en", "the NATO chief", D2022, "Jens Stoltenberg", "NATO", "Secretary General"),
    ("en", "the NATO chief", D2025, "Mark Rutte", "NATO", "Secretary General"),
    ("en", "Secretary General of NATO", D2022, "Jens Stoltenberg", "NATO", "Secretary General"),
    ("en", "UN Secretary-General", dt.date(2015, 1, 1), "Ban Ki-moon", "United Nations", "Secretary General"),
    ("en", "Russian President Vladimir Putin", D2022, "Vladimir Putin", "Russia", "President"),
    ("en", "US Secretary of State", dt.date(2019, 1, 1), "Mike Pompeo", "United States", "Foreign Minister"),
    ("en", "Britain's prime minister", dt.date(2022, 10, 1), "Liz Truss", "United Kingdom", "Prime Minister"),
    ("en", "the German chancellor", dt.date(2019, 1, 1), "Angela Merkel", "Germany", "Chancellor"),
    ("en", "Iran's foreign minister", dt.date(2020, 1, 1), "Mohammad Javad Zarif", "Iran", "Foreign Minister"),
    ("en", "Ukraine's defence minister", dt.date(2022, 6, 1), "Oleksii Reznikov", "Ukraine", "Defence Minister"),
    ("en", "the IAEA chief", D2022, "Rafael Grossi", "International Atomic Energy Agency", "Director General"),
    ("en", "the Russian foreign ministry", D2022, "Russia", None, "foreign ministry"),
    ("en", "Chinese officials", D2022, "China", None, "officials"),
    ("en", "Russian troops", D2022, "Russia", None, "troops"),
    ("en", "the Ukrainian side", D2022, "Ukraine", None, "side"),
    ("en", "the Israeli military", D2022, "Israel", None, "military"),
    ("en", "Kremlin spokesman Dmitry Peskov", D2022, "Dmitry Peskov", "Russia", "spokesperson"),
    # English: office holders of the archive years (1980-2014), looked up by the article's date
    ("en", "the French president", dt.date(1990, 1, 1), "François Mitterrand", "France", "President"),
    ("en", "the French president", dt.date(2000, 1, 1), "Jacques Chirac", "France", "President"),
    ("en", "President Reagan", dt.date(1985, 6, 1), "Ronald Reagan", "United States", "President"),
    ("en", "the Soviet leader", dt.date(1988, 1, 1), "Mikhail Gorbachev", "Soviet Union", "General Secretary"),
    ("en", "Yeltsin", dt.date(1995, 1, 1), "Boris Yeltsin", "Russia", "President"),
    ("en", "Iraqi President Saddam Hussein", dt.date(2000, 1, 1), "Saddam Hussein", "Iraq", "President"),
    ("en", "Palestinian leader Yasser Arafat", dt.date(2000, 1, 1), "Yasser Arafat", "Palestine", "President"),
    ("en", "the Israeli prime minister", dt.date(1995, 1, 1), "Yitzhak Rabin", "Israel", "Prime Minister"),
    ("en", "UN Secretary-General", dt.date(1995, 1, 1), "Boutros Boutros-Ghali", "United Nations",
     "Secretary General"),
    ("en", "Ayatollah Khomeini", dt.date(1985, 1, 1), "Ruhollah Khomeini", "Iran", "Supreme Leader"),
    ("en", "British Prime Minister Margaret Thatcher", dt.date(1985, 1, 1), "Margaret Thatcher", "United Kingdom",
     "Prime Minister"),
    ("en", "Putin", dt.date(2005, 1, 1), "Vladimir Putin", "Russia", "President"),
    ("en", "Mahathir", dt.date(1995, 1, 1), "Mahathir Mohamad", "Malaysia", "Prime Minister"),
    # English: formal names of states (the longer name wins over "Republic of Korea" inside it), the PLO
    ("en", "Democratic People's Republic of Korea", None, "North Korea", None, None),
    ("en", "the Republic of Korea", None, "South Korea", None, None),
    ("en", "Kingdom of Saudi Arabia", None, "Saudi Arabia", None, None),
    ("en", "Syrian Arab Republic", None, "Syria", None, None),
    ("en", "the PLO", None, "Palestine Liberation Organization", None, None),
    ("en", "Bosnia", None, "Bosnia and Herzegovina", None, None),
    ("en", "the European Community", None, "European Union", None, None),
    ("id", "Masyarakat Ekonomi Eropa", None, "European Union", None, None),
    # English: plural nationality nouns are the state's people
    ("en", "Iraqis", None, "Iraq", None, None),
    ("en", "Israelis", None, "Israel", None, None),
    ("en", "Libyans", None, "Libya", None, None),
    ("en", "Britons", None, "United Kingdom", None, None),
    ("en", "the Soviets", None, "Soviet Union", None, None),
]


@pytest.mark.parametrize("lang,text,date,label,affiliation,role", CASES, ids=[f"{c[0]}:{c[1]}:{c[2]}" for c in CASES])
def test_lookup(lang, text, date, label, affiliation, role):
    mention = resolver_for(lang).lookup(text, date)
    assert mention is not None and mention.actor is not None, text
    actor = mention.actor
    assert actor.label == label
    assert (actor.affiliation.label if actor.affiliation else None) == affiliation
    assert actor.role == role


def test_there_are_at_least_fifty_cases_in_each_language():
    assert sum(1 for c in CASES if c[0] == "id") >= 25 and sum(1 for c in CASES if c[0] == "en") >= 25
    assert len(CASES) >= 50


@pytest.mark.parametrize("lang,text", [("en", "us"), ("en", "who"), ("en", "turkey"), ("en", "chad"),
                                       ("id", "as"), ("en", "Brussels"), ("id", "Korea")])
def test_common_words_and_ambiguous_names_do_not_resolve(lang, text):
    mention = resolver_for(lang).lookup(text)
    # Nothing, an unresolved ambiguous name, or at most something NER guessed: never a KB actor.
    assert mention is None or mention.actor is None or mention.actor.key not in resolver_for(lang).kb.actors


@pytest.mark.parametrize("text", ["Serbs", "Kurds", "Albanians", "Arabs", "Turks"])
def test_ethnic_group_nouns_are_not_a_state(text):
    """en.demonyms.tsv leaves out nationality nouns that name an ethnic group as often as a state's people."""
    resolver = resolver_for("en")
    mention = resolver.lookup(text)
    assert mention is None or mention.actor is None or mention.actor.type != "state", mention


# Names two people share ("Bush", "Assad") go to the one candidate in office at the date; a KB name that starts
# with a role word ("King Hussein") wins over role + unknown name.
SHARED_NAMES = [
    ("President Bush", dt.date(1991, 3, 1), "George H. W. Bush", "United States"),
    ("President Bush", dt.date(2003, 3, 20), "George W. Bush", "United States"),
    ("President Assad", dt.date(1995, 1, 1), "Hafez al-Assad", "Syria"),
    ("President Assad", dt.date(2005, 1, 1), "Bashar al-Assad", "Syria"),
    ("President Clinton", dt.date(1995, 1, 1), "Bill Clinton", "United States"),
    ("King Hussein", dt.date(1990, 1, 1), "Hussein of Jordan", "Jordan"),
    ("Jordan's King Hussein", dt.date(1990, 1, 1), "Hussein of Jordan", "Jordan"),
]


@pytest.mark.parametrize("text,date,label,state", SHARED_NAMES, ids=[f"{c[0]}:{c[1]}" for c in SHARED_NAMES])
def test_shared_surnames_resolve_by_date(text, date, label, state):
    actor = resolver_for("en").lookup(text, date).actor
    assert actor.label == label and actor.affiliation.label == state


@pytest.mark.parametrize("surname,label", [("Xi", "Xi Jinping"), ("Kishida", "Fumio Kishida"), ("Raisi", "Ebrahim Raisi")])
def test_leaders_the_press_names_by_surname_alone(surname, label):
    from newsgraph.actors import ActorResolver, load_kb

    found = ActorResolver(load_kb(), lang="en").lookup(surname, date=dt.date(2023, 11, 16))
    assert found is not None and found.actor.label == label


def test_a_shared_surname_out_of_office_keeps_the_side_all_its_bearers_served():
    actor = resolver_for("en").lookup("President Bush", dt.date(2000, 1, 1)).actor  # between the two presidencies
    assert actor.label in ("George H. W. Bush", "George W. Bush") and actor.affiliation.label == "United States"


def test_an_administration_named_after_a_person_out_of_office_is_their_government():
    actor = resolver_for("en").lookup("the Obama administration", dt.date(2024, 6, 1)).actor
    assert actor.label == "United States" and actor.role == "government"


# Non-state groups and state institutions of 2019-2026 news and the archive years (issue 3: coverage). A group is
# itself; an institution named without its country is its state; with the country named, the role is kept.
# (lang, text, label of the actor, role or None)
GROUPS_AND_INSTITUTIONS = [
    # Indonesian: groups, in the press's own spellings
    ("id", "Kataib Hizbullah", "Kataib Hezbollah", None),
    ("id", "Brigade Al-Qassam", "Hamas", None),
    ("id", "Brigade Izzuddin al-Qassam", "Hamas", None),
    ("id", "Jihad Islam Palestina", "Palestinian Islamic Jihad", None),
    ("id", "Taliban Pakistan", "Tehrik-i-Taliban Pakistan", None),
    ("id", "kelompok pemberontak M23", "M23", None),
    ("id", "Tentara Arakan", "Arakan Army", None),
    ("id", "Pasukan Dukungan Cepat (RSF)", "Rapid Support Forces", None),
    # a group's whole name beats the role word it starts with ("pemerintah", "tentara", "pasukan")
    ("id", "Pemerintah Persatuan Nasional", "National Unity Government (Myanmar)", None),
    ("id", "Tentara Pembebasan Baloch", "Baloch Liberation Army", None),
    ("id", "Pasukan Mobilisasi Populer", "Popular Mobilization Forces", None),
    # ministries other than foreign affairs and defence speak for their state
    ("en", "China's commerce ministry", "China", "ministry"),
    ("en", "the Russian finance ministry", "Russia", "ministry"),
    ("en", "the Treasury Department", "United States", None),
    # intergovernmental bodies by their full names, not only their abbreviations
    ("en", "the Economic Community of West African States", "ECOWAS", None),
    ("en", "the Alliance of Sahel States", "Alliance of Sahel States", None),
    ("id", "Aliansi Negara-Negara Sahel", "Alliance of Sahel States", None),
    ("en", "the Southern African Development Community", "Southern African Development Community", None),
    ("id", "KKB", "Free Papua Movement", None),
    ("id", "TPNPB", "Free Papua Movement", None),
    ("id", "Tentara Pembebasan Nasional Papua Barat", "Free Papua Movement", None),
    ("id", "Ansarullah", "Houthis", None),
    ("id", "Garda Revolusi", "Islamic Revolutionary Guard Corps", None),
    ("id", "Perlawanan Islam di Irak", "Islamic Resistance in Iraq", None),
    ("id", "ISIS-K", "Islamic State Khorasan Province", None),
    ("id", "Front Pembebasan Islam Moro", "Moro Islamic Liberation Front", None),
    ("id", "Tentara Rakyat Baru", "New People's Army", None),
    ("id", "Front Polisario", "Polisario Front", None),
    ("id", "Macan Tamil", "Liberation Tigers of Tamil Eelam", None),
    ("id", "UNITA", "UNITA", None),
    ("id", "Front Pembebasan Rakyat Tigray", "Tigray People's Liberation Front", None),
    ("id", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", None),
    ("id", "Gerakan Aceh Merdeka", "Free Aceh Movement", None),
    ("id", "pembangkang FARC", "FARC dissidents", None),
    ("id", "Korps Afrika", "Africa Corps", None),
    # Indonesian: state institutions
    ("id", "TNI", "Indonesia", None),
    ("id", "Tentara Nasional Indonesia", "Indonesia", None),
    ("id", "Polri", "Indonesia", None),
    ("id", "Kemlu", "Indonesia", None),
    ("id", "Kemlu RI", "Indonesia", "foreign ministry"),
    ("id", "Kementerian Luar Negeri", "Indonesia", None),
    ("id", "Kementerian Luar Negeri Rusia", "Russia", "foreign ministry"),
    ("id", "Kemhan", "Indonesia", None),
    ("id", "Istana Kepresidenan", "Indonesia", None),
    ("id", "Tentara Pembebasan Rakyat", "China", None),
    ("id", "IDF", "Israel", None),
    ("id", "Pasukan Pertahanan Israel", "Israel", None),
    ("id", "Knesset", "Israel", None),
    ("id", "Duma", "Russia", None),
    ("id", "Kongres AS", "United States", "parliament"),
    ("id", "Penjaga Pantai China", "China", "coast guard"),
    ("id", "Deplu AS", "United States", None),
    ("id", "Gedung Biru", "South Korea", None),
    # English: groups
    ("en", "Kataib Hezbollah", "Kataib Hezbollah", None),
    ("en", "the Popular Mobilization Forces", "Popular Mobilization Forces", None),
    ("en", "the Qassam Brigades", "Hamas", None),
    ("en", "the Pakistani Taliban", "Tehrik-i-Taliban Pakistan", None),
    ("en", "Baloch Liberation Army", "Baloch Liberation Army", None),
    ("en", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", None),
    ("en", "ISWAP", "Islamic State West Africa Province", None),
    ("en", "Islamic State Khorasan", "Islamic State Khorasan Province", None),
    ("en", "M23 rebels", "M23", None),
    ("en", "YPG", "People's Protection Units", None),
    ("en", "ELN", "National Liberation Army (Colombia)", None),
    ("en", "Tren de Aragua", "Tren de Aragua", None),
    ("en", "Kachin Independence Army", "Kachin Independence Army", None),
    ("en", "TNLA", "Ta'ang National Liberation Army", None),
    ("en", "National Unity Government", "National Unity Government (Myanmar)", None),
    ("en", "People's Defence Force", "People's Defence Force", None),
    ("en", "al-Aqsa Martyrs' Brigades", "al-Aqsa Martyrs' Brigades", None),
    ("en", "PFLP", "Popular Front for the Liberation of Palestine", None),
    ("en", "LTTE", "Liberation Tigers of Tamil Eelam", None),
    ("en", "RENAMO", "RENAMO", None),
    ("en", "Real IRA", "New IRA", None),
    ("en", "Shining Path", "Shining Path", None),
    ("en", "Zapatistas", "Zapatista Army of National Liberation", None),
    ("en", "Chechen rebels", "Chechen separatists", None),
    ("en", "Viv Ansanm", "Viv Ansanm", None),
    ("en", "Janjaweed", "Janjaweed", None),
    ("en", "Oromo Liberation Army", "Oromo Liberation Army", None),
    ("en", "Lord's Resistance Army", "Lord's Resistance Army", None),
    ("en", "Quds Force", "Islamic Revolutionary Guard Corps", None),
    # English: state institutions
    ("en", "the IDF", "Israel", None),
    ("en", "the Israel Defense Forces", "Israel", None),
    ("en", "the PLA", "China", None),
    ("en", "the People's Liberation Army", "China", None),
    ("en", "the Foreign Office", "United Kingdom", None),
    ("en", "the German Foreign Office", "Germany", "foreign ministry"),
    ("en", "Quai d'Orsay", "France", None),
    ("en", "the Blue House", "South Korea", None),
    ("en", "the Knesset", "Israel", None),
    ("en", "the China Coast Guard", "China", "coast guard"),
    ("en", "US lawmakers", "United States", "parliament"),
    ("en", "TNI", "Indonesia", None),
    ("en", "the Azov Regiment", "Ukraine", None),
]


@pytest.mark.parametrize("lang,text,label,role", GROUPS_AND_INSTITUTIONS,
                         ids=[f"{c[0]}:{c[1]}" for c in GROUPS_AND_INSTITUTIONS])
def test_lookup_of_groups_and_state_institutions(lang, text, label, role):
    mention = resolver_for(lang).lookup(text, D2022)
    assert mention is not None and mention.actor is not None, text
    assert (mention.actor.label, mention.actor.role) == (label, role)
    assert mention.text == text.removeprefix("the ")  # the whole name, not a state inside it ("Israel", "Pakistan")


@pytest.mark.parametrize("lang,text", [("en", "ADF"), ("en", "SAF"), ("en", "Congress"), ("id", "ADF")])
def test_institution_abbreviations_two_bodies_share_are_left_to_the_context(lang, text):
    """ADF: Australia's Defence Force or Congo's Allied Democratic Forces; SAF: Sudan's or Singapore's armed
    forces; Congress: the US Congress or India's Congress party."""
    mention = resolver_for(lang).lookup(text)
    assert mention is not None and mention.actor is None, mention
