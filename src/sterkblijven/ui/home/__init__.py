"""The home screen: this week's plan, what is due, and choosing who trains."""
