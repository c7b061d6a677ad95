"""The export document: its format, writing it, and checking an imported one field by field.

``schema`` holds the format and its records, ``writer`` the JSON and CSV text (``spreadsheet_nl``
the same tables for a Dutch spreadsheet, ``fhir`` the test results as FHIR R4), ``matching`` how
incoming people are compared with those here, ``reader`` and ``records`` the checks of an
imported file, built from the field checks in ``fields``. Checking never trusts the file: every
key is looked up, every type and range tested, every text made safe to store, and a refusal
names the path of the first bad field.
"""
