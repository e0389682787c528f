"""Stage 4, the document tree: rendered Markdown read into nodes that every writer walks (as pandoc reads before it writes)."""
