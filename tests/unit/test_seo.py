from e2c.publish.seo import absolute_alternates, breadcrumbs, home_alternates, robots_txt

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


def test_the_404_page_offers_each_language_home_under_the_site_path():
    stale = [
        {"name": "Français", "link": "documents/depliant/", "lang": "fr"},
        {"name": "English", "link": "en/documents/depliant/", "lang": "en"},
    ]
    folders = {"fr": "", "en": "en"}
    assert [entry["link"] for entry in home_alternates(stale, SITE, folders)] == ["/", "/en/"]
    under_a_path = home_alternates(stale, "https://example.org/e2c/", folders)
    assert [entry["link"] for entry in under_a_path] == ["/e2c/", "/e2c/en/"]
    assert stale[0]["link"] == "documents/depliant/"  # the input is left as it was
