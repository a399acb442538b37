from e2c.render.typography import NARROW_NBSP, NBSP, french_spacing


def test_high_punctuation_stays_with_its_word():
    assert french_spacing("Pour qui ?") == f"Pour qui{NARROW_NBSP}?"
    assert (
        french_spacing("Oui ! Non ; peut-être") == f"Oui{NARROW_NBSP}! Non{NARROW_NBSP}; peut-être"
    )
    assert french_spacing("Source : Onisep") == f"Source{NBSP}: Onisep"
    assert french_spacing("« Lutter »") == f"«{NBSP}Lutter{NBSP}»"


def test_punctuation_at_line_end_and_before_markup():
    assert french_spacing("si :\n- vous") == f"si{NBSP}:\n- vous"
    assert french_spacing("**vraies** ;") == f"**vraies**{NARROW_NBSP};"
    assert french_spacing("(c'est quoi ?)") == f"(c'est quoi{NARROW_NBSP}?)"


def test_code_links_and_attributes_are_untouched():
    code = "```sh\nmake serve ; make test\n```\n"
    assert french_spacing(code) == code
    assert french_spacing("lancez `a ; b` puis") == "lancez `a ; b` puis"
    heading = "## Pour qui ? { #pour-qui }"
    assert french_spacing(heading) == f"## Pour qui{NARROW_NBSP}? {{ #pour-qui }}"
    assert french_spacing("[x](https://a.fr/?q=1)") == "[x](https://a.fr/?q=1)"
    assert french_spacing("10:30 et a:b") == "10:30 et a:b"


def test_is_idempotent():
    once = french_spacing("Vous avez fait des erreurs ? « Oui » : non !")
    assert french_spacing(once) == once


def test_numbers_keep_their_digits_and_unit_together():
    assert french_spacing("61 % et 17 165 stagiaires") == f"61{NBSP}% et 17{NBSP}165 stagiaires"
    assert french_spacing("de 4 à 18 mois, en 2024 puis 152") == "de 4 à 18 mois, en 2024 puis 152"
