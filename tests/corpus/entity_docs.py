"""Articles written for the entity tests: the same people named in several ways across outlets, and people who
share a surname but are not the same."""

from __future__ import annotations

import quotetrack

STRIKE = "Nobody wins a long strike, and the port cannot wait another month"
DOCS = [
    {"id": "herald-1", "outlet": "Herald", "date": "2024-03-01",
     "text": "Dockworkers walked out on Friday.\n\n"
             f'"{STRIKE}," said Maria Lopez, a spokeswoman for the Ministry of Labour.\n\n'
             'Union leader Karen Olsen said the workers would stay out "as long as it takes."'},
    {"id": "gazette-1", "outlet": "Gazette", "date": "2024-03-02",
     "text": "The port strike entered its second day.\n\n"
             f'"{STRIKE}," Lopez told reporters.\n\n'
             'Olsen said the union would "stay out as long as it takes."'},
    {"id": "tribune-1", "outlet": "Tribune", "date": "2024-03-03",
     "text": '"Hungary will not accept the quota," Prime Minister Viktor Orbán said on Sunday.\n\n'
             '"We will defend our borders," Mike Pence said in Washington.'},
    {"id": "herald-2", "outlet": "Herald", "date": "2024-03-04",
     "text": '"Hungary will not accept the quota," Prime Minister Viktor Orban told a rally.\n\n'
             '"We will defend our borders at any cost," Michael Pence said.'},
    {"id": "wire-1", "outlet": "Wire", "date": "2024-03-05",
     "text": '"Exports will grow this year," said Wang Li, a spokesman for the Ministry of Commerce.\n\n'
             '"The strike hurts everyone," Karen Olsen said.'},
    {"id": "wire-2", "outlet": "Wire", "date": "2024-03-06",
     "text": '"The budget is balanced," said Wang Tao, a spokesman for the Ministry of Finance.\n\n'
             '"The strike is not over," Karen Olsen said.'},
    {"id": "post-1", "outlet": "Post", "date": "2024-03-07",
     "text": '"Nothing has changed," Wang said.\n\n"We are still out," Karen Olsen said.'},
]


def read_docs(docs=DOCS):
    return list(quotetrack.read_many(docs, backend="embedded"))
