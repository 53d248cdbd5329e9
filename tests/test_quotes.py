from __future__ import annotations

import pytest

from nlp.voices.quotes import inside_share, quote_regions


@pytest.mark.parametrize("text,quoted", [
    ('He said "it was brief," and left.', ['"it was brief,"']),
    ('“Curly quotes work,” she said.', ['“Curly quotes work,”']),
    ('"First paragraph of a statement.\n"Second paragraph, closed."\nNarration.', ['"First paragraph of a statement.\n"Second paragraph, closed."']),
    ('   "Opened here.\nContinued without a new mark.\nClosed."\nAfter.', ['"Opened here.\nContinued without a new mark.\nClosed."']),
    ("Scare quotes like 'user error' are not speech.", []),
])
def test_quotes_regions_follow_newspaper_conventions(text, quoted):
    assert [text[s:e] for s, e in quote_regions(text)] == quoted


def test_quotes_inside_share_measures_overlap():
    text = 'A "quoted" word.'
    regions = quote_regions(text)
    assert inside_share(regions, 2, 10) == 1.0
    assert inside_share(regions, 0, len(text)) == pytest.approx(8 / len(text))
