"""The pack's pictures (timeline, stakeholder grid, risk heat map, change impact), drawn at build time."""
