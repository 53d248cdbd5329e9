from __future__ import annotations

import pytest

from nlp.furniture import furniture_reason, post_header


@pytest.mark.parametrize("line", [
    "Leave a reply", "Hinterlasse eine Antwort", "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    "Laisser un commentaire", "Deja un comentario", "You may also like", "Share this article",
    "Subscribe to our newsletter", "By Miriam Okafor · Updated 14:05 GMT", "Updated 20 February 2026",
    "© 2026 Bytewire. All rights reserved.", "Media contact: press@example.com", "## What happened",
    "Cloud outages", "Accept all cookies",
    # a post-mortem's configuration block
    "strategy: all-clusters # no staged canary", "pageSize: 0", "rollout:", '"replicas": 3,', "$ kubectl get nodes",
    "cc: Daniel Achterberg, Senior Case Officer",  # a letter's copy list
    # an earnings call's safe harbour
    "These statements are subject to risks and uncertainties that could cause actual results to differ materially.",
    "Please refer to our most recent Form 10-K filed with the SEC for a discussion of these risks.",
    # a cookie notice that opens with the site's name
    "Verdicto uses cookies to improve your experience, analyse traffic and personalise content.",
    'By clicking "Accept", you agree to our use of cookies.',
    # an e-mail's confidentiality footer
    "This e-mail and any attachments are intended only for the named recipient(s) and may contain information.",
    "If you have received it in error, please notify the sender and delete it.",
    "Harbour & Finch accepts no liability for any damage caused by viruses transmitted by this e-mail.",
])
def test_furniture_is_never_a_claim(line):
    assert furniture_reason(line) is not None


@pytest.mark.parametrize("line", [
    "The outage lasted 13 hours, according to the Financial Times.",
    "14:02: Authorisation error rate rises above 60 percent.",
    "We are deeply sorry for the disruption this caused.",
    "Share prices fell 3 percent after the outage, analysts said.",
    "Root cause: a configuration change # applied to every cluster at once.",
])
def test_furniture_leaves_article_sentences(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line,user", [
    ("harbourlights_bakery | 10 Sep 2024, 09:12", "harbourlights_bakery"),
    # a Reddit page's own headers: a comment's, for screen readers, and the post's
    ("level 1 sea_tac_stuck_again · 3 mo. ago", "sea_tac_stuck_again"),
    ("Leo Marchetti @lmarch@kettlebell.social", "Leo Marchetti"),  # a Mastodon post's name over its handle
    ("r/AlaskaAirlines · Posted by u/ptarmigan_pdx 3 mo. ago", "ptarmigan_pdx"),
    ("Posted by Aisha Khan, owner of Crumb and Co bakery, Leicester - 5 October 2021", "Aisha Khan"),
    ("kestrel_ops wrote:", "kestrel_ops"),
    ("**Reply from netops_dana:**", "netops_dana"),
    ("Posted by kat_w (Jira administrator, 90-person software company) on 11 April 2022", "kat_w"),
    ("> Comment from ex_bank_ops | 2 Feb 2026", "ex_bank_ops"),
    ("Reply from the company to customers", None),
    ("Monday, 4 January 2021, 7:14 AM PST", None),
    ("Update | 23:15 UTC", None),
    ("Seattle, 20 February 2026", None),
    ("**Received 3 March 2025, 13:20 — Marit S., Bergen**", "Marit S."),
    ("Submitted on 12 June - Per-Arne T.", "Per-Arne T."),
    ("Received 3 March 2025 - the bank said it was fine", None),
    ("412 points by mbeck_codes 16 hours ago | hide | past | favorite | 187 comments", "mbeck_codes"),
    ("  ▲ throwaway_dev 14 hours ago | next [–]", "throwaway_dev"),
    ("      ▲ kpeterson 13 hours ago | parent | next [–]", "kpeterson"),
    ("Post #1 | kestrel_gg | Feb 8, 2025 02:47", "kestrel_gg"),
    ("The outage started 13 hours ago", None),
    ("[#1] kookaburra_kev | Member | Posts: 212", "kookaburra_kev"),
    ("[#3] the outage | was long", None),
    ("Dana Whitlock • Head of Store Operations at Harrow & Finch", "Dana Whitlock"),
    ("Gareth Linley • 1st", "Gareth Linley"),
    ("Outage Status • 4 hours of downtime", None),
    # Reddit's scores before the handle, and its "Posted by u/..." line
    ("  ▲ 612  u/packetloss_pete · 7 Jun 2023", "packetloss_pete"),
    ("Posted by u/tired_of_tickets · 7 Jun 2023 · 1.4k points · 412 comments", "tired_of_tickets"),
    ("▲ 612 of them went down on 7 Jun 2023", None),
    ("    ↳ @margins_and_more@toot.libraria.uk · 24 Nov 2023", "@margins_and_more@toot.libraria.uk"),  # a Mastodon reply
])
def test_furniture_post_headers_name_the_poster(line, user):
    found = post_header(line)
    assert (found[0] if found else None) == user


@pytest.mark.parametrize("line", [
    "*This note is for informational purposes only and does not constitute investment advice.",
    "Harbourline Research and its analysts may hold positions in the securities discussed.",
    "This release contains forward-looking statements that involve risks and uncertainties.",
    "Names shortened at the complainants' request.",
    "This interview has been edited for length and clarity.",
    "This note is not investment advice.",
    "Kestrel Ridge Research provides independent analysis and holds no position in the companies mentioned.",
])
def test_furniture_legal_small_print_is_no_claim(line):
    from nlp.furniture import furniture_reason
    assert furniture_reason(line) == "disclaimer"


def test_furniture_a_claim_about_positions_held_in_a_queue_stays():
    from nlp.furniture import furniture_reason
    assert furniture_reason("Transfers held in a queue did not reach recipients until the evening.") is None


@pytest.mark.parametrize("line", [
    "*Posts: 312 · Joined: Mar 2021* · Reply · Like (14)",
    "*Thread started by db_wrangler · 7 replies · 2,417 views*",
    "Reply | Quote | Report",
])
def test_furniture_a_posts_counters_and_buttons_are_an_interface_prompt(line):
    assert furniture_reason(line) == "interface prompt"


def test_furniture_a_sentence_with_a_middle_dot_is_not_post_meta():
    assert furniture_reason("Reads work on the replica · writes fail.") is None


def test_furniture_a_markdown_heading_with_a_user_and_a_date_is_a_post_header():
    assert post_header("### db_wrangler_nl · 15 Sep 2026, 04:02")[0] == "db_wrangler_nl"
    assert post_header("## What happened") is None


@pytest.mark.parametrize("line,user", [
    ("BigSkyApothecary · Owner, 2-store independent, Montana · Joined 2014", "BigSkyApothecary"),
    ("### #5\n**BigSkyApothecary** · Owner, 2-store independent, Montana · Joined 2014\n*Posted: Sun Mar 17, 2024 10:21 pm*",
     "BigSkyApothecary"),
    ("> 🛈 MODERATOR NOTE · *RxCounter_Mod_Ellen* · Tue Mar 12, 2024 8:05 am", "RxCounter_Mod_Ellen"),
])
def test_furniture_post_headers_with_a_posters_details_or_a_moderators_label_name_the_poster(line, user):
    assert post_header(line)[0] == user


@pytest.mark.parametrize("line", ["**Resolved** · 14:05 UTC", "**Board:** Pharmacy Operations › Claims",
                                  "We were down from 09:00 until 14:05 · the status page said nothing."])
def test_furniture_a_status_label_a_field_or_a_sentence_is_no_post_header(line):
    assert post_header(line) is None


@pytest.mark.slow
def test_furniture_a_reply_quoting_an_earlier_post_does_not_repeat_its_claim(claims_of):
    text = ("**bytewise_dave** · 9 May 2024 · 1,031 posts\n\n"
            "Nimbara messed up a setting, but a fund that size should never have let one vendor hold the off switch.\n\n"
            "**chalk_and_talk** · 9 May 2024 · 47 posts\n\n"
            "> Nimbara messed up a setting, but a fund that size should never have let one vendor hold the off switch.\n\n"
            "> The outage lasted four days according to the fund.\n\n"
            "Bit harsh? The fund kept backups somewhere else.\n")
    claims = claims_of(text, doc_id="thread.md")
    assert sum("off switch" in c.text for c in claims) == 1
    assert any("four days" in c.text for c in claims)  # a quotation of words the page does not carry stays


@pytest.mark.parametrize("line", [
    "[Back to media releases](/newsroom/media-releases) | [Subscribe to updates](/subscribe)",
    "[Status history](https://status.example.com/history) · [RSS](/feed.xml)",
    "(Former name or former address, if changed since last report)",
    "Check the appropriate box below if the Form 8-K filing is intended to satisfy the filing obligation of the registrant.",
    "Indicate by check mark whether the registrant is an emerging growth company.",
])
def test_furniture_a_row_of_links_or_a_filings_form_text_is_no_claim(line):
    assert furniture_reason(line) is not None


def test_furniture_a_sentence_that_contains_a_link_stays():
    assert furniture_reason("The company published [its incident review](https://example.com/review) on Friday.") is None


def test_furniture_a_copyright_footer_is_no_claim_even_where_it_reads_as_a_heading():
    assert furniture_reason("ShopTalk (c) 2025 | Forum rules | Contact staff | Cookie settings | Top") == "disclaimer"
    assert furniture_reason("Copyright 2024 Harlow Stores plc") == "disclaimer"
    assert furniture_reason("The Copyright Tribunal ruled that the outage notice was misleading.") is None
    assert furniture_reason("(c) The Company restored the systems affected by the incident within two days.") is None


def test_furniture_a_moderators_note_with_the_handle_in_brackets_is_a_post_header():
    assert post_header("  MODERATOR NOTE (mod_karen_r), Sat 17 May 2025, 10:15")[0] == "mod_karen_r"
    assert post_header("[#4] ex_ops  |  Former store IT (left 2023)  |  Posts: 88  |  Joined: Jun 2021") == (
        "ex_ops", "Former store IT (left 2023)  |  Posts: 88  |  Joined: Jun 2021")


@pytest.mark.parametrize("line", [
    "End of export.",
    "3 pages, 17 posts (selected posts shown).",
    "> You're receiving this because you subscribed at kestrelridge.example.",
])
def test_furniture_a_thread_exports_counters_and_a_newsletters_mailing_lines_are_no_claims(line):
    assert furniture_reason(line, whole_line=False) is not None


@pytest.mark.parametrize("line", [
    "Jun 8, 2023 09:12 UTC - Investigating - OneDrive for Business (worldwide)",
    "2024-03-02 18:05 UTC | Resolved | Card payments",
    "Exported by: IT Service Desk, Harrow & Pine LLP (internal reference copy)",
])
def test_furniture_a_status_history_entry_header_and_its_export_line_are_furniture(line):
    assert furniture_reason(line) is not None


def test_furniture_a_sentence_closed_inside_brackets_is_no_heading():
    assert furniture_reason("[Desk note: about 40% of our staff lost webmail for three hours. Mailboxes were unaffected.]") is None


@pytest.mark.parametrize("line", [
    "[16/04/2025 14:31] sysadmin_rei: a ddos doesn't make a delegation vanish lol",
    "[14:36] <dnsgoblin> not a hack, a process screwup",
])
def test_furniture_a_stamped_chat_message_without_a_full_stop_is_no_heading(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line,user", [
    ("**rdesai-quill** `MEMBER` commented on Mar 3, 2026", "rdesai-quill"),
    ("**mkovacs-payroll** opened this issue on Mar 3, 2026 · 8 comments", "mkovacs-payroll"),
    ("Dana Whitlock 🌾 @prairie_dana · 14h", "Dana Whitlock"),
    ("Priya Raman | network reliability @praman_netops · 11h", "Priya Raman"),
])
def test_furniture_code_host_and_microblog_headers_name_their_poster(line, user):
    found = post_header(line)
    assert found is not None and found[0] == user


@pytest.mark.slow
def test_furniture_a_pages_references_section_is_back_matter(claims_of):
    text = ("Starlink lost service worldwide for about two and a half hours on 24 July.\n\n"
            "## References\n\n"
            "1. Harlow, Jenna (24 July 2025). \"Satellite internet goes dark across several continents\". The Post.\n"
            "2. \"Starlink blames internal software for global outage\". Orbital Wire. 24 July 2025.\n")
    texts = [c.text for c in claims_of(text, doc_id="wiki.md")]
    assert any("lost service worldwide" in t for t in texts)
    assert not any("goes dark" in t or "blames internal software" in t for t in texts)


@pytest.mark.parametrize("line,reason", [
    ("Supply Lines is supported by Tallyhook, the invoicing platform that chases late payers.", "advertisement"),
    ("Set up reminders in minutes and get your first three months free at tallyhook dot example.", "advertisement"),
    ("This episode is sponsored by Northwind.", "advertisement"),
    ("The outage is supported by evidence from the logs.", None),
    ("Our network is supported by Equinix data centres.", None),
])
def test_furniture_a_shows_sponsor_read_is_an_advertisement(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line,user", [
    # a reply quoted under its parent post
    ("> u/datahoarder_88 · 402 points · 11:10 AM ET", "datahoarder_88"),
    # a thread's numbered post, stamped to the minute
    ("[1/5]  Acme Status @AcmeStatus · 10 Mar 2025, 3:12 PM ET", "Acme Status"),
    # a bold handle once Markdown's bold is gone
    ("tilly_bakes · Member · 1,204 posts", "tilly_bakes"),
    # a numbered export header with the poster's profile in brackets
    ("#1  saltbush_kate  (Member since 2019 | Posts: 212 | Location: Mount Barker SA)", "saltbush_kate"),
])
def test_furniture_quoted_numbered_and_unbolded_post_headers_name_the_poster(line, user):
    assert post_header(line)[0] == user


@pytest.mark.parametrize("line", ["Thread · 10 Mar 2025", "Home · News · Members · Log in", "#3 in the rankings (2019)",
                                  "> On Monday the company said the outage was over."])
def test_furniture_a_thread_label_a_menu_or_a_quoted_sentence_is_no_post_header(line):
    assert post_header(line) is None


@pytest.mark.parametrize("line,reason", [
    ("Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact Search:", "interface prompt"),
    ("The outage lasted 13 hours | it hit 2 regions.", None),
])
def test_furniture_a_bar_of_menu_items_is_interface(line, reason):
    assert furniture_reason(line) == reason


def test_furniture_a_status_pages_subscription_prompt_is_interface():
    from nlp.furniture import furniture_reason
    assert furniture_reason("Subscribe to updates — Get email notifications whenever Skyforge creates, updates or resolves an incident.") \
        == "interface prompt"
    assert furniture_reason("Subscribers to the service lost access for six hours.") is None


@pytest.mark.parametrize("line,user", [
    ("[–] kestrel_ops 8 hours ago", "kestrel_ops"),  # Hacker News, under its collapse control
    ("    [–] tmbrln 7 hours ago", "tmbrln"),
    ("[–] wren_accountsplz 612 points 7 hours ago", "wren_accountsplz"),  # old Reddit, with a score
    ("submitted 7 hours ago by hollowpine_88", "hollowpine_88"),
    ("dlrenner commented on Jan 18, 2025 Maintainer", "dlrenner"),  # a code host's comment
    ("[#1] greenapron_kels  (Barista, 2 yrs | OH)", "greenapron_kels"),  # a forum export's number and badge
    ("[#12] SM_Theresa_K  (Store Manager | TX)", "SM_Theresa_K"),
])
def test_furniture_comment_headers_of_web_threads_name_the_poster(line, user):
    from nlp.furniture import post_header
    assert post_header(line)[0] == user


@pytest.mark.parametrize("line,furniture", [
    ("[00:00:12] RACHEL AMORY:", True),  # a transcript's turn label split from its words
    ("DR. ALAN WHITFORD:", True),
    ("[00:00:12] RACHEL AMORY: Hello and welcome to the show.", False),
    ("Note: the outage lasted two hours.", False),
    ("Not affiliated with or endorsed by Starbucks Corporation.", True),  # a forum's disclaimers
    ("This is an unofficial community.", True),
    ("Read the community rules before posting.", True),
    ("You’ve reached your limit of free articles this month.", True),  # a paywall
    ("Staff read the rules aloud before every shift.", False),
    ("dlrenner added the bank-outage upstream sync labels on Jan 17, 2025", True),  # a code host's timeline
    ("dlrenner marked #2190 and #2193 as duplicates of this issue on Jan 18, 2025", True),
    ("2025-01-17T08:14:02Z WARN sync.capitalone: upstream returned 503", True),  # a log line
    ("Engineers added the fix to the release on Monday.", False),
    ("Capital One closed the issue quickly, the bank said.", False),
])
def test_furniture_a_pages_apparatus_is_no_claim(line, furniture):
    from nlp.furniture import furniture_reason
    assert (furniture_reason(line) is not None) == furniture


def test_furniture_a_quoted_posts_attribution_is_no_post_header():
    from nlp.furniture import post_header
    assert post_header("Originally Posted by Marek_K") is None
    assert post_header("Posted by Marek_K on 3 Jul 2026") is not None


@pytest.mark.slow
def test_furniture_a_podcasts_ad_read_between_its_marks_is_advertising(claims_of):
    text = ("[00:00:00]\nMAYA: Welcome back. Acme's outage on Tuesday lasted three hours.\n\n"
            "[00:00:41] [AD READ]\nMAYA: When your pager goes off at night, Logstack shows what changed. "
            "Teams cut their time to resolution by up to 60 percent. Try it free for 30 days.\n[END AD READ]\n\n"
            "[00:01:29]\nMAYA: So what broke? The provider says a configuration file doubled in size.\n\n"
            "DEV: It was a bad push. The file doubled and the proxy crashed.\n\n"
            "MAYA: And it stayed down all morning.\n\nDEV: For most sites, yes.\n")
    texts = [c.text for c in claims_of(text, doc_id="show.txt")]
    assert not any("Logstack" in t or "resolution" in t or "30 days" in t for t in texts)
    assert any("configuration file" in t for t in texts)


@pytest.mark.parametrize("line,expected", [
    ("throwaway_gw ex-Kestrel (unverified) 287 points 2 days ago", ("throwaway_gw", "ex-Kestrel (unverified) · 2 days ago")),
    ("mod_ingrid Bookshop, York [M] 1 point 2 days ago stickied comment", ("mod_ingrid", "Bookshop, York · 2 days ago")),
    ("KestrelPay_Official Verified: Kestrel Pay -38 points 1 day ago", ("KestrelPay_Official", "Verified: Kestrel Pay · 1 day ago")),
    ("submitted 3 hours ago by till_roll_tess Shop owner", ("till_roll_tess", "Shop owner")),
    ("The outage cost us 300 points 2 days ago", None),
])
def test_furniture_old_reddit_comment_headers_give_the_handle_and_its_flair(line, expected):
    from nlp.furniture import post_header
    assert post_header(line) == expected


@pytest.mark.parametrize("line", ["Pellmoor Digital Ltd is registered in England and Wales, company no. 0000000.",
                                  "Please consider the environment before printing this email."])
def test_furniture_an_emails_registration_and_printing_footer_is_no_claim(line):
    assert furniture_reason(line, None) == "disclaimer"


def test_furniture_a_live_blogs_pinned_label_is_no_posters_header():
    assert post_header("#### Pinned · 23:31") is None


def test_furniture_a_list_of_related_links_is_no_claim_but_a_sentence_with_a_link_is_judged_as_one():
    assert furniture_reason("- [Bank outages: your rights when you can't get at your money](https://x.example/a)", None)
    assert furniture_reason("- The outage lasted [five hours](https://x.example/a) on Friday.", None) is None


@pytest.mark.parametrize("line,expected", [
    ("Dana Whitlow @danawhit.bsky.social · 27 February 2026", ("Dana Whitlow", "@danawhit.bsky.social 27 February 2026")),
    ("kez (views my own) @kezmoss.bsky.social · 20h", ("kez", "views my own @kezmoss.bsky.social 20h")),
    ("Email us at help@fenbridge.example · 2d", None),
])
def test_furniture_bluesky_headers_give_the_poster_and_their_aside(line, expected):
    assert post_header(line) == expected


@pytest.mark.parametrize("line", [
    "It is based on information believed to be reliable but Harrow Re makes no representation as to its accuracy.",
    "This note is issued by Harrow Re Research for professional clients only.",
])
def test_furniture_a_research_notes_boilerplate_is_no_claim(line):
    assert furniture_reason(line, None) == "disclaimer"
