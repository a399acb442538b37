from e2c.render.text import blocks, inline


def test_html_and_scripts_are_shown_as_text():
    assert (
        inline("<script>alert(1)</script> & co") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    )
    assert "<img" not in inline('<img src=x onerror="alert(1)">')


def test_bold_and_https_links_are_the_only_formatting():
    assert inline("**bold**") == "<strong>bold</strong>"
    assert (
        inline("[réseau](https://reseau-e2c.fr/)") == '<a href="https://reseau-e2c.fr/">réseau</a>'
    )
    # Other schemes are not links: javascript: never reaches an href.
    assert "href" not in inline("[x](javascript:alert(1))")
    assert "href" not in inline("[x](http://example.org)")
    assert "href" not in inline('[x](https://a.fr/" onclick="alert(1))')


def test_lines_make_paragraphs_and_dashes_make_lists():
    text = "Une phrase.\nUne autre.\n- un ;\n- deux.\nFin.\n\nNouveau paragraphe."
    assert blocks(text) == (
        "<p>Une phrase. Une autre.</p><ul><li>un ;</li><li>deux.</li></ul>"
        "<p>Fin.</p><p>Nouveau paragraphe.</p>"
    )
