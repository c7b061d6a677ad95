"""The first-run questions: who trains, a health check, equipment and language."""
