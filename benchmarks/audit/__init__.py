"""Precision audit: flags of the current analyzer on mainstream news, judged by hand."""
