"""The carer part: people, plans, equipment, suggestions, data and papers."""
