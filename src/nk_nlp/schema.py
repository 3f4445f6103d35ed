"""The record's closed vocabularies (annotation.md, record.md), in one place.

The bottom layer: it imports nothing of nk_nlp, so the text tools, the components and
the record tools can all read the same tables.
"""

LABELS = ("ACTOR", "PLACE", "EQUIPMENT", "MEDIA")
QUALIFIERS = ("exact", "at_least", "more_than", "nearly", "approximately", "up_to", "vague")
CATEGORIES = ("military", "civilian", "people", "equipment", "territory", "other")
OUTCOMES = ("killed", "wounded", "killed_or_wounded", "missing", "captured", "destroyed", "other")

# Which bounds a qualifier implies (annotation.md, "Numbers"): (low, high), each "value"
# (equal to the claim's value) or None (open). "vague" has no value and takes its bounds
# from the words ("ratusan": 100..999), so it is not in this table.
BOUNDS = {
    "exact": ("value", "value"),
    "at_least": ("value", None),
    "more_than": ("value", None),
    "nearly": (None, "value"),
    "approximately": (None, None),
    "up_to": (None, "value"),
}
