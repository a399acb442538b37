"""The plain-language measures the build tests use (tests/plain_language.py)."""

from __future__ import annotations

from plain_language import blocks, rare_words, sentence_lengths


def test_rare_words_leave_out_explained_words_addresses_and_common_forms():
    text = (
        "Écrivez à accueil@ecole.exemple.fr ou voyez www.exemple.fr et https://exemple.fr/x. "
        "Vous travaillez en entreprise : c'est l'alternance. Un palimpseste."
    )
    assert rare_words(text, "fr", ["alternance"]) == ["palimpseste"]
    assert rare_words("A palimpsest.", "en", ["palimpsest"]) == []


def test_sentences_are_cut_at_blocks_and_full_stops():
    lengths = sentence_lengths(
        "<article><h1>Le titre</h1><p>Une phrase de cinq mots. Puis deux mots.</p>"
        "<ul><li>un</li><li>deux trois</li></ul></article>"
    )
    assert lengths.longest_words == 5 and lengths.longest == "Une phrase de cinq mots."
    assert lengths.average == (2 + 5 + 3 + 1 + 2) / 5


def test_contact_fields_are_data_not_prose():
    html = (
        '<article><p>Écrivez-nous.</p><ul class="e2c-fields"><li>Adresse : 1 rue Mathé</li></ul>'
        "</article>"
    )
    assert rare_words(" ".join(blocks(html)), "fr", []) == []
