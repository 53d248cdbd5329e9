from __future__ import annotations

import pytest

from nlp.voices.merge import speaker_map
from nlp.voices.names import AliasTable, clean_name, role_of_phrase


@pytest.mark.parametrize("raw,expected", [
    ("the Financial Times", "Financial Times"), ("Amazon's", "Amazon"),
    ("Linefield Systems Ltd", "Linefield Systems"), ("Amazon Web Services, Inc.", "Amazon Web Services"),
    ("> **grey_heron", "grey_heron"),
    # a timeline's date run into the name, but never a given name that is also a month's
    ("25 Feb Corvane", "Corvane"), ("Feb Corvane", "Corvane"), ("Jan Kowalski", "Jan Kowalski"), ("Jun Li", "Jun Li"),
])
def test_names_clean_name(raw, expected):
    assert clean_name(raw) == expected


def test_names_alias_table_merges_brands_initialisms_and_prefixes():
    table = AliasTable()
    assert table.canonical("AWS") == "Amazon"
    assert table.canonical("Financial Times") == "Financial Times"
    assert table.canonical("FT") == "Financial Times"
    table.canonical("Tellaro")
    assert table.canonical("Tellaro Communications") == "Tellaro"


def test_names_a_web_address_is_its_company_whichever_is_seen_first():
    table = AliasTable()
    table.canonical("Corvane")
    assert table.canonical("Corvane.com") == "Corvane"
    other = AliasTable()
    other.canonical("Tellaro.io")
    assert other.canonical("Tellaro") == "Tellaro"
    assert other.canonical("Tellaro.io") == "Tellaro"


@pytest.mark.parametrize("first,second", [
    ("Coastal Communications and Media Authority", "Coastal Communications"),
    ("Coastal Communications", "Coastal Communications and Media Authority"),
])
def test_names_a_name_cut_before_its_and_is_the_whole_name_whichever_comes_first(first, second):
    table = AliasTable()
    table.canonical(first)
    table.canonical(second)
    assert table.canonical("Coastal Communications") == "Coastal Communications and Media Authority"
    assert table.canonical("Coastal Communications and Media Authority") == "Coastal Communications and Media Authority"


def test_names_speaker_map_keeps_a_name_whole_when_a_fragment_ends_before_its_and():
    mapping = speaker_map(["Coastal Communications and Media Authority", "Coastal Communications"])
    assert mapping["Coastal Communications and Media Authority"] == "Coastal Communications and Media Authority"


@pytest.mark.parametrize("raw,expected", [("Harborline B.V.", "Harborline"), ("Norvik Bank ASA", "Norvik Bank")])
def test_names_clean_name_drops_european_legal_forms(raw, expected):
    assert clean_name(raw) == expected


def test_names_speaker_map_unifies_across_documents():
    mapping = speaker_map(["Tellaro Communications", "Tellaro", "NCR", "National Communications Regulator", "insiders"])
    assert mapping["Tellaro Communications"] == "Tellaro"
    assert mapping["NCR"] == "National Communications Regulator"
    assert mapping["insiders"] == "insiders"


@pytest.mark.parametrize("phrase,vendor,role", [
    ("several Amazon employees", "Amazon", "insider"),
    ("two people familiar with the matter", None, "insider"),
    ("an independent network engineer and consultant", "Optus", "expert"),
    ("engineers at Optus", "Optus", "insider"),
    ("one IT administrator at a London design agency", None, "customer"),
    ("analysts at Gartner", None, "expert"),
    ("the regulator", None, "regulator"),
    ("the weather", None, None),
    ("one Minecraft server operator in the Netherlands", "Microsoft", "customer"),
    ("the network operator", None, None),
    ("Tobias Renner, who runs a small software agency in Berlin", None, None),
    ("the Environment Agency", None, "regulator"),
    ("federal agencies", None, "regulator"),
    ("the Drinking Water Inspectorate", None, "regulator"),
    ("The Office of Qualifications Standards", None, "regulator"),
    ("Independent hydrologist Dr Rafael Quintero", None, "expert"),
    ("Ciaran Martin, the former head of the National Cyber Security Centre", None, "expert"),
    ("a care worker from Wigan", "Orbis", None),
    ("two workers at the plant", "Greenline", "insider"),
    ("a customer-support employee at the parent company, who was not authorized to speak publicly", "Corvane", "insider"),
    ("an engineer at the site, who was not authorised to talk to the press", "Corvane", "insider"),
    ("a principal at Canopy Partners who advises funds on technology risk", None, "expert"),
    ("a partner at Holt Consulting", None, "expert"),
    ("the adviser on the phone", None, None),  # the company's front line, not an outside expert
    ("a post from someone claiming to be on your platform team", "Pennock Pay", "insider"),
    ("the Payment Services Oversight Office", None, "regulator"),
    ("two dealership managers who asked not to be named", "Dealerware", "customer"),
])
def test_names_role_of_phrase(phrase, vendor, role):
    assert role_of_phrase(phrase, vendor) == role


@pytest.mark.parametrize("name,short", [("PlayStation Network", "PSN"), ("Amazon Web Services", "AWS"),
                                        ("McDonald's Corporation", "MC"), ("Marks & Spencer", "MS")])
def test_names_initials_read_camel_case_words_as_parts(name, short):
    from nlp.voices.names import initials
    assert initials(name) == short


def test_names_an_initialism_stands_for_an_organisation_not_a_person_with_the_same_letters():
    mapping = speaker_map(["M&S", "Marit S.", "Marks & Spencer"], organisations={"M&S", "Marks & Spencer"})
    assert mapping["M&S"] == "Marks & Spencer" and mapping["Marit S."] == "Marit S."
    assert speaker_map(["M&S", "Marit S."], organisations={"M&S"})["M&S"] == "M&S"


@pytest.mark.parametrize("name,role", [
    ("Presidencia del Gobierno", "regulator"), ("Ministère de l'Économie", "regulator"),
    ("Australian Communications and Media Authority", "regulator"), ("Gobi Logistics", None),
    # a county's or city's own office is government; a bank named after a county is not
    ("Tahoma County Emergency Management", "regulator"), ("City of Lowmere Fire Department", "regulator"),
    ("Orange County Bank", None),
])
def test_names_a_government_named_in_its_own_language_is_government(name, role):
    from nlp.voices.names import org_role
    assert org_role(name) == role


@pytest.mark.parametrize("name,role", [
    ("Portbay Airline Operators Committee", "customer"), ("Committee of Independent Retailers", "customer"),
    ("Airlines Association of Southern Africa", "customer"), ("Treasury Select Committee", "regulator"),
    ("International Airlines Group", None),
])
def test_names_a_committee_of_the_businesses_an_incident_reached_speaks_as_their_customers(name, role):
    from nlp.voices.names import org_role
    assert org_role(name) == role


@pytest.mark.parametrize("word", ["the", "The", "of", "and", "Terminal 2", "Gate B12", "We", "FOR IMMEDIATE RELEASE", "Dunmore Road"])
def test_names_a_function_word_the_tagger_calls_an_organisation_names_none(word):
    from nlp.voices.names import is_org_name
    assert not is_org_name(word)


@pytest.mark.parametrize("phrase,role", [
    ("Members who spoke to the Ledger", "customer"), ("fund members", "customer"),
    ("Three members of the trust's IT staff", "insider"), ("Members of the group", None),
])
def test_names_members_are_the_public_unless_what_they_are_members_of_says_otherwise(phrase, role):
    from nlp.voices.names import role_of_phrase
    assert role_of_phrase(phrase) == role


@pytest.mark.parametrize("word", ["Board", "Management", "Where", "ETA", "Cloud", "Provider", "Courtesy", "Most"])
def test_names_generic_capitalised_words_name_no_organisation(word):
    from nlp.voices.names import is_org_name
    assert not is_org_name(word)


@pytest.mark.parametrize("raw,clean", [
    ("METHOD\n\nThe Independent Technical Review Panel", "Independent Technical Review Panel"),
    ("SCOPE AND METHOD\nThe Independent Technical Review Panel", "Independent Technical Review Panel"),
    ("Harbour\nCity Council", "Harbour City Council"),  # a name wrapped over two lines stays whole
])
def test_names_a_name_the_tagger_ran_on_from_a_heading_is_cut_at_the_break(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize("name", ["GW", "MW", "kWh", "12:03 Oscillation", "07:15 Update"])
def test_names_units_of_measure_and_stamped_table_rows_are_no_organisations(name):
    from nlp.voices.names import is_org_name
    assert not is_org_name(name)


@pytest.mark.parametrize("name,role", [
    ("AFA Seattle Local Council", "insider"),  # a union's local branch
    ("Teamsters Local 117", "insider"),
    ("Lowmere City Council", "regulator"),
])
def test_names_union_locals_are_staff(name, role):
    from nlp.voices.names import org_role
    assert org_role(name) == role


def test_names_speaker_map_reads_a_possessive_shop_name_as_the_company():
    mapping = speaker_map(["Harrowfield", "Harrowfield's Stores"])
    assert mapping["Harrowfield's Stores"] == "Harrowfield"


def test_names_same_org_reads_a_possessive_as_the_company():
    from nlp.voices import same_org
    assert same_org("Harrowfield's Stores", "Harrowfield") and not same_org("Harrowfield's Stores", "Harrow")


def test_names_a_name_run_on_across_a_full_stop_is_the_part_after_it():
    from nlp.voices.names import clean_name
    assert clean_name("March. Fairpay") == "Fairpay"
    assert clean_name("Dr. Lee") == "Dr. Lee" and clean_name("J. Smith") == "J. Smith"
