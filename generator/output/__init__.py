"""Files on disk: a pack written into its folder whole, never taking a file pmdocs did not write."""
