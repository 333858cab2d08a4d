"""Arabic number format for the tracker (a deliberate choice): Western digits, grouped by thousands with a comma,
as Arabic-language humanitarian reporting and the English pages write them (5,000 rather than Django's default
ungrouped 5000). Dates keep Django's Arabic month names. Everything not set here comes from Django's own ar."""

THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3
