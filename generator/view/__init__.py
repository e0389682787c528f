"""Stage 2, the view model: everything the templates show, derived once from a questionnaire (tailoring, formatting, file names)."""
