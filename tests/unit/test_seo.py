from e2c.seo import absolute_alternates, breadcrumbs, robots_txt

SITE = "https://www.e2c-allier.fr/"
TITLES = {"en/": None, "en/documents/": "Documents", "en/documents/depliant/": "The leaflet"}


def test_breadcrumbs_go_from_the_language_home_to_the_page():
    assert breadcrumbs("en/documents/depliant/", "en", TITLES, SITE, "Home") == [
        ("Home", SITE + "en/"),
        ("Documents", SITE + "en/documents/"),
        ("The leaflet", SITE + "en/documents/depliant/"),
    ]
    assert breadcrumbs("", "", {}, SITE, "Accueil") == [("Accueil", SITE)]


def test_alternates_become_absolute_with_x_default():
    html = (
        '<head><link rel="alternate" href="../../pour-qui/" hreflang="fr">'
        '<link rel="alternate" href="./" hreflang="en"></head>'
    )
    fixed = absolute_alternates(html, SITE + "en/pour-qui/", "fr")
    assert f'<link rel="alternate" href="{SITE}pour-qui/" hreflang="fr">' in fixed
    assert f'<link rel="alternate" href="{SITE}en/pour-qui/" hreflang="en">' in fixed
    assert f'<link rel="alternate" href="{SITE}pour-qui/" hreflang="x-default">' in fixed


def test_robots_txt_names_the_sitemap():
    assert robots_txt(SITE).endswith(f"Sitemap: {SITE}sitemap.xml\n")
