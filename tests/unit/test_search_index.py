from e2c.publish.search_index import split_by_language

MERGED = {
    "config": {"lang": ["fr", "en"], "separator": "[\\s\\-]+"},
    "docs": [
        {"location": "", "title": "Accueil", "text": "a"},
        {"location": "pour-qui/#motivation", "title": "La motivation", "text": "b"},
        {"location": "en/", "title": "Home", "text": "c"},
        {"location": "en/pour-qui/#motivation", "title": "Motivation first", "text": "d"},
        # A French slug that merely starts with "en" stays French.
        {"location": "entreprises/", "title": "Entreprises", "text": "e"},
    ],
}


def test_each_language_gets_only_its_pages_with_locations_from_its_root():
    split = split_by_language(MERGED, {"fr": "", "en": "en"})
    assert [d["location"] for d in split["fr"]["docs"]] == [
        "",
        "pour-qui/#motivation",
        "entreprises/",
    ]
    assert [d["location"] for d in split["en"]["docs"]] == ["", "pour-qui/#motivation"]
    assert split["fr"]["config"] == {"lang": ["fr"], "separator": "[\\s\\-]+"}
    assert split["en"]["config"]["lang"] == ["en"]


def test_the_merged_index_is_left_as_it_was():
    split_by_language(MERGED, {"fr": "", "en": "en"})
    assert MERGED["config"]["lang"] == ["fr", "en"]
    assert MERGED["docs"][2]["location"] == "en/"


def test_splitting_a_split_index_changes_nothing():
    once = split_by_language(MERGED, {"fr": "", "en": "en"})["fr"]
    assert split_by_language(once, {"fr": "", "en": "en"})["fr"] == once
