"""Stage 1, the questionnaire: load (YAML with lines), validate (structure), model (typed data), checks (the spec's rules).

``read.read_questionnaire`` is the one entry point; every problem comes back as a located
diagnostic, never as an exception."""
