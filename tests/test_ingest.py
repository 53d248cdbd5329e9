from __future__ import annotations

import os

import pytest

from nlp.ingest import read_documents

ARTICLE_HTML = """<html><head><title>Outage</title>
<meta property="og:site_name" content="Cloud Ledger"><meta name="author" content="Jo Bloggs"></head>
<body><nav><a href="/">Home</a><a href="/cloud">Cloud</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
<article><h1>Storage outage hits thousands of shops</h1>
<p>An outage at Acme Cloud's storage service lasted nine hours on Tuesday, the company said in a statement.</p>
<p>Engineers restored the service after rolling back a faulty configuration change, according to two employees.</p>
<p>Thousands of online shops could not display product images during the disruption, customers said.</p></article>
<section class="related"><h3>You may also like</h3><ul><li><a href="/a">Ten tips for backups</a></li></ul></section>
<div id="comments"><h3>Hinterlasse eine Antwort</h3><form><label>Kommentar</label><textarea></textarea>
<p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p></form></div>
<footer>© 2025 Cloud Ledger. All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize("name,content", [("note.txt", "The outage lasted two hours.\n")])
def test_ingest_reads_plain_text(write, name, content):
    path = write(name, content)
    result = read_documents([path])
    assert [d.text for d in result.documents] == [content]
    assert result.documents[0].doc_id == "note.txt"
    assert result.failures == []


def test_ingest_markdown_front_matter_fills_metadata(write):
    path = write("post.md", "---\ntitle: Post-mortem\nsource: Acme Cloud\nkind: postmortem\npublished: 2025-03-02\n---\nWe are **sorry** for the outage.\n")
    doc = read_documents([path]).documents[0]
    assert (doc.title, doc.source, doc.kind, doc.published) == ("Post-mortem", "Acme Cloud", "postmortem", "2025-03-02")
    assert doc.text.strip() == "We are sorry for the outage."


def test_ingest_front_matter_field_names_from_other_tools_fill_the_same_metadata(write):
    path = write("story.md", "---\noutlet: The Ledger\ndate: 2026-03-04\nauthors: [Priya Natarajan, Tom Ash]\n---\nCard payments failed.\n")
    doc = read_documents([path]).documents[0]
    assert (doc.source, doc.published, doc.author) == ("The Ledger", "2026-03-04", "Priya Natarajan, Tom Ash")


def test_ingest_front_matter_organisation_is_the_issuing_source(write):
    path = write("note.md", "---\ntitle: A note\nauthor: Dr. Ana Ruiz\norganisation: Northgate Research\n---\nThe outage lasted an hour.\n")
    doc = read_documents([path]).documents[0]
    assert (doc.source, doc.author) == ("Northgate Research", "Dr. Ana Ruiz")


def test_ingest_markdown_without_front_matter_is_read_whole(write):
    path = write("plain.md", "# Heading\n\nThe outage lasted an hour.\n")
    doc = read_documents([path]).documents[0]
    assert doc.source is None and "The outage lasted an hour." in doc.text


@pytest.mark.parametrize("content", [
    "---\ntitle: [unclosed\n---\nBody text here.\n",
    "---\ntitle: ok\nsource: x\nBody but the front matter never closes\n",
])
def test_ingest_broken_front_matter_is_one_failure_naming_the_file(write, content):
    path = write("broken.md", content)
    result = read_documents([path])
    assert result.documents == []
    assert len(result.failures) == 1
    assert "broken.md" in str(result.failures[0]) and "front matter" in str(result.failures[0])


def test_ingest_html_keeps_article_and_drops_furniture(write):
    doc = read_documents([write("page.html", ARTICLE_HTML)]).documents[0]
    assert "lasted nine hours" in doc.text
    assert "customers said" in doc.text
    for furniture in ("Accept all", "You may also like", "Hinterlasse", "All rights reserved", "Ten tips"):
        assert furniture not in doc.text
    assert doc.source == "Cloud Ledger" and doc.author == "Jo Bloggs"


def test_ingest_jsonl_reads_each_line_and_reports_bad_lines(write):
    path = write("feed.jsonl", '{"id": "a", "text": "First outage report.", "source": "Wire"}\nnot json\n{"id": "c", "title": "no text"}\n{"text": "Third line."}\n')
    result = read_documents([path])
    assert [d.doc_id for d in result.documents] == ["feed.jsonl#a", "feed.jsonl#4"]
    assert [f.path for f in result.failures] == [f"{path}:2", f"{path}:3"]
    assert "not valid JSON" in result.failures[0].reason and "'text'" in result.failures[1].reason


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("garbage.txt", bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06]) * 40, "decode"),
    ("nohtml.html", b"just words, no markup at all", "HTML"),
    ("emptyhtml.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
])
def test_ingest_bad_input_is_reported_and_others_still_read(write, tmp_path, name, content, reason):
    write(name, content)
    write("good.txt", "The outage lasted two hours.")
    result = read_documents([tmp_path])
    assert [d.doc_id.split("/")[-1] for d in result.documents] == ["good.txt"]
    assert len(result.failures) == 1
    assert name in str(result.failures[0]) and reason in result.failures[0].reason


def test_ingest_decodes_legacy_encodings(write):
    path = write("latin.txt", "Le service a été interrompu pendant deux heures à Genève, selon l'opérateur.".encode("cp1252"))
    doc = read_documents([path]).documents[0]
    assert "été interrompu" in doc.text


def test_ingest_size_limit_is_configurable(write):
    path = write("big.txt", "word " * 1000)
    result = read_documents([path], max_bytes=100)
    assert result.documents == [] and "larger than the limit" in result.failures[0].reason


def test_ingest_unreadable_file_is_reported(write, tmp_path, monkeypatch):
    from pathlib import Path
    write("secret.txt", "The outage lasted two hours.")
    real = Path.read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", deny)
    result = read_documents([tmp_path])
    assert "secret.txt" in str(result.failures[0]) and "Permission denied" in result.failures[0].reason


def test_ingest_missing_path_is_reported(tmp_path):
    result = read_documents([tmp_path / "nope"])
    assert result.failures and "no such file" in result.failures[0].reason


def test_ingest_walks_sorted_skips_hidden_and_reports_link_loops(write, tmp_path):
    write("b.txt", "Second document text.")
    write("a/one.md", "First document text.")
    write(".hidden.txt", "Never read.")
    write("notes.docx", "Unsupported.")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    result = read_documents([tmp_path])
    ids = [d.doc_id for d in result.documents]
    assert ids == [f"{tmp_path.name}/a/one.md", f"{tmp_path.name}/b.txt"]
    assert any("loop" in f.reason for f in result.failures)


def test_ingest_doc_ids_and_hashes_are_stable(write, tmp_path):
    write("x.txt", "Same text.")
    first = read_documents([tmp_path]).documents[0]
    second = read_documents([tmp_path]).documents[0]
    assert (first.doc_id, first.content_hash) == (second.doc_id, second.content_hash)


WRAPPED_THREAD = """\
Ask HN: Did Acme just limit accounts to one device?

I pay for Acme Pro and use it on a laptop and a desktop. Since Tuesday
I get kicked out of one machine whenever I log in on the other. I asked
their support chat and got this answer from the bot:

  > "This is not a bug. As of this month, Acme subscriptions are now
  > limited to one device per account."

[14:22] Max (AI support): Hi there, thanks for reaching out! I'm Max,
        and I'm happy to help with your account today, whatever it is.

- A list item that runs long enough to wrap onto a second line of the
  same item, under its hanging indent.
- Another item.
From: Acme Communications, press office and media relations team desk
To: Technology Desk, The Courier
"""


def test_ingest_hard_wrapped_text_is_joined_into_paragraph_lines(write):
    from nlp.ingest.unwrap import unwrap

    text = unwrap(WRAPPED_THREAD)
    lines = text.splitlines()
    assert "I pay for Acme Pro and use it on a laptop and a desktop. Since Tuesday I get kicked out of one machine " \
           "whenever I log in on the other. I asked their support chat and got this answer from the bot:" in lines
    assert '  > "This is not a bug. As of this month, Acme subscriptions are now limited to one device per account."' in lines
    assert "[14:22] Max (AI support): Hi there, thanks for reaching out! I'm Max, and I'm happy to help with your " \
           "account today, whatever it is." in lines
    assert "- A list item that runs long enough to wrap onto a second line of the same item, under its hanging indent." in lines
    assert "- Another item." in lines
    # a header block keeps its lines
    assert "To: Technology Desk, The Courier" in lines
    (doc,) = read_documents([write("thread.txt", WRAPPED_THREAD)]).documents
    assert doc.text == text


def test_ingest_text_written_a_paragraph_a_line_is_not_unwrapped():
    from nlp.ingest.unwrap import unwrap

    text = ("Acme said the outage lasted two hours.\nCustomers said it lasted most of the day, and several of them "
            "posted screenshots of the error page to prove it.\n\n14:05 UTC - We identified the cause.\n"
            "14:30 UTC - A fix is rolling out.\nNorvik Bank\nOslo, Norway\n")
    assert unwrap(text) == text


FORUM_EXPORT = """\
ShopTalk Community Forums
Home > Industry News > High Street & Retail > Harlow Stores "cyber incident" megathread (tills, collection, online)
========================================================================

[#1] till_whisperer  |  Store colleague  |  Posts: 2,317  |  Joined: Aug 2016
     Sat 19 Apr 2025, 17:42
------------------------------------------------------------------------
Anyone else's store having a nightmare today? Contactless on our tills
went down mid-morning, so it's chip and PIN or cash only, and click &
collect parcels won't scan in. We're told it's a national "technical issue".
------------------------------------------------------------------------
Reply | Quote | Report                                        Likes: 14

[#2] elderflower  |  Member  |  Posts: 64  |  Joined: Jan 2022
     Mon 21 Apr 2025, 11:08
------------------------------------------------------------------------
Same at my local store on Easter Monday. Queue out the door and my
gift card wouldn't work either.
------------------------------------------------------------------------
Reply | Quote | Report                                        Likes: 3

Shortly before the Easter weekend, the company was the target of a highly
sophisticated cyber attack. Our teams acted quickly to contain it and took
some systems offline.
                                         Harlow Stores plc | Annual Report 2025 | 17
"""


def test_ingest_a_wrapped_export_with_bars_rules_and_a_wide_footer_is_unwrapped():
    from nlp.furniture import post_header
    from nlp.ingest.unwrap import unwrap

    text = unwrap(FORUM_EXPORT)
    lines = text.splitlines()
    assert len(text) == len(FORUM_EXPORT)  # offsets keep their meaning
    assert ("Anyone else's store having a nightmare today? Contactless on our tills went down mid-morning, so it's chip "
            "and PIN or cash only, and click & collect parcels won't scan in. We're told it's a national \"technical issue\".") in lines
    assert "Same at my local store on Easter Monday. Queue out the door and my gift card wouldn't work either." in lines
    assert ("Shortly before the Easter weekend, the company was the target of a highly sophisticated cyber attack. Our teams "
            "acted quickly to contain it and took some systems offline.") in lines
    # the post header, its bar and the breadcrumb keep their lines
    assert "Reply | Quote | Report                                        Likes: 14" in lines
    assert post_header("[#1] till_whisperer  |  Store colleague  |  Posts: 2,317  |  Joined: Aug 2016")[0] == "till_whisperer"


def test_ingest_html_site_name_falls_back_to_the_page_titles_tail(write):
    page = ("<html><head><title>PSN back after day-long outage | Pixel Dispatch</title></head><body><article>"
            "<h1>PSN back after day-long outage</h1><p>PlayStation Network went dark worldwide on Friday evening "
            "and stayed down for roughly 24 hours, locking players out of online games and the store.</p>"
            "<p>Sony blamed an operational issue and said it would give every member five extra days.</p>"
            "</article></body></html>")
    (doc,) = read_documents([write("story.html", page)]).documents
    assert doc.source == "Pixel Dispatch"


@pytest.mark.parametrize("tail,source", [("aelec Press Room", "aelec Press Room"), ("live updates", None)])
def test_ingest_a_site_name_in_small_letters_is_still_a_site_name_but_a_plain_tail_is_not(write, tail, source):
    page = (f"<html><head><title>Power association rejects blame for the blackout | {tail}</title></head><body><article>"
            "<h1>Power association rejects blame for the blackout</h1><p>The association said its members' plants had "
            "disconnected because voltage on the transmission network rose past the limits their protection allows.</p>"
            "<p>It asked the grid operator to publish how it planned voltage control on the day of the blackout.</p>"
            "</article></body></html>")
    (doc,) = read_documents([write("release.html", page)]).documents
    assert doc.source == source


def test_ingest_jsonl_records_may_keep_their_text_in_body_or_message(write):
    path = write("feed.jsonl", '{"id": "a", "body": "First outage report."}\n{"id": "b", "message": "Second report."}\n')
    assert [d.text for d in read_documents([path]).documents] == ["First outage report.", "Second report."]


def test_ingest_a_jsonl_feed_of_records_naming_no_issuer_is_one_dated_document(write):
    path = write("status.jsonl",
                 '{"timestamp": "2024-02-21T14:05:00Z", "title": "Investigating", "body": "Some customers cannot log in."}\n'
                 '{"timestamp": "2024-02-22T09:00:00Z", "title": "Resolved", "body": "We have restored every service."}\n')
    docs = read_documents([path]).documents
    assert len(docs) == 1 and docs[0].published == "2024-02-21"
    assert docs[0].text.index("[2024-02-21 14:05 UTC - Investigating]") < docs[0].text.index("We have restored")


def test_ingest_a_letterhead_in_capitals_is_not_joined_to_the_line_under_it():
    from nlp.ingest.unwrap import unwrap
    text = ("NATIONAL ALLIANCE OF COMMUNITY MEDICAL PRACTICES\nWashington, DC\n\n"
            "We write on behalf of the roughly 9,400 physicians, nurse practitioners and\n"
            "therapists who belong to the National Alliance of Community Medical\n"
            "Practices, most of whom work in practices of ten clinicians or fewer. Six\n"
            "weeks after the attack, many of them are still not being paid for the care\n"
            "they deliver, and some have laid off staff to keep their doors open.\n")
    out = unwrap(text)
    assert out.startswith("NATIONAL ALLIANCE OF COMMUNITY MEDICAL PRACTICES\nWashington, DC\n")
    assert "Community Medical Practices, most of whom" in out


def test_ingest_an_email_newsletter_laid_out_in_tables_keeps_its_text(write):
    from nlp.ingest import read_documents
    body = "".join(f"<tr><td><p>Story {k}: the payments processor Kwartel said card terminals declined transactions for "
                   f"nine hours on Tuesday, and merchants disputed its count of those affected.</p></td></tr>" for k in range(3))
    page = ("<html><head><title>The Outage Ledger - Issue 87</title></head><body>"
            "<table role=\"presentation\" width=\"640\">" + body + "</table></body></html>")
    path = write("digest.html", page)
    docs = read_documents([path]).documents
    assert docs and "declined transactions for nine hours" in docs[0].text


def test_ingest_a_posts_byline_names_its_author_when_the_extraction_drops_it(write):
    from nlp.ingest import read_documents
    page = ("<html><head><title>Nine days without a switch | Behind the Counter</title></head><body>"
            "<article><h2>Nine days without a switch</h2><p class=\"post-meta\">Posted May 7, 2024 by Helen Varga, RPh</p>"
            + "".join(f"<p>Paragraph {k}: when claims stopped going through on Wednesday I assumed our internet was down, "
                      f"and for nine days we could not process insurance claims electronically at the pharmacy.</p>"
                      for k in range(4)) + "</article></body></html>")
    doc = read_documents([write("post.html", page)]).documents[0]
    assert doc.author == "Helen Varga"


def test_ingest_a_wrapped_statement_under_one_long_disclaimer_line_is_unwrapped():
    from nlp.ingest.unwrap import unwrap

    text = ("Note: this statement is published for the information of customers, partners and the press; it is not "
            "an offer or a solicitation of any kind.\n\n"
            "Acme Consultancy Services has noted recent press coverage speculating\n"
            "that the cyber incident affecting its client originated with, or was\n"
            "made possible by, services that Acme provides.\n\n"
            "Following our own internal review, we have found no indication that any\n"
            "Acme systems, networks or user accounts were compromised in connection\n"
            "with this incident.\n")
    lines = unwrap(text).splitlines()
    assert ("Acme Consultancy Services has noted recent press coverage speculating that the cyber incident affecting "
            "its client originated with, or was made possible by, services that Acme provides.") in lines


def test_ingest_a_wrapped_thread_under_a_long_first_line_is_unwrapped():
    from nlp.ingest.unwrap import unwrap

    text = ("Thread export: Cloudflare 1.1.1.1 DNS resolver down globally, all replies with points and times, captured overnight\n"
            "Export captured 15 July 2025, 09:40 UTC\n\n"
            "62 points by kestrel_ops 11 hours ago | next [-]\n\n"
            "  Every device in my house stopped resolving at once. Router hands out\n"
            "  1.1.1.1 and 1.0.0.1 as the two resolvers, so there was no fallback at all.\n\n"
            "    18 points by lowtide 10 hours ago | parent | next [-]\n\n"
            "      Same here. For what it's worth it was down for two hours for me in\n"
            "      Melbourne, from just before 8am until nearly 10. Not a quick blip.\n")
    lines = unwrap(text).splitlines()
    assert ("      Same here. For what it's worth it was down for two hours for me in Melbourne, from just before 8am "
            "until nearly 10. Not a quick blip.") in lines


PAGINATED = (
    "ORBITAL REVIEW PANEL | Report on the March outage\n"
    "\n"
    "1. FINDINGS\n"
    "\n"
    "The panel found that the state-owned operator had not scheduled enough\n"
    "reserve capacity, and that the procedures for the control room were es-\n"
    "tablished without a second check on the night of the outage. The outage\n"
    "began at 21:40 and most customers were reconnected nine hours later, but\n"
    "\n"
    "________________________________\n"
    "¹ Figures supplied by the operator.\n"
    "                                                   Page 3 of 9\n"
    "\f\n"
    "ORBITAL REVIEW PANEL | Report on the March outage\n"
    "\n"
    "rural areas waited until the following afternoon for power. A state-\n"
    "owned supplier was not at fault, and the panel found no sign of an attack.\n"
    "                                                   Page 4 of 9\n"
)


def test_ingest_text_from_a_paginated_document_loses_its_page_apparatus():
    from nlp.ingest.pages import depaginate

    text = depaginate(PAGINATED)
    assert text.count("ORBITAL REVIEW PANEL") == 1  # the first page's head stays: it names the author
    assert "Page 3 of 9" not in text and "Page 4 of 9" not in text and "\f" not in text
    assert "Figures supplied" not in text  # the footnote under its rule
    assert "but\nrural areas waited" in text  # a sentence cut by the page break, joined
    from nlp.ingest.pages import dehyphenate
    text = dehyphenate(text)  # (the reader's step after unwrapping)
    assert "established" in text and "es-" not in text  # a word hyphenated at a line end, rejoined
    assert "state-owned supplier" in text  # ... keeping the hyphen of a word the text hyphenates elsewhere


def test_ingest_a_pdf_text_with_words_broken_at_line_ends_unwraps_into_whole_sentences(write):
    # pdftotext -layout: an indented body whose lines end in broken words; moving a word's start
    # down a line would widen the lines below and hide the wrapping
    report = ("   Acme Cloud GmbH                                        Incident Report IR-2025-017\n\n"
              "   1. Summary\n\n"
              "   On 9 September 2025 an approved maintenance task in our Frankfurt region (FRA1) re-\n"
              "   moved backup snapshots belonging to 41 customers. The task was submitted by an on-\n"
              "   call operator and approved with a scope that was broader than the operator intended.\n"
              "   Our operations agent executed the task as specified. The deletions lasted approxi-\n"
              "   mately two hours, and every on-call engineer was paged at 08:55 to help with the\n"
              "   restore from the geo-replica, which we finished the next day for 34 customers.\n\n"
              "   Confidential - prepared for customers                                   Page 1 of 2\n\f\n"
              "   2. Actions\n\n"
              "   We will require a second person to approve any task that deletes customer data, and\n"
              "   we will ask the agent to stop when a task would delete more than ten snapshots.\n\n"
              "   Confidential - prepared for customers                                   Page 2 of 2\n")
    text = read_documents([write("report.txt", report)]).documents[0].text
    assert ("On 9 September 2025 an approved maintenance task in our Frankfurt region (FRA1) removed backup "
            "snapshots belonging to 41 customers. The task was submitted by an on-call operator and approved") in text
    assert "lasted approximately two hours" in text


@pytest.mark.parametrize("text", [
    "The outage lasted two hours.\nIt was a well-known failure mode, not a new one.\n",
    "Our re-\nview is ongoing.\n",  # no page marks: hard-wrapped text is unwrap's business
])
def test_ingest_text_without_page_marks_is_not_depaginated(text):
    from nlp.ingest.pages import depaginate

    assert depaginate(text) == text


def test_ingest_a_paginated_text_file_reads_as_running_text(write):
    result = read_documents([write("report.txt", PAGINATED)])
    text = result.documents[0].text
    assert "nine hours later, but rural areas waited until the following afternoon for power." in text
    assert "were established without a second check" in text
    assert "Page 3" not in text


WIKI_HTML = """<html><head><title>2031 Harbour grid blackout - Wikipedia</title></head>
<body class="mediawiki skin-vector"><div class="mw-body"><h1>2031 Harbour grid blackout</h1>
<div class="mw-parser-output">
<p>The 2031 Harbour grid blackout was a power failure that cut supply to about two million homes for nine hours.<sup class="reference">[1]</sup></p>
<div id="toc" class="toc"><h2>Contents</h2><span class="toctoggle">[hide]</span><ul><li>1 Cause</li><li>2 References</li></ul></div>
<h2>Cause<span class="mw-editsection">[edit]</span></h2>
<p>The operator blamed a protection relay that tripped too early, while the regulator said too few plants had been scheduled.<sup class="reference">[2]</sup></p>
<h2>References<span class="mw-editsection">[edit]</span></h2>
<ol class="references"><li>"Relay blamed for Harbour blackout". Harbour Times. 3 May 2031.</li></ol>
</div></div></body></html>"""


def test_ingest_a_wiki_page_loses_its_edit_links_contents_box_and_citation_marks(write):
    text = read_documents([write("wiki.html", WIKI_HTML)]).documents[0].text
    assert "[edit]" not in text and "[hide]" not in text and "[1]" not in text
    assert "nine hours." in text and "scheduled." in text


NUMBERED_NOTICE = (
    "1. BACKGROUND\n\n"
    "1.1  On 04/03/2026 the Authority received a notification from North\n"
    "     Harrowdale Hospitals Trust reporting disruption to appointment\n"
    "     scheduling following an overnight upgrade of the records system.\n\n"
    "1.2  Corvane Health Ltd (\"the supplier\") notified the Authority of the\n"
    "     event on 05/03/2026 and confirmed the upgrade had been completed.\n\n"
    "1.3  These findings are based on information from both trusts and the\n"
    "     supplier, audit logs, and staff interviews held 6-11 March 2026.\n"
)


def test_ingest_numbered_paragraphs_with_hanging_indents_are_joined_not_read_as_posts():
    from nlp.ingest.unwrap import unwrap

    text = unwrap(NUMBERED_NOTICE)
    assert "from North Harrowdale Hospitals Trust reporting disruption" in text
    assert "notified the Authority of the event on 05/03/2026" in text
    assert "both trusts and the supplier, audit logs" in text


@pytest.mark.parametrize("title,site_meta,site", [
    ("Depots hit as ransomware spreads | The Grocery Ledger", '<meta property="og:site_name" content="groceryledger.example">',
     "The Grocery Ledger"),
    ("Blue Yonder Status - Cybersecurity incident affecting hosted services", "", "Blue Yonder"),
])
def test_ingest_a_pages_site_name_prefers_a_name_to_a_bare_domain(write, title, site_meta, site):
    page = (f"<html><head><title>{title}</title>{site_meta}</head><body><article>"
            "<p>Morrisons has been running parts of its fresh-food distribution on backup processes for more than a week.</p>"
            "<p>The supplier said it was working with outside cybersecurity firms to rebuild affected systems.</p>"
            "</article></body></html>")
    assert read_documents([write("page.html", page)]).documents[0].source == site


ISSUE_PAGE = """<html><head><title>Sync broken since Jan 16 · Issue #12 · ledgerly/ledgerly · GitHub</title></head>
<body><header><nav><a href="/">Product</a> <a href="/pricing">Pricing</a> Sign in</nav></header>
<main><h1>Bank transactions not syncing since Jan 16 #12</h1>
<div class="timeline-comment"><div class="timeline-comment-header"><a class="author">kestrel-mb</a> commented on Jan 17, 2025</div>
<div class="comment-body"><p>My checking account has not pulled a new transaction since Thursday morning.</p></div></div>
<div class="timeline-comment"><div class="timeline-comment-header"><a class="author">fernandoq</a> commented on Jan 17, 2025</div>
<div class="comment-body"><p>Mine only dropped out for about six hours on Thursday and then caught up.</p></div></div>
<div class="TimelineItem">dlrenner added the bank-outage label on Jan 17, 2025</div>
<div class="timeline-comment"><div class="timeline-comment-header"><a class="author">dlrenner</a> commented on Jan 18, 2025</div>
<div class="comment-body"><p>It is not our importer: every connection to that bank went dark at the same time.</p></div></div>
</main><footer>© 2025 GitHub, Inc. Terms Privacy</footer></body></html>"""


def test_ingest_a_comment_thread_page_is_read_post_by_post_with_its_headers(write):
    text = read_documents([write("issue.html", ISSUE_PAGE)]).documents[0].text
    assert "kestrel-mb commented on Jan 17, 2025" in text and "fernandoq commented on Jan 17, 2025" in text
    assert "about six hours" in text and "went dark at the same time" in text
    assert "Pricing" not in text and "Terms Privacy" not in text  # the page's navigation and footer


def test_ingest_an_article_page_with_a_few_reader_comments_is_still_read_as_its_article(write):
    text = read_documents([write("article.html", ARTICLE_HTML)]).documents[0].text
    assert "Hinterlasse" not in text


def test_ingest_a_numbered_social_thread_is_not_taken_for_a_paginated_document():
    from nlp.ingest.pages import depaginate

    thread = ("Ana Ruiz @anaruiz · 2h\nThe outage is now in its sixth hour and the status page still says all green.\n1/3\n\n"
              "Ana Ruiz @anaruiz · 2h\nTheir support line is not answering either, which is a first in my ex-\nperience.\n2/3\n")
    assert depaginate(thread) == thread


def _script_drawn_page(body: str) -> str:
    import json
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Card outage"},
        {"@type": "NewsArticle", "headline": "Card outage lasted nine hours", "articleBody": body,
         "author": {"@type": "Person", "name": "Jo Park"}, "datePublished": "2026-03-06",
         "publisher": {"@type": "Organization", "name": "The Ledger Post"}}]}
    return ("<!doctype html><html><head><title>Card outage lasted nine hours | The Ledger Post</title>"
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
            '<body><div id="__next"><nav><a href="/">Home</a></nav><main><h1>Card outage lasted nine hours</h1>'
            '<div class="spinner">Loading…</div></main><footer>© 2026 The Ledger Post</footer></div></body></html>')


def test_ingest_a_page_drawn_by_script_is_read_from_its_structured_article_body(write):
    body = ("<p>Customers of Zentra Bank could not pay by card for nine hours on Friday, the bank said.</p>"
            "<p>Engineers said the update had skipped the usual staged rollout &amp; review.</p>")
    doc = read_documents([write("article.html", _script_drawn_page(body))]).documents[0]
    assert doc.text.splitlines() == ["Customers of Zentra Bank could not pay by card for nine hours on Friday, the bank said.",
                                     "Engineers said the update had skipped the usual staged rollout & review."]
    assert doc.author == "Jo Park" and doc.published == "2026-03-06"


def test_ingest_an_article_in_its_html_is_not_replaced_by_a_shorter_structured_summary(write):
    page = ARTICLE_HTML.replace("</head>", '<script type="application/ld+json">{"@type": "NewsArticle", '
                                '"articleBody": "Acme Cloud had an outage."}</script></head>')
    text = read_documents([write("article.html", page)]).documents[0].text
    assert "lasted nine hours on Tuesday" in text and "Acme Cloud had an outage." not in text


def test_ingest_an_embedded_bluesky_post_names_its_poster_before_its_words(write):
    page = ("<html><head><title>Outage</title></head><body><article>"
            "<p>An outage at Acme Cloud's storage service lasted nine hours on Tuesday, the company said in a statement.</p>"
            '<blockquote class="bluesky-embed" data-bluesky-uri="at://x"><p lang="en">Our storage service is back. '
            "Sorry, everyone.</p>&mdash; Acme Cloud (<a href=\"https://bsky.app/profile/x\">@acme.cloud</a>) "
            '<a href="https://bsky.app/x">9 March 2026 at 14:05</a></blockquote>'
            "<p>Thousands of online shops could not display product images during the disruption, customers said.</p>"
            "</article></body></html>")
    text = read_documents([write("story.html", page)]).documents[0].text
    assert "Acme Cloud, posting as @acme.cloud, wrote on 9 March 2026 at 14:05: “Our storage service is back. Sorry, everyone.”" in text


@pytest.mark.parametrize("stated,published", [
    ("", None),  # only the copyright line's year: no date
    ("<p class=\"dateline\">Published 1 January 2024</p>", "2024-01-01"),  # a New Year's Day story keeps its date
])
def test_ingest_a_pages_copyright_year_is_no_publication_date(write, stated, published):
    page = ARTICLE_HTML.replace("<article>", "<article>" + stated).replace("© 2025", "© 2024")
    assert read_documents([write("article.html", page)]).documents[0].published == published


def test_ingest_a_post_mortems_timeline_table_is_read_row_by_row(write):
    rows = "".join(f"<tr><td>{t}</td><td>{e}</td></tr>" for t, e in [
        ("3:12 PM", "Telemetry service deployment begins across clusters."),
        ("3:16 PM", "Error rates climb and customers see failures."),
        ("7:38 PM", "All clusters are healthy and all services are restored.")])
    page = ("<html><head><title>Post-mortem</title></head><body><article><h1>December 11 incident</h1>"
            "<p>On December 11 every service was unavailable or degraded for about four hours, the company said.</p>"
            "<p>The trigger was a new telemetry service whose configuration overloaded the cluster API servers.</p>"
            "<h2>Timeline</h2><table><thead><tr><th>Time (PST)</th><th>Event</th></tr></thead><tbody>" + rows +
            "</tbody></table><p>We apologise to everyone affected by this outage and its long recovery.</p></article></body></html>")
    lines = read_documents([write("pm.html", page)]).documents[0].text.splitlines()
    assert "3:16 PM: Error rates climb and customers see failures." in lines
    assert not any("|" in line or "Time (PST)" in line for line in lines)


def test_ingest_front_matter_author_with_details_is_read_as_a_byline(write):
    text = ("---\ntitle: Security notice\nauthor:\n  name: Priya Raman\n  title: Chief Information Security Officer, "
            "Brightwell Analytics\n---\nWe were affected by the compromise of a third-party integration.\n")
    doc = read_documents([write("notice.md", text)]).documents[0]
    assert doc.author == "Priya Raman (Chief Information Security Officer, Brightwell Analytics)"


def test_ingest_a_newsletters_layout_table_gives_a_line_per_cell(write):
    cells = ["View in browser", "Signal & Noise, Issue 212",
             "For about ten days in August, attackers used stolen tokens to export records from many companies."]
    page = ("<html><head><title>Signal & Noise</title></head><body><table role=\"presentation\"><tr>"
            + "".join(f"<td><p>{c}</p></td>" for c in cells) + "</tr></table></body></html>")
    lines = read_documents([write("letter.html", page)]).documents[0].text.splitlines()
    assert cells[2] in lines and not any(" \u2014 " in line for line in lines)


@pytest.mark.parametrize("site,expected", [("blog.cloudflare.com", "Cloudflare"), ("www.bbc.co.uk", "BBC"),
                                           ("status.example-unnamed.com", "status.example-unnamed.com")])
def test_ingest_a_bare_domain_as_site_name_becomes_the_name_the_text_writes(write, site, expected):
    page = (f'<html><head><title>Outage report</title><meta property="og:site_name" content="{site}"></head><body><article>'
            "<p>Cloudflare said a configuration change caused errors for 25 minutes, the BBC reported on Friday morning.</p>"
            "<p>Customers of the network saw HTTP 500 errors on many websites during that window, engineers said.</p>"
            "</article></body></html>")
    assert read_documents([write("post.html", page)]).documents[0].source == expected


LETTER_PAGES = """    OFFICE OF COMMUNICATIONS AND NETWORK RESILIENCE

    4.   This is the second significant disruption to your services in less than a month. On
         21 November 2025 the Office wrote to you about the outage of 18 November 2025. Your
         reply described changes to the way configuration is deployed across your network.

    5.   The Office requires you to provide, no later than 19 December 2025, a written report
         setting out:

         (a)  a timeline of the incident in UTC, from the first deployment of the relevant
              change to full restoration of service;

    OCNR/NIS/2025/1187                                                        Page 1 of 2
\f
         (b)  the technical root cause, including why the change in question was deployed
              through a system that does not apply a staged or progressive rollout.

    OCNR/NIS/2025/1187                                                        Page 2 of 2
"""


def test_ingest_a_letters_lettered_items_and_a_date_wrapped_to_a_line_start_are_joined(write):
    lines = [line.strip() for line in read_documents([write("letter.txt", LETTER_PAGES)]).documents[0].text.splitlines()]
    assert any(line.endswith("less than a month. On 21 November 2025 the Office wrote to you about the outage of "
                             "18 November 2025. Your reply described changes to the way configuration is deployed "
                             "across your network.") for line in lines)
    assert "(a)  a timeline of the incident in UTC, from the first deployment of the relevant change to full " \
           "restoration of service;" in lines
    assert not any("Page 1 of 2" in line for line in lines)  # a footer with the page number at its end


def test_ingest_a_facebook_discussion_copied_as_text_gets_a_header_per_comment(write):
    text = ("Northfield East Community Noticeboard\nPublic group · 8.4K members\n\n"
            "Sandra Pilkington\n· 3h\nIs anyone else still waiting on a passport after the online system went down?\n"
            "Like    Comment    Share\n\n"
            "Gareth Mounsey\nSame boat. We missed our flight to Lisbon on Saturday and lost £640 on the hotel.\n"
            "2h  Like  Reply  😢 9\n"
            "    ↳ Sandra Pilkington\n    Oh no Gareth that's awful. Did you try the advice line?\n    2h  Like  Reply\n"
            "    ↳ Gareth Mounsey\n    45 minutes on hold and then it cut me off. Happened twice.\n    1h  Like  Reply  👍 4\n")
    lines = read_documents([write("group.txt", text)]).documents[0].text.splitlines()
    assert "Sandra Pilkington · 3h" in lines and "Gareth Mounsey · 2h" in lines
    assert "    ↳ Gareth Mounsey · 1h" in lines


def test_ingest_html_marks_its_section_headings(write):
    page = ("<html><head><title>Two outages</title></head><body><article><h1>Two outages in a month</h1>"
            "<p>For the second time in a month, a large part of the web went dark because of one company's fault.</p>"
            "<h2>Nimbus: two processes racing</h2>"
            "<p>The failure at Nimbus began on 20 October and took about fifteen hours to unwind completely.</p>"
            "<h3>What customers saw</h3>"
            "<p>Shops that relied on the platform could not take orders for most of that Monday afternoon.</p>"
            "<h2>Hollow: a change that slipped through</h2>"
            "<p>The trouble at Hollow started on 29 October and was mitigated after about eight hours.</p>"
            "</article></body></html>")
    doc = read_documents([write("feature.html", page)]).documents[0]
    marked = [(doc.text[start:doc.text.index("\n", start)], level) for start, level in doc.headings]
    assert marked == [("Nimbus: two processes racing", 2), ("What customers saw", 3),
                      ("Hollow: a change that slipped through", 2)]


def test_ingest_html_review_site_heads_each_review_with_its_reviewer(write):
    card = ('<article class="review-card" data-review-id="r{k}"><aside class="consumer">'
            '<span class="consumer__name">{name}</span></aside><div class="review">'
            '<time datetime="2026-03-14">14 Mar 2026</time><h2>{title}</h2><p class="review__text">{text}</p></div>'
            '{reply}</article>')
    reply = ('<div class="company-reply"><p class="company-reply__header">Reply from Harrowfield\'s '
             '<time datetime="2026-03-16">16 Mar 2026</time></p><p>We are so sorry; the fault lay with our payment '
             'provider and affected cards for around ninety minutes in some stores.</p></div>')
    reviews = [("Gemma Rowbotham", "No way to pay", "My card was declined at the till from eleven until nearly four "
                "in the afternoon, and the queue reached the frozen aisle.", reply),
               ("Owain Pritchard", "Online too", "The website failed at the payment page every single time until gone "
                "half three, whatever the official line is about the bank.", ""),
               ("Priya Lal", "Nobody told us", "My local branch had a handwritten sign on the door saying cards were "
                "not working, and no one could say how long it would take.", "")]
    page = ("<html><head><title>Harrowfield's Reviews</title></head><body><main><section class='review-list'>"
            + "".join(card.format(k=k, name=n, title=t, text=x, reply=r) for k, (n, t, x, r) in enumerate(reviews))
            + "</section></main></body></html>")
    text = read_documents([write("reviews.html", page)]).documents[0].text
    assert "Gemma Rowbotham · reviewed 14 Mar 2026" in text and "Priya Lal · reviewed 14 Mar 2026" in text
    assert "Harrowfield's · replied 16 Mar 2026" in text and "Reply from" not in text
    assert text.index("Gemma Rowbotham ·") < text.index("declined at the till") < text.index("Harrowfield's · replied")


def test_ingest_a_copied_professional_network_post_heads_each_post_with_its_poster(write, linkedin_copy):
    text = read_documents([write("post.txt", linkedin_copy)]).documents[0].text
    assert "Jonas Weber · CTO at Acme Cloud | Speaker on SRE & automation · 1d" in text
    assert "Anna Kraus · Head of IT at Moselkamp Logistik · 22h" in text
    assert "graphic link" not in text and "• 2nd" not in text


def test_ingest_a_bare_domain_site_name_becomes_the_name_the_text_spells_in_words():
    from nlp.ingest.readers import _domain_owner
    assert _domain_owner("thecoldaisle.example", "Sign up to The Cold Aisle newsletter.") == "The Cold Aisle"
    assert _domain_owner("blog.cloudflare.com", "Cloudflare said the file doubled.") == "Cloudflare"


def test_ingest_a_classic_forum_threads_post_heads_become_one_line_each():
    from nlp.ingest.readers import forum_profiles
    text = ("    PalmaStuck_Dave\nSenior Member\nJoin Date: Mar 2019\nLocation: Leeds\nPosts: 212\n  3 Jul 2026, 09:12 #1\n"
            "    At Palma airport every check-in kiosk is showing a blue screen.\n"
            "    frequentflyer_nina\nModerator emerita\nJoin Date: Nov 2014\nLocation: Copenhagen\nPosts: 3,481\n"
            "  3 Jul 2026, 09:40 #2\n    Same in Copenhagen.\n")
    out = forum_profiles(text)
    assert "PalmaStuck_Dave · 3 Jul 2026, 09:12 #1" in out and "frequentflyer_nina · 3 Jul 2026, 09:40 #2" in out
    assert "Location:" not in out and "Join Date" not in out


def test_ingest_a_status_pages_incident_history_keeps_titles_and_update_stamps(write):
    update = ('<div class="update"><strong>{status}</strong> - <span class="whitespace-pre-wrap">{text}</span>'
              '<div class="update-timestamp font-small">Posted <var data-var="date">{date}</var> - <var data-var="time">'
              '{time}</var> UTC</div></div>')
    incident = '<div class="incident-container"><div class="incident-title font-large">{title}</div>{updates}</div>'
    page = ("<html><head><title>Tasklane Status - Incident History</title></head><body><div class='layout'>"
            + incident.format(title="Boards not loading for some users", updates="".join(
                update.format(status=s, text=t, date="Feb 24, 2026", time=h) for s, t, h in (
                    ("Resolved", "Between 09:02 and 09:52 UTC, some users were unable to load boards and task lists.", "10:20"),
                    ("Investigating", "We are investigating reports that boards and task lists fail to load.", "09:14"))))
            + incident.format(title="Elevated errors in the EU region", updates="".join(
                update.format(status=s, text=t, date="Feb 3, 2026", time=h) for s, t, h in (
                    ("Resolved", "The EU database cluster failed over and error rates returned to normal after four hours.", "18:09"),
                    ("Investigating", "We are investigating elevated error rates for customers in the EU region today.", "14:02"))))
            + "</div></body></html>")
    text = read_documents([write("status.html", page)]).documents[0].text
    assert "Posted Feb 24, 2026 - 10:20 UTC" in text and "Posted Feb 3, 2026 - 14:02 UTC" in text
    assert "Elevated errors in the EU region" in text


X_COPY = ("Post\n\nConversation\nLumora Mobile\n@LumoraMobile\nWe're aware some customers cannot make calls this morning. "
          "Our engineers are working on it.\n5:47 AM · Mar 9, 2026\n·\n1.4M\n Views\n2.1K\nPost your reply\n"
          "Brian Kibet\n@kibet_codes\n·\nMar 9\n\"Some customers\"? Nothing is working in Kesumba. No calls, no data.\n64\n402\n"
          "Lumora Mobile\n@LumoraMobile\n·\nMar 9\nOur investigation shows the disruption was caused by vandalism of fibre cables.\n1.2K\n"
          "Lumora Care\n@LumoraCare\n·\nMar 9\nHi Brian, we're sorry about this. Failed payments will be reversed within 24 hours.\n12\n")


def test_ingest_posts_copied_from_x_get_one_header_each(write):
    text = read_documents([write("thread.txt", X_COPY)]).documents[0].text
    assert "Lumora Mobile @LumoraMobile · Mar 9, 2026\nWe're aware" in text
    assert "Brian Kibet @kibet_codes · Mar 9\n" in text and "Lumora Care @LumoraCare · Mar 9\n" in text


def test_ingest_a_live_blogs_entry_times_are_kept(write):
    page = ("<html><body><article><h1>Northgate outage live</h1><p>Northgate said its network was failing across "
            "many regions on Tuesday morning, and error pages appeared on many sites.</p><h2>Live updates (all times ET)</h2><ul>"
            "<li><time datetime=\"2025-11-18T06:41-05:00\">6:41 a.m.</time> Users report errors on retail and banking sites.</li>"
            "<li><time datetime=\"2025-11-18T12:11-05:00\">12:11 p.m.</time> Northgate declares all services restored.</li>"
            "</ul></article></body></html>")
    text = read_documents([write("live.html", page)]).documents[0].text
    assert "6:41 a.m. Users report errors" in text and "12:11 p.m. Northgate declares" in text


def test_ingest_a_releases_dateline_dates_it_over_a_related_links_date(write):
    page = ("<html><head><title>Statement | Kelvin DataHalls</title></head><body><article><h1>Statement on the cooling event</h1>"
            "<p><strong>MILAN, 8 July 2026 /PRNewswire/ --</strong> Kelvin DataHalls today confirmed that the cooling systems "
            "at its campus kept conditions within contracted limits throughout the heatwave of 7 July, and rejected "
            "suggestions that its infrastructure caused the trading suspension at one of its customers.</p>"
            "<p>One of four chillers tripped and was restarted 38 minutes later, the company said.</p></article>"
            "<aside><h3>More news</h3><ul><li><a href=\"/n/1\">Kelvin DataHalls signs power deal</a> "
            "<time datetime=\"2026-03-03\">3 March 2026</time></li></ul></aside></body></html>")
    assert read_documents([write("release.html", page)]).documents[0].published == "2026-07-08"


def test_ingest_front_matter_authors_keep_their_titles_and_firm(write):
    several = write("pm.md", "---\ntitle: Post-mortem\nauthors:\n  - name: Ines Varga\n    title: Chief Technology Officer\n"
                             "  - name: Jules Ambrose\n    title: VP, Edge Platform\n---\nThe outage lasted three hours.\n")
    assert read_documents([several]).documents[0].author == \
        "Ines Varga (Chief Technology Officer); Jules Ambrose (VP, Edge Platform)"
    one = write("st.md", "---\ntitle: Statement\nauthor:\n  name: Gareth Milsom\n  title: Chief Operating Officer\n"
                         "  firm: Corvane Managed Services Ltd\n---\nWe applied the mitigation on 23 January.\n")
    assert read_documents([one]).documents[0].author == "Gareth Milsom, Chief Operating Officer, Corvane Managed Services Ltd"


def test_ingest_a_chat_or_status_export_giving_each_record_its_id_is_still_one_feed(write):
    # a Discord-style export names each message's id and poster; a status export each update's
    # id and status: the ids name messages, not documents
    chat = write("chat.jsonl",
                 '{"id": "1240785631220137984", "timestamp": "2026-05-16T18:44:09.318+00:00", "author_name": "mossback_tank", '
                 '"author_type": "user", "content": "whole party disconnected on the last boss"}\n'
                 '{"id": "1240785631258943215", "timestamp": "2026-05-16T18:47:51.002+00:00", "author_name": "Rowan", '
                 '"author_type": "staff", "content": "We are aware of login problems and are investigating."}\n')
    docs = read_documents([chat]).documents
    assert len(docs) == 1
    assert "[2026-05-16 18:44] mossback_tank: whole party" in docs[0].text
    status = write("status.jsonl",
                   '{"id": "upd_1", "created_at": "2026-05-16T19:04:00Z", "status": "investigating", "title": "Login issues", '
                   '"body": "Players cannot log in."}\n'
                   '{"id": "upd_2", "created_at": "2026-05-17T10:00:00Z", "status": "resolved", "title": "Login issues", '
                   '"body": "Service is restored."}\n')
    docs = read_documents([status]).documents
    assert len(docs) == 1 and "[2026-05-16 19:04 UTC - Login issues]" in docs[0].text
    # records naming their own source stay documents of their own
    articles = write("articles.jsonl", '{"id": "a1", "source": "Ledger", "text": "The bank failed."}\n'
                                       '{"id": "a2", "source": "Post", "text": "The bank recovered."}\n')
    assert len(read_documents([articles]).documents) == 2


OLD_REDDIT = """<html><head><title>Kestrel Pay down again? Card machine dead all afternoon : ShopOwnersUK</title></head>
<body class="listing-page comments-page"><div id="header"><a href="#">jump to content</a> my subreddits - popular - all</div>
<div class="side"><div class="titlebox">For shop owners. Be civil.</div></div>
<div class="content"><div class="thing link self" data-author="till_roll_tess">
<p class="title">Kestrel Pay down again? Card machine dead all afternoon</p>
<p class="tagline">submitted 3 hours ago by <a class="author">till_roll_tess</a> <span class="flair">Shop owner</span></p>
<div class="usertext-body"><div class="md"><p>Our card machine stopped taking payments at about two o'clock and nothing
went through until nearly five. I lost most of a Saturday's takings and Kestrel Pay's status page still says everything
is fine. We rang the helpline three times and got the same recorded message every time. The queue at the till went out
of the door and people left their baskets on the counter. This is the second Saturday this month that it has happened
and nobody from Kestrel Pay has rung us back. Has anyone else had this today, or is it just our terminal?</p></div></div></div>
<div class="comment thing" data-author="ex_kp_ops"><p class="tagline"><a class="author">ex_kp_ops</a> <span class="flair">ex-Kestrel (unverified)</span>
<span class="score">212 points</span> <time>2 hours ago</time></p><div class="md"><p>I worked on their gateway until last year.
A capacity change went out on Friday night without review, and that is what broke it.</p></div></div>
<div class="comment thing" data-author="bakery_bea"><p class="tagline"><a class="author">bakery_bea</a> <span class="flair">Shop owner</span>
<span class="score">40 points</span> <time>1 hour ago</time></p><div class="md"><p>Same here in Leeds, dead from two until gone four.</p></div></div>
</div></body></html>"""


def test_ingest_an_old_reddit_page_is_read_as_its_thread_even_with_a_long_opening_post(write):
    doc = read_documents([write("thread.html", OLD_REDDIT)]).documents[0]
    assert "A capacity change went out on Friday night" in doc.text  # the replies are kept
    assert "jump to content" not in doc.text  # the page's header is no post
    assert "ex_kp_ops ex-Kestrel (unverified) 212 points 2 hours ago" in doc.text
    assert doc.source == "ShopOwnersUK" and doc.title.startswith("Kestrel Pay down again?")
    assert doc.author == "till_roll_tess"  # the handle as written, not "Till Roll Tess"


def test_ingest_markdown_backslash_escapes_are_resolved(write):
    doc = read_documents([write("status.md", "# Elevated declines \\- EU\n\nThe 3\\-D Secure service was degraded \\(partial outage\\).\n")]).documents[0]
    assert "3-D Secure service was degraded (partial outage)." in doc.text
    assert "\\-" not in doc.text


def test_ingest_a_numbered_paragraph_wrapped_back_to_the_margin_is_joined():
    from nlp.ingest.unwrap import unwrap
    text = ("1. This complaint concerns a refund, and an answer given by an automated\n"
            "assistant on the operator's website when the complainant asked about it.\n\n"
            "2. The Complainant, Dara Okafor, says that on the morning of the outage she\n"
            "asked the assistant whether a refund could be claimed after travelling.\n\n"
            "3. The operator says the assistant linked to the correct policy page and that\n"
            "2023 tariffs limit its liability in any case, whatever the assistant said.\n\n"
            "4. The Complainant is self-represented.\n")
    out = unwrap(text)
    assert "an automated assistant on the operator's website" in out
    assert "that 2023 tariffs limit" in out
    assert "\n\n4. The Complainant is self-represented." in out  # the next paragraph stays its own


def test_ingest_posts_quoted_in_markdown_with_their_signature_name_their_poster(write):
    text = ("#### 16:35\n\nStill nothing, whatever the status page says.\n\n"
            "> Been trying for three hours. It doesn't respond at all\n>\n"
            "> — kerry bakes (@kerrybakes) [January 31, 2026](https://x.example/kerrybakes/status/5)\n\n"
            "> This is a quote from the agency's page, with no signature.\n")
    doc = read_documents([write("live.md", text)]).documents[0]
    assert "Kerry Bakes, posting as @kerrybakes, wrote on January 31, 2026: \u201cBeen trying for three hours." in doc.text
    assert "> This is a quote from the agency's page" in doc.text  # a quote without a signature stays


def test_ingest_a_government_pages_from_field_names_its_issuer(write):
    page = ("<html><head><title>Portal availability - GOV.EXAMPLE</title></head><body><main>"
            "<h1>Portal availability on 31 January</h1><dl class=\"gem-c-metadata\"><dt>From:</dt>"
            "<dd><a href=\"/orgs/rea\">Revenue and Excise Authority</a></dd><dt>Published</dt><dd>31 January 2026</dd></dl>"
            "<p>Between 14:00 and 15:30 some customers saw slow responses when using the filing portal to send a return.</p>"
            "<p>We're sorry to customers who had difficulty getting through on the deadline day this year.</p>"
            "<p>The portal is designed to handle peak demand, and last year millions of customers filed on time.</p>"
            "</main></body></html>")
    doc = read_documents([write("notice.html", page)]).documents[0]
    assert doc.author == "Revenue and Excise Authority"


def test_ingest_a_parliaments_report_labels_each_member_with_office_or_seat():
    from nlp.ingest.pages import parliament_turns
    text = ("Hansard\nHouse of Commons\n\nPortal failure\n\n"
            "Mr Tom Ashby (Wealdmoor) (Con) (Urgent Question): To ask the Chancellor to make a statement.\n\n"
            "The Financial Secretary to the Treasury (Ms Nadia Quist): I am sorry.\n\n"
            "Mr Ashby: This is the second time.\n")
    out = parliament_turns(text)
    assert "Mr Tom Ashby (MP for Wealdmoor, Con): To ask" in out
    assert "Ms Nadia Quist (Financial Secretary to the Treasury): I am sorry." in out
    assert "Mr Ashby: This is the second time." in out
    assert parliament_turns("Mr Tom Ashby (Wealdmoor) (Con): hello\n") == "Mr Tom Ashby (Wealdmoor) (Con): hello\n"  # no report


WEBVTT_FILE = ("WEBVTT\nKind: captions\nLanguage: en\n\nNOTE\nHarrow Cloud - update 2 from Maeve - published 26/03/2026\n\n"
               "1\n00:00:00.000 --> 00:00:04.200\n[music]\n\n"
               "2\n00:00:04.200 --> 00:00:09.800\n<v Maeve Kinsella>Hi everyone, it's Maeve. This is our second update since the fire,\n\n"
               "3\n00:00:09.800 --> 00:00:15.100\nand ninety percent of affected customers were restored within two weeks.\n\n"
               "4\n00:00:15.100 --> 00:00:20.000\n<v Tadhg Moore>Thanks Maeve. First question is from a customer who lost a week of data.\n\n"
               "5\n00:00:20.000 --> 00:00:25.000\n<v Maeve Kinsella>On that plan backups were the customer's responsibility, and we said so.\n")


def test_ingest_a_captions_file_reads_as_its_speakers_turns(write):
    doc = read_documents([write("update.vtt", WEBVTT_FILE)]).documents[0]
    assert "-->" not in doc.text and "\n2\n" not in doc.text
    assert "Maeve Kinsella: Hi everyone, it's Maeve. This is our second update since the fire, and ninety percent" in doc.text
    assert "\n\nTadhg Moore: Thanks Maeve." in doc.text
    assert "\n\nMaeve Kinsella: On that plan backups" in doc.text
    # a SubRip file, numbered cues without voices, keeps only the words
    srt = "1\n00:00:01,000 --> 00:00:03,000\nThe site went down at noon.\n\n2\n00:00:03,000 --> 00:00:05,000\nIt came back at two.\n\n" \
          "3\n00:00:05,000 --> 00:00:07,000\nNobody told us why.\n"
    assert read_documents([write("clip.srt", srt)]).documents[0].text.split() == \
        "The site went down at noon. It came back at two. Nobody told us why.".split()


def test_ingest_bluesky_posts_copied_as_text_get_one_header_each():
    from nlp.ingest.readers import x_copy
    text = ("Dana Whitlow\n@danawhit.bsky.social\nFollow\npayday and my card got declined at the pump.\n"
            "27 February 2026 at 07:34\n312 reposts\n\n"
            "Fenbridge Bank\n@fenbridge.example\n· 1d\nHi Dana, we're sorry about this. We're working to fix it.\n86\n\n")
    out = x_copy(text)
    assert "Dana Whitlow @danawhit.bsky.social · 27 February 2026\npayday and my card" in out
    assert "Fenbridge Bank @fenbridge.example · 1d\nHi Dana" in out
    assert "Follow" not in out


def test_ingest_a_headline_taken_for_the_site_name_gives_way_to_the_titles_tail(write):
    page = ("<html><head><title>An airline said its chatbot answered for itself. A tribunal disagreed. - The Wirecast</title>"
            "<meta property=\"article:author\" content=\"Owen Castle\"></head><body><article>"
            "<h1>An airline said its chatbot answered for itself. A tribunal disagreed.</h1>"
            "<p>A grieving passenger did what the airline's website assistant told him, and the airline refused his refund.</p>"
            "<p>Last Friday a small-claims tribunal sided with the passenger and ordered the carrier to pay the difference.</p>"
            "</article></body></html>")
    doc = read_documents([write("explainer.html", page)]).documents[0]
    assert doc.source in (None, "The Wirecast")
    assert doc.source != doc.title
