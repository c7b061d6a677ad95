"""The functional tests: choosing, preparing, running and rating one test."""
