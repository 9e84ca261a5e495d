"""Documents shared by the corpus tests: one quote reported five ways."""

from __future__ import annotations

import quotetrack

FULL = "We will never accept a budget that cuts funding for rural hospitals and schools"
# The same quote reported by four outlets: whole, trimmed, re-punctuated, quoted in part; one by someone else.
DOCS = [
    {"id": "bbc-1", "outlet": "BBC", "date": "2024-05-03",
     "text": '"We will never accept a budget that cuts funding for rural hospitals," Senator Jane Smith said.'},
    {"id": "ap-1", "meta": {"publisher": "AP", "publication_date": "2024-05-01"},
     "text": f'Senator Jane Smith spoke on Monday.\n\n"{FULL}," Smith told reporters.\n\nOthers disagreed.'},
    {"id": "cnn-1", "outlet": "CNN", "date": "2024-05-02",
     "text": 'Senator Jane Smith said she would "never accept a budget that cuts funding for rural hospitals and '
             'schools" in remarks on Wednesday.'},
    {"id": "npr-1", "outlet": "NPR", "date": "2024-05-04",
     "text": '"We will never accept a budget -- that cuts funding for rural hospitals, and schools!" '
             'Senator Jane Smith said.'},
    {"id": "fox-1", "outlet": "Fox", "date": "2024-05-01",
     "text": f'"{FULL}," Governor Tom Brown said.'},
]


def read_docs(docs):
    return list(quotetrack.read_many(docs, backend="embedded"))
