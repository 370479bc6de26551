"""Language identification: English headlines with names are English, other
languages are named, and nothing fails on odd text."""

from wirecoder.language import detect_language


def test_english_article_led_by_a_headline_full_of_names_is_english():
    # A headline alone once read as German: the body decides.
    text = ("Mayor Kowalczyk Wades In: Urges Brandt To Stay. "
            "The mayor of the city said on Tuesday that the council should keep its budget "
            "committee in place until the spring, and that he would vote against any plan to cut it.")
    assert detect_language(text) == "en"


def test_other_languages_are_named():
    assert detect_language("Le gouvernement a annoncé mardi une nouvelle loi sur le logement "
                           "et les syndicats ont appelé à une grève nationale.") == "fr"
    assert detect_language("Die Regierung hat am Dienstag ein neues Gesetz vorgestellt, "
                           "und die Gewerkschaften haben zu einem Streik aufgerufen.") == "de"


def test_shouting_text_is_read_in_lower_case():
    assert detect_language("THE COUNCIL VOTED ON TUESDAY TO CLOSE THE OLD BRIDGE FOR REPAIRS") == "en"


def test_empty_and_blank_text_have_no_language():
    assert detect_language("") is None
    assert detect_language(" \n\t ") is None
