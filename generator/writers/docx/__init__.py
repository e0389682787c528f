"""The Word writer: the document tree written as WordprocessingML into a prepared base (styles, page, header and footer)."""
