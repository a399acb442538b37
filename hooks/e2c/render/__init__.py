"""Turning checked content into the pieces of the pages: what each marker
becomes, the self-check, the leaflet and the charter, explained words."""
