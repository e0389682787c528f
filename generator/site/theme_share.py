"""Pages put in the theme on both cores: a forked copy of the build does the last pages while this process does the others.

Once every page is converted, MkDocs puts each in the theme, one after the other, in
this process: for a large portfolio that is a fifth of the build with the other core
idle.  `ThemeShare.start` (at ``on_env``, when everything the theme shows is known)
forks a copy of the build that puts the last half of the pages in the theme and writes
them, as MkDocs's loop would (`generator.site.mkdocs_internals.build_page`), while the
loop here does the first half and goes through the copy's pages as through kept pages.
At the first of them it waits for the copy, says what the copy's pages logged, and puts
their search entries back where MkDocs would have put them: the site is the same,
byte for byte, as one process makes it.  While both run, the garbage collector of
each leaves alone what the build made before the fork (``gc.freeze``): its scans
would write to every page of memory the two processes share, and copy it.
"""

from __future__ import annotations

import gc
import logging
import os
from typing import Any, Optional

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.build.copies import can_fork, end, fork, receive
from generator.site.mkdocs_internals import (KeptPage, build_page, built_elsewhere, capture_logs,
                                             documentation_pages)

MIN_PAGES = 50  # fewer pages to put in the theme (a quarter of a second): a copy is not worth forking


class ThemeShare:
    """A forked copy of the build putting its share of the pages in the theme."""

    def __init__(self, pid: int, read: int, order: dict[str, int]) -> None:
        self.pid, self.read = pid, read
        self.order = order  # the copy's pages: src_uri -> place in what it sends back
        self.entries: Optional[list[list[dict[str, Any]]]] = None  # each page's search entries, once received

    @classmethod
    def start(cls, files: Files, config: MkDocsConfig, nav: Navigation, env: Any,
              search: Optional[list[dict[str, Any]]], template: str, scratch: str) -> Optional[ThemeShare]:
        """Fork the copy, give it the last half of the pages (kept pages count for nothing), and make MkDocs's loop
        here go through them as through kept pages.  None: the pages are too few, or no copy can be forked."""
        pages = documentation_pages(files)
        weights = [0 if isinstance(f.page, KeptPage) else 1 for f in pages]
        if sum(weights) < MIN_PAGES or not can_fork():
            return None
        cut, done = 0, 0
        while done * 2 < sum(weights):
            done += weights[cut]
            cut += 1
        share = pages[cut:]
        level = logging.getLogger("mkdocs").getEffectiveLevel()

        def work() -> list[Any]:  # in the copy
            gc.freeze()  # what the build made stays shared: the collector's scans would write to every page of it
            entries = []
            with capture_logs(level) as said:
                for f in share:
                    before = len(search) if search is not None else 0
                    build_page(f, config, pages, nav, env)
                    entries.append(search[before:] if search is not None else [])
            return [entries, said]

        pid, read = fork(work)
        gc.freeze()  # here too, until the copy is done (`search_entries`)
        for f in share:
            assert f.page is not None
            built_elsewhere(f.page, template, scratch)
        return cls(pid, read, {f.src_uri: place for place, f in enumerate(share)})

    def holds(self, page: Page) -> bool:
        """Return True when the copy puts a page in the theme."""
        return page.file.src_uri in self.order

    def search_entries(self, page: Page) -> list[dict[str, Any]]:
        """Return the search entries of one of the copy's pages (the first time: once the copy is done, its pages'
        messages said here)."""
        if self.entries is None:
            entries, said = receive(self.pid, self.read)
            gc.unfreeze()
            self.entries = entries
            for name, level, text in said:
                logging.getLogger(name).log(level, text)
        return self.entries[self.order[page.file.src_uri]]

    def stop(self) -> None:
        """Stop the copy when its pages are not wanted (the build failed)."""
        if self.entries is None:
            self.entries = []
            gc.unfreeze()
            os.close(self.read)
            end(self.pid)
