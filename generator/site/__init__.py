"""The portfolio site: project pages and downloads (``pages``), their conversion (``convert``), and the MkDocs plugin (``plugin``)."""
