"""Storage's side of export and import: records read out of the database, and written in.

``reading`` turns every row of a trainee into plain export records, ``writing`` stores an
imported trainee, and ``doses`` moves a suggestion's dose between the two.

Records refer to each other by index within the person (see domain/exchange/schema.py); these
modules turn database ids into those indexes and back. Rows are read and written with plain
column queries and bulk inserts, because ten years of history is tens of thousands of sets.
"""
