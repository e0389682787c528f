"""Helpers shared by the tests: real clients, text of rendered Markdown, hostile inputs, sites, packs, Word files."""
