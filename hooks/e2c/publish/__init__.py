"""Everything written into site/ besides the pages MkDocs renders: PDFs,
redirects, security headers, search indexes, SEO files, fixes to the theme."""
