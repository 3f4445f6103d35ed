"""nk_entity_resolver, one module per question:

component.py   the spaCy face: factory, initialize(kb_dir), serialisation, __call__
lexicon.py     the word lists of the KB's context.json as phrase tables and sets
document.py    DocEntities, the per-doc state every rule takes
boundaries.py  where an entity starts and ends
known.py       what the knowledge base says; ACTOR or PLACE
structured.py  canonical names of titles, institutions, forces and their owner
labelling.py   one candidate span, labelled
passes.py      the document passes, in the order of PASSES
people.py      people: names in person slots, long titles before them, surnames
media.py       outlets after relay cues and the record's own outlet
organisations.py  armed groups and organisations the KB lacks: acronyms, slots, branches
datelines.py   dateline and outlet layouts
"""
