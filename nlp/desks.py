"""A company's support desk as a chat's or ticket's label names it: "Ledgerline Helpdesk", "Acme
Support", "Northmere Customer Care". Shared by the JSONL reader (which marks a ticket's agents
as the desk's) and the voices stage (which counts the desk's company as the incident's)."""

from __future__ import annotations

import re

COMPANY_DESK_LABEL = re.compile(r"(?P<org>(?-i:[A-Z])[\w&.'’-]*(?:\s(?-i:[A-Z])[\w&.'’-]*){0,2})\s+(?:help ?desk|support|"
                                r"customer (?:care|service|support)|service desk|care team|support team)\b", re.I)
# words that qualify a desk without naming a company: "Technical Support", "AI support"
DESK_QUALIFIERS = frozenset("technical tech it ai customer billing account premium live online product member".split())


def desk_owner(label: str) -> str | None:
    """The company a desk's label names ("Ledgerline Helpdesk" -> "Ledgerline"), or None."""
    m = COMPANY_DESK_LABEL.match(label.strip())
    org = m.group("org") if m else None
    return org if org and org.lower() not in DESK_QUALIFIERS else None
