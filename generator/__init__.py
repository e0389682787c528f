"""pmdocs: a project questionnaire in, a professional document pack out."""

__version__ = "0.1.0"
