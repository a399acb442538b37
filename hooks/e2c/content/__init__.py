"""Reading content/ and docs/ as staff wrote them, checked: schemas, cross-checks,
and the French messages that say what to fix, in which file, on which line."""
