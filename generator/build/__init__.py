"""The pipeline run end to end: one project's pack (``pack``), many projects on every core, with reuse (``batch``)."""
