"""Splits a Doc into sentence units and marks page furniture: what a web page or a scraped
text carries around the article and is never a claim.

Furniture is recognised by general signals, not by one site's wording:
- the line is not in English (lingua language detector): comment forms, cookie notices and
  footers of foreign-language templates;
- it is a heading (markdown "#", the document title, or a short line in title case with no
  sentence punctuation);
- it is an interface prompt: it starts with an imperative of the web's interface vocabulary
  (share, subscribe, sign up, leave a reply, read more, follow, accept, click...), or it is a
  byline, dateline, update stamp, copyright line, caption credit, or contact line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .units import Unit, register_extensions
from .voices.names import ABOUT_ISSUER, BYLINE, CHAT_STAMP, NOT_ORGS, describes_issuer
from .voices.quotes import inside_share, paragraphs, quote_regions

UI_START = re.compile(
    r"^\W*(share|tweet|email this|print|subscribe|sign (?:up|in)|log ?in|register|follow us|"
    r"follow|leave a (?:reply|comment)|post a comment|add a comment|reply|comments?\b|read (?:more|next|also)|"
    r"see also|related|you may also like|recommended|more from|most (?:read|popular)|trending|"
    r"accept|reject all|manage (?:cookies|preferences)|we use cookies|this (?:site|website) uses cookies|"
    r"cookie|advertisement|sponsored|click|tap|download (?:our|the) app|join|get (?:our|the) newsletter|"
    r"newsletter|back to top|skip to|menu|home\b|search\b|tags?:|filed under|categor(?:y|ies):|"
    r"topics?:|posted in|photo(?:graph)?:|image:|credit:|source:|copyright|©|all rights reserved|"
    r"privacy|terms of|contact us|about us|media contact|press contact|press office|"
    r"your email|name\s*\*|email\s*\*|website\b|save my name|notify me|required fields|"
    r"submit|send|previous article|next article|listen to|watch:|"
    # a thread export's own counters: "End of export.", "3 pages, 17 posts (selected posts shown)."
    r"you(?:'re|’re| are) receiving this|you received this|forward (?:this )?to a (?:colleague|friend)|unsubscribe|"
    r"end of (?:export|thread)|thread export|\d+ pages?, \d+ (?:posts?|replies|comments)|showing (?:selected |all )?posts)", re.I)
# a news story's dateline before its first words: "NASHVILLE, Tenn. — ", "LONDON (Reuters) - ",
# "BRUSSELS, Sept 22 (Newswire) - ", "LONDON/STOCKHOLM, Dec 1 (Meridian) - " (a city in capitals of five letters or more, or with its state,
# date or agency: not "AWS — the market leader")
_DATELINE_PLACE = r"(?:,\s*[A-Z][\w.]*(?:\s(?:[A-Z][\w.]*|\d{1,2}(?:st|nd|rd|th)?)){0,2})"
DATELINE_LEAD = re.compile(rf"^\s*(?:(?:[A-Z][A-Z.'’/-]{{4,}}|[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){{1,2}}){_DATELINE_PLACE}?|"
                           rf"[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){{0,2}}(?:{_DATELINE_PLACE}|\s*\([^)]{{1,30}}\)))"
                           r"(?:\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s+(?=[A-Z\"“])"
                           # a newswire's: "SOLIHULL, England, 23 September 2025 /PRNewswire/ -- "
                           r"|^\s*[A-Z][A-Z.'’ -]{2,40}(?:,[^\n/]{1,60})?\s*/\s*[A-Za-z][\w ]{1,24}(?:-\w+)?\s*/\s*[—–-]{1,2}\s+(?=[A-Z\"“])")
# the agency a dateline names, which narrates the story: "(Reuters)", "(AP)"
DATELINE_AGENCY = re.compile(r"\(([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})\)")


def dateline_agency(text: str, lines: int = 8) -> str | None:
    """The news agency in a dateline among the first ``lines`` lines ("BRUSSELS, Sept 22 (Newswire) -")."""
    for line in text.splitlines()[:lines]:
        lead = DATELINE_LEAD.match(line)
        agency = DATELINE_AGENCY.search(lead.group(0)) if lead else None
        if agency:
            return agency.group(1)
    return None


# a forum post's or thread's counters and buttons, in segments ("*Posts: 312 · Joined: Mar 2021* · Reply ·
# Like (14)", "Thread started by db_wrangler_nl · 7 replies · 2,417 views")
META_SEGMENT = re.compile(
    r"(?i)^(?:(?:posts|joined|member since|location|karma|reputation|rep|points|likes|messages|reactions|"
    r"trophies|status|rank)\s*:\s*[\w ,.'/-]{1,24}|reply|quote|report|share|permalink|like|upvote|downvote|"
    r"(?:like|likes|upvotes?|thanks)\s*\(?\d[\d,]*\)?|\(?\d[\d,]*\)?\s*(?:likes?|replies|reply|views?|posts?|points?|"
    r"upvotes?|comments?|reactions?)|(?:thread |topic )?started by\s+\S+|edited(?:\s+\S+){0,3}|#\d+)$")


# a securities filing's registrant line, a name in capitals with its legal form: "KEYSTONE RIDGE AUTOMOTIVE GROUP, INC."
REGISTRANT_LINE = re.compile(r"[A-Z0-9&.,'’ -]+,?\s+(?:INC|LTD|LLC|PLC|CORP|CORPORATION|LIMITED|CO)\.?")


def is_post_meta(line: str) -> bool:
    """A line of a post's counters and buttons only, in two or more segments."""
    parts = [p.strip(" *_") for p in re.split(r"\s*[·•|]\s*", line.strip(" *_")) if p.strip(" *_")]
    return len(parts) >= 2 and all(META_SEGMENT.match(p) for p in parts)


# the legal small print under a note or release, not a claim about the incident
DISCLAIMER = re.compile(r"(?i)\b(?:for (?:general )?informational purposes only|holds? no (?:positions?|stake|interest) in|(?:does|do|should) not constitute (?:investment|legal|"
                        r"financial|professional) advice|(?:is|are) not (?:investment|financial|legal) advice|may (?:hold|have) (?:a )?positions? in|not an offer to (?:buy|sell)|"
                        r"forward-looking statements?|past performance is not|"
                        # an earnings call's safe harbour: "subject to risks and uncertainties that could cause
                        # actual results to differ materially", "refer to our most recent Form 10-K"
                        r"cause actual results to differ|undertakes? no obligation to update|refer to (?:our|the company's) "
                        r"(?:most recent |latest )?(?:annual report|form 10-[kq])|reconciliations? (?:to|of|are available)[^.]{0,40}non-gaap|"
                        r"non-gaap (?:financial )?measures|this call is being recorded|this (?:note|report|summary) is not part of the decision|"
                        r"all rights reserved|(?:has been |have been |lightly )?edited for (?:length|clarity|spelling|brevity|style)|"
                        r"names? (?:has been |have been |were |was )?(?:changed|shortened|withheld|abbreviated)(?: at| to| for)?|"
                        r"(?:is|are) not affiliated with|reflects? (?:only )?the (?:views|opinions) of (?:individual|its|the) (?:members|users|authors?|posters)|"
                        # a forum's own rules and prompts: "Posts are the opinions of individual members", "Pinned by
                        # moderator: do not post ...", "You must be logged in to reply"
                        r"(?:are|is) the (?:views|opinions) of (?:individual|its|the) (?:members|users|authors?|posters)|"
                        r"^\W*(?:pinned|locked|stickied|closed) by (?:a |the )?(?:moderator|mod|admin)\w*\b|"
                        r"you must be (?:logged|signed) in to (?:reply|post|comment)|"
                        # "Not affiliated with or endorsed by ...", "This is an unofficial community", "Read the
                        # community rules before posting", a paywall's "You've reached your limit of free articles"
                        r"^\W*not affiliated with|^\W*this is an unofficial (?:community|forum|site|group|board)|"
                        r"^\W*(?:please )?read the (?:community |forum |board )?(?:rules|guidelines)|"
                        r"you(?:['’]ve| have) reached your (?:limit|free article)|^\W*already a subscriber|subscribe (?:now )?to (?:read|continue)|"
                        # a securities filing's form fields and signature formula
                        r"(?<![\w ])(?:exact name of registrant|date of report|commission file number|i\.r\.s\. employer|"
                        r"state or other jurisdiction|address of principal executive|registrant['’]s telephone|"
                        r"former name or former address|check the appropriate box|indicate by check mark|"
                        r"securities registered pursuant to)|"
                        r"pursuant to the requirements of the securities exchange act|"
                        # a cookie notice, however it opens: "Verdicto uses cookies to improve your experience",
                        # "By clicking "Accept", you agree to our use of cookies"
                        r"\buses? cookies to\b|\b(?:our|the) use of cookies|\bcookie (?:policy|settings|preferences)\b|"
                        # an e-mail's confidentiality footer: "This e-mail and any attachments are intended only
                        # for the named recipient", "If you have received it in error, please notify the sender"
                        r"(?:this|the) (?:e-?mail|message|communication)(?: and any attachments?)? (?:is|are|may be|may contain|contains?) "
                        r"(?:intended (?:only|solely)|confidential|privileged)|(?:received|receive) (?:this|it|this (?:e-?mail|message)) in error|"
                        r"(?:not|are not) (?:an|the) intended recipient|accepts? no liability for any (?:damage|loss)[^.]{0,40}\bviruses|"
                        # ... and a company's registration line: "Pellbrook Ltd is registered in England and Wales, company no. 0000000"
                        r"registered in (?:england|scotland|wales|northern ireland|ireland)\b[^.]{0,60}?\b(?:company|registration|reg\.?) (?:no|number)\b|"
                        r"please consider the environment before printing|"
                        # a research note's boilerplate: "makes no representation as to its accuracy", "for
                        # professional clients only", "information believed to be reliable"
                        r"makes? no (?:representations?|warrant(?:y|ies))\b|\bfor professional (?:clients|investors) only\b|"
                        r"\binformation believed to be reliable\b|"
                        r"(?:these|such) statements are based on management['’]s (?:current )?(?:expectations|beliefs))\b")
STAMP = re.compile(
    r"^\W*(" + BYLINE + r"|"
    r"(?:updated|published|posted|last updated|first published)\b.*$|"
    r"(?:\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?\s*)?[·•|]?\s*(?:updated|published)\b.*$|"
    r"\(?(?:reporting|writing|editing|additional reporting) by\b.*$|"
    # an export's provenance line: "Exported by: IT Service Desk, Harwell & Price LLP (internal copy)"
    r"(?:exported|compiled|prepared|collated|annotated|maintained) by\s*(?::.*|[^.:;]{2,80})$|"
    # a status history entry's header: "Jun 8, 2023 09:12 UTC - Investigating - OneDrive for Business (worldwide)"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d),?\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\s*(?:utc|gmt|[a-z]{2,4}t)?\s*[-–—|]\s*(?:investigating|identified|monitoring|resolved|"
    r"update|mitigated|mitigating|degraded|operational|postmortem|post-mortem|scheduled|in progress|completed)\b[^.]*$|"
    r"[\w.+-]+@[\w-]+\.[\w.]+\s*$|https?://\S+\s*$|\d+\s+(?:comments?|shares?|min(?:ute)? read)\b.*$)", re.I)


# A forum or comment-thread post header: a user name, then a date or time
# ("harbourlights_bakery | 10 Sep 2024, 09:12", "Posted by d_vasquez on 11 Sep", "m.okonkwo wrote:",
# "#3  DevTycoonMaker   Posted: Fri Oct 29, 2021 2:30 pm",
# "#1  north_shore_flyer  (Gold member, 3,118 posts)   Feb 16, 2024, 9:42 am",
# "[–] kestrel_ops 8 hours ago", a comment under Hacker News's collapse control)
POST_HEADER = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:#\d+\s+|\[#?\d+\]\s*|\[[–+-]\]\s*|[▲△]\s*(?:\d[\d,.]*k?\s+)?|[↳└↪]\s*|(?:post|reply|comment|message)\s*#?\s*\d+\s*[|·•—–:-]?\s*)?(?:(?:posted|reply|comment) by\s+)?(?:u/)?(?P<user>[\w.@-]{2,40}(?:\s+\([^)]{1,40}\))?)\s*"
    r"(?:[|·•—–,]\s*|\s+(?:wrote|said|posted|replied|commented|on)\b:?\s*|(?<=\))\s+|\s{2,}(?=\w{3} \d|\d)|"
    # (a score before the age: "[–] wren_accountsplz 612 points 7 hours ago")
    r"\s+(?:\[\s*[A-Z]\s*\]\s+)?(?:-?[\d,]+\s+points?\s+)?(?=\d+\s*(?:min(?:ute)?s?|h(?:ou)?rs?\.?|h|days?|d|weeks?|months?|years?)\s+ago\b))"
    r"(?P<when>.{0,60}?(?:\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\bago\b|yesterday|today).{0,20})?\s*:?\s*$", re.I)


# (a determiner names no poster: "The task was submitted by an on-call operator" is prose)
POSTED_BY = re.compile(r"(?i)(?<!originally )(?<!quote )\b(?:(?:posted|written|submitted)(?:\s+\d+\s+\w+\s+ago)?|\d+ points?) by\s+(?:u/)?"
                       r"(?!(?:a|an|the|its|our|their|his|her|my|your|this|that|one|some|each|every)\b)(?P<user>[\w.@'-]+(?:\s[\w.@'-]+){0,3}?)\s*"
                       r"(?:,|\s-\s|\s–\s|\son\b|\||[·•]|\(|$|(?=\d+\s+\w+\s+ago\b))")


# "Reply from netops_dana:", "**Comment from ex_bank_ops**", "Answer by quietpager", "Reply from
# Westvale Council (verified account):": a thread's reply header (markdown emphasis and a
# leading quote mark stripped)
REPLY_FROM = re.compile(r"^\s*(?:re:\s*)?(?:reply|comment|answer|response|post|message)\s+(?:from|by)\s+"
                        r"(?P<user>[\w.@-]{2,40}(?:\s(?-i:[A-Z])[\w.&'-]*){0,4})\s*(?:[|·•—–,(].{0,40})?:?\s*$", re.I)


# a social network's post or comment header: "Gareth Linley • 1st", "Dana Whitlock • Head of Store
# Operations at Harrow & Finch", "Tom Beecham • Retired, ex-Harrow & Finch store manager"
# the viewer's connection to the poster, in place of a headline: "1st", "3rd+", "Following"
CONNECTION_DEGREE = r"(?:1st|2nd|3rd\+?|Author|Following|Follow)\b"
SOCIAL_HEADER = re.compile(r"(?P<user>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+[•·]\s+"
                           rf"(?P<rest>{CONNECTION_DEGREE}.{{0,40}}|"
                           r"[^\n.!?]{0,100}?\b(?:at|@)\s+[A-Z][^\n]{1,60}|"
                           r"(?:Retired|Former|Ex-)\b[^\n]{0,100})$")


# "**Received 3 March 2025, 13:20 — Marit S., Bergen**", "Submitted 4 March — Jonas A., café owner":
# an entry of a complaint log or feedback form, headed by when it came in and who sent it
RECEIVED = re.compile(r"^\s*(?:complaint|entry|message|feedback)?\s*(?:received|submitted|filed|logged|sent)\s+(?:on\s+)?"
                      r"(?P<when>[^—–|]{3,40}?)\s+[—–|-]\s+(?P<user>(?-i:[A-Z])[\w'.-]*(?:\s(?-i:[A-Z])[\w'.-]*){0,3})"
                      r"\s*(?:,\s*(?P<rest>.{0,60}))?$", re.I)


# a status update's label, not a poster ("Update (14:05 UTC)", "Resolved")
STATUS_LABEL = re.compile(r"(?i)(update|updated|resolved|investigating|identified|monitoring|mitigated|"
                          r"mitigation|post-?mortem|status|summary|note|edit|correction|final update|"
                          r"initial update|latest|incident|statement|notice|thread|replies)(\s*\(.*\))?")
# a handle in bold with the poster's details: "**rphjen_TN** · Independent pharmacy owner · Joined 2016",
# "**🛈 MODERATOR NOTE** · *RxCounter_Mod_Ellen* · Tue Mar 12, 2024 8:05 am"
BOLD_HANDLE = re.compile(r"^\s*>?\s*\*\*(?P<bold>[^*]{2,40})\*\*\s*(?:\((?P<paren>[^()]{1,60})\)\s*)?[·•|]\s*(?:\*(?P<italic>[\w.@-]{2,40})\*\s*(?:[·•|]\s*)?)?"
                         r"(?P<rest>.{0,120})$")
_POSTER_DETAILS = re.compile(r"(?i)\bjoined\b|\bmember\b|\bposts?\b|\b(?:19|20)\d{2}\b|\bago\b|\d{1,2}:\d{2}")
# the same header once Markdown's bold is gone ("tilly_bakes · Member · 1,204 posts"): a one-word
# handle, and details that only a poster's profile gives (not a year or a time alone: "Sydney · 2024")
PLAIN_HANDLE = re.compile(r"^\s*>?\s*(?P<bold>[\w.@-]{2,40})\s*[·•|]\s*(?P<rest>(?=[^\n]*(?i:\b(?:member|joined|[\d,.]+k?\s+(?:posts|karma|points|"
                          r"reputation|messages)|moderator|admin)\b))[^\n]{0,120})$")


def _bold_handle(text: str) -> tuple[str, str] | None:
    """``(user, details)`` for a header paragraph whose line is a handle in bold, or None."""
    lines = [l for l in text.strip().splitlines() if l.strip()]
    # the handle's line, with a post number ("### #5") and a stamp ("*Posted: Sun Mar 17, 2024 10:21 pm*") at most
    at = next((k for k, l in enumerate(lines[:3]) if BOLD_HANDLE.match(l) or PLAIN_HANDLE.match(l)), None)
    if at is None or len(lines) > 3 or not all(
            re.fullmatch(r"\s*#*\s*#?\d+\s*", l) or len(l.split()) <= 8 and re.search(r"\d", l) and not l.rstrip().endswith(".")
            for k, l in enumerate(lines) if k != at):
        return None
    m = BOLD_HANDLE.match(lines[at])
    if m is None:
        plain = PLAIN_HANDLE.match(lines[at])
        user = plain.group("bold")
        return (user, plain.group("rest")) if user.lower() not in NOT_ORGS and not STATUS_LABEL.fullmatch(user) else None
    # "**ex_cdk_ops** (New member, 3 posts) · June 22, 2024": the details may come in brackets first
    rest = ", ".join(x for x in (m.group("paren"), m.group("rest")) if x)
    if not (_POSTER_DETAILS.search(rest) or m.group("italic")):
        return None
    bold = m.group("bold").strip()
    if re.fullmatch(r"[\w.@-]{2,40}", bold) and bold.lower() not in NOT_ORGS and not STATUS_LABEL.fullmatch(bold):
        return bold, rest
    if m.group("italic"):  # a labelled note signed by its poster
        return m.group("italic"), bold + " " + m.group("rest")
    return None


# a labelled note and its poster: "> 🛈 MODERATOR NOTE · *RxCounter_Mod_Ellen* · Tue Mar 12, 2024 8:05 am"
LABELLED_NOTE = re.compile(r"(?i)^\s*>?\s*[^\w\s]*\s*(?:\*\*)?(?P<label>(?:moderator|mod|admin|staff|editor)(?:'s)?\s+note)"
                           r"(?:\*\*)?\s*(?:[·•|:—–-]\s*[*_]*(?P<user>[\w.@-]{2,40})[*_]*|\((?P<paren_user>[\w.@-]{2,40})\))"
                           r"\s*(?:[·•|,—–-]\s*(?P<rest>.{0,60}))?$")


# a code host's comment header: "**rdesai-quill** `MEMBER` commented on Mar 3, 2026",
# "**mkovacs-payroll** opened this issue on Mar 3, 2026 · 8 comments"
CODE_HOST_HEADER = re.compile(r"^\s*(?:\*\*Closed\*\*\s*[·•|]\s*|\*\*Open\*\*\s*[·•|]\s*)?[*_]{0,2}@?(?P<user>[\w.-]{2,40})[*_]{0,2}\s*"
                              r"(?P<badge>(?:`?(?:MEMBER|OWNER|COLLABORATOR|CONTRIBUTOR|AUTHOR|MAINTAINER|STAFF|BOT)`?\s*)*)"
                              r"(?P<rest>(?:commented|opened this (?:issue|pull request)|replied|reviewed|closed this|"
                              r"reopened this)\b.{0,100})$")


# a microblog post's header: "Dana Whitlock 🌾 @prairie_dana · 14h", "Starlink @Starlink · Jul 24",
# "Priya Raman | network reliability @praman_netops · 11h": the display name, its tagline after a bar
# "[2/5]  X Platform Status @XPlatformStatus · 10 Mar 2025, 3:13 PM ET": a thread's numbered post, stamped to the minute
MICROBLOG_HEADER = re.compile(r"^\s*(?:\[?\d{1,2}/\d{1,2}\]?\s+)?(?P<name>[^\n@|]{1,60}?)\s*(?:\|\s*(?P<tagline>[^\n@]{1,60}?)\s*)?"
                              # (a Bluesky handle is a domain, "@danawhit.bsky.social"; its dates spell the month out)
                              r"(?<![\w.])@(?P<handle>[A-Za-z0-9_]{1,30}|[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,3})\s*[·•]\s*"
                              r"(?P<when>\d{1,2}\s?(?:s|m|h|d|w|min|mins|hr|hrs)|(?:[A-Z][a-z]{2,8}\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                              r"(?:,?\s+\d{4})?(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?)\s*$")


# a social page's comment header as ``ingest.readers.social_copy`` writes it: "Gareth Mounsey · 2h",
# "    ↳ Sandra Pilkington · 2h" (a reply)
SOCIAL_COPY_HEADER = re.compile(r"^\s*(?:↳\s*)?(?P<user>(?-i:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}))\s*·\s*"
                                r"(?P<when>\d{1,2}\s?[smhdw]|\d{1,3}\s?(?:min|mins|hr|hrs)|just now|yesterday)\s*$", re.I)


# a review site's review or company reply, as the HTML reader heads them: "Gemma Rowbotham ·
# reviewed 14 Mar 2026", "Harrowfield's · replied 16 Mar 2026"
REVIEW_HEADER = re.compile(r"^\s*(?P<user>[^\n·]{2,60}?)\s*·\s*(?P<when>(?:reviewed|replied)\b[^\n·]{0,30})\s*$")


# a professional network's post or comment, as the text reader heads it (``profile_copy``):
# "Jonas Ebersbach · CTO at Norvane Cloud | Speaker on SRE · 1d"
PROFILE_HEADER = re.compile(r"^\s*(?P<user>(?-i:[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,3}))\s*·\s*(?P<desc>[^·\n]{2,200}?)\s*·\s*"
                            r"(?P<when>\d{1,2}\s?(?:[smhdw]|mo|yr))\s*$")


# a Mastodon post's header: its poster's name over the full handle, "Leo Marchetti @lmarch@kettlebell.social"
FEDIVERSE_HEADER = re.compile(r"^\s*(?P<name>[^\n@|]{0,30}?[A-Za-z][^\n@|]{0,30}?)\s*@(?P<handle>[A-Za-z0-9_.]{1,30})@(?P<instance>[\w-]+(?:\.[\w-]+)+)"
                              r"\s*(?:[·•]\s*[^\n]{1,30})?\s*$")


# a Reddit header: "Posted by u/throwaway_rst_packet · 2d", "u/Kestrel_Online · 2d · ▲ 2.3k",
# "u/throwaway_rst_packet OP · 2d · ▲ 1.9k" (a reply, indented)
REDDIT_HEADER = re.compile(r"^\s*(?:posted by\s+)?u/(?P<user>[\w-]{2,40})(?P<op>\s+(?:OP|MOD|Mod|Moderator|Admin))?\s*[·•|]\s*"
                           r"(?P<when>\d{1,3}\s?(?:s|m|h|d|w|mo|y|min|mins|hr|hrs|yr|yrs)\b|\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?"
                           r"\s+ago|[^·•|\n]{0,30}\d[^·•|\n]{0,20})(?P<rest>\s*[·•|][^\n]*)?$", re.I)


# a Reddit page's headers as its own markup writes them for screen readers and its post line:
# "level 1 sea_tac_stuck_again · 3 mo. ago", "r/AlaskaAirlines · Posted by u/ptarmigan_pdx 3 mo. ago"
NEW_REDDIT_HEADER = re.compile(r"^\s*(?:level \d{1,2}\s+|r/\w{2,40}\s*[·•]\s*posted by\s+)(?:u/)?(?P<user>[\w-]{2,40})(?P<op>\s+(?:OP|MOD))?"
                               r"\s*[·•]?\s*(?P<when>\d{1,3}\s*(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|yr|yrs|wk|wks|seconds?|minutes?|"
                               r"hours?|days?|weeks?|months?|years?)\.?\s+ago)(?P<rest>\s*[·•|][^\n]*)?\s*$", re.I)


# an old Reddit page's comment header as its text reads: the handle, the poster's flair, a
# moderator's "[M]", the score and the age ("throwaway_authgw ex-Tessellate (unverified) 287 points
# 2 days ago", "kasse_und_kaffee Shop owner 203 points 1 day ago stickied comment")
OLD_REDDIT_HEADER = re.compile(r"^\s*(?:\[[–+-]\]\s*)?(?P<user>[\w-]{2,40})\s+(?P<flair>[^\n\d][^\n]{0,60}?\s+)??(?:\[\s*[A-Z]\s*\]\s+)?"
                               r"(?:-?[\d,]+\s+points?|score hidden)\s+(?P<when>\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)"
                               r"(?P<rest>[^\n]{0,40})$", re.I)


# a Slack or Teams export's message header: "Sam Okafor  7:34 AM", "PagerDuty APP  7:31 AM",
# "    ↳ Mei Tanaka  7:44 AM" (a reply in a thread)
CHAT_EXPORT_HEADER = re.compile(r"^\s*(?:↳\s*)?(?P<user>[A-Za-z][\w.'’-]*(?:\s(?!APP\b|BOT\b)[A-Z][\w.'’-]*){0,3})(?P<app>\s+(?:APP|BOT|Bot))?"
                                r"\s{2,}(?P<when>\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)\s*$")


QUOTED_HEADER = re.compile(r"^\s*(?:>\s?)+(?=\S)")


# a live blog's entry labels before the entry's time: "#### Pinned · 23:31", "Key event · 14:05"
LIVE_ENTRY_LABEL = re.compile(r"(?i)^[\s#*_]*(?:pinned(?: post)?|key events?|summary|update[ds]?|breaking|latest)\s*[·•|—–-]")


def post_header(line: str) -> tuple[str, str] | None:
    """``(user, rest of the line)`` for a post header line, or None. A header quoted under its
    parent post ("> u/handle · 341 points · 10:58 AM ET", a nested reply) is a header too; a
    live blog's "Pinned · 23:31" is no poster's."""
    line = QUOTED_HEADER.sub("", line, count=1)
    if LIVE_ENTRY_LABEL.match(line):
        return None
    exported = CHAT_EXPORT_HEADER.match(line)
    if exported and exported.group("user").lower() not in NOT_ORGS:
        return exported.group("user"), " ".join(x.strip() for x in (exported.group("app"), exported.group("when")) if x)
    reddit = REDDIT_HEADER.match(line) or NEW_REDDIT_HEADER.match(line)
    if reddit:
        return reddit.group("user"), " ".join(x.strip(" ·•|") for x in (reddit.group("op"), reddit.group("when"),
                                                                        reddit.group("rest")) if x)
    old = OLD_REDDIT_HEADER.match(line)
    if old and old.group("user").lower() not in NOT_ORGS:
        return old.group("user"), " · ".join(x.strip() for x in (old.group("flair"), old.group("when")) if x and x.strip())
    social = SOCIAL_COPY_HEADER.match(line) or REVIEW_HEADER.match(line)
    if social:
        return social.group("user"), social.group("when")
    profile = PROFILE_HEADER.match(line)
    if profile:
        return profile.group("user"), f"{profile.group('desc')} · {profile.group('when')}"
    fedi = FEDIVERSE_HEADER.match(line)
    if fedi:
        name = re.sub(r"[^\w\s&.'’-]", "", fedi.group("name")).strip() or fedi.group("handle")
        return name, f"@{fedi.group('handle')}@{fedi.group('instance')}"
    micro = MICROBLOG_HEADER.match(line)
    if micro:
        # (a display name's aside is the poster's description: "kez (views my own)")
        aside = re.search(r"\s*\(([^()]{1,40})\)\s*$", micro.group("name"))
        raw = micro.group("name")[:aside.start()] if aside else micro.group("name")
        name = re.sub(r"[^\w\s&.'’-]", "", raw).strip() or micro.group("handle")
        return name, " ".join(x for x in (micro.group("tagline"), aside.group(1) if aside else None,
                                          "@" + micro.group("handle"), micro.group("when")) if x)
    code = CODE_HOST_HEADER.match(line)
    if code and code.group("user").lower() not in NOT_ORGS:
        return code.group("user"), (code.group("badge").replace("`", "") + code.group("rest")).strip()
    found = _bold_handle(line)
    if found:
        return found
    m = LABELLED_NOTE.match(line.strip())
    if m:
        return m.group("user") or m.group("paren_user"), m.group("label") + " " + (m.group("rest") or "")
    bare = re.sub(r"^\s*>\s*|[*_]{2}", "", line).strip()
    m = SOCIAL_HEADER.match(line.strip())
    if m:
        return m.group("user"), m.group("rest")
    m = REPLY_FROM.match(bare)
    if m and m.group("user").lower() not in NOT_ORGS:
        return m.group("user"), bare[m.end("user"):]
    m = RECEIVED.match(bare)
    if m and re.search(r"\d", m.group("when")):
        return m.group("user"), m.group("rest") or ""
    if len(line.split()) <= 25:
        m = POSTED_BY.search(line)
        if m:
            # a handle and the poster's flair after it: "submitted 2 days ago by kasse_und_kaffee Shop owner"
            handle, _, flair = m.group("user").partition(" ")
            if flair and re.search(r"[_\d]", handle):
                return handle, " ".join(x for x in (flair, line[m.end():].strip()) if x)
            return m.group("user"), line[m.end():]
    user = post_header_user(line)
    if not user:
        return None
    # the poster's details after the handle: "[#4] ex_ops  |  Former store IT (left 2023)  |  Posts: 88"
    rest = line[line.find(user) + len(user):]
    return user, rest.strip(" \t|·•—–-") if re.match(r"\s*[|·•—–]", rest) else ""


def post_header_user(line: str) -> str | None:
    """The user name of a post header line, or None."""
    # a numbered post with the poster's details and no time ("[#1] kookaburra_kev | Member | Posts: 212",
    # its date on the line below)
    # or "#1  saltbush_kate  (Member since 2019 | Posts: 212 | Location: Mount Barker SA)"
    numbered = re.match(r"\s*(?:\[#?\d{1,5}\]|#\d{1,5}\s)\s*(?P<user>[\w.@-]{2,40})\s*(?:\||\((?=[^)\n]*(?i:member|posts?\b|joined))"
                        r"[^)\n]{0,100}\)\s*$)", line)
    if numbered and numbered.group("user").lower() not in NOT_ORGS and len(line.split()) <= 16:
        return numbered.group("user")
    # "[#1] greenapron_kels  (Barista, 2 yrs | OH)": a bracketed post number, a handle and its badge
    badged = re.match(r"\s*\[#\d{1,5}\]\s*(?P<user>[\w.@-]{2,40})\s*(?:\([^()\n]{1,80}\))?\s*$", line)
    if badged and badged.group("user").lower() not in NOT_ORGS:
        return badged.group("user")
    m = POST_HEADER.match(line)
    if not m or not (m.group("when") or re.search(r"\b(wrote|said|posted|replied)\b", line, re.I)):
        return None
    user = m.group("user")
    separator = line[m.end("user"):].lstrip()[:1]
    if separator == "," and not re.search(r"[_.@\d]", user) and not user.islower():
        return None  # "Seattle, 20 February 2026" is a dateline, not a poster
    if user.lower() in NOT_ORGS or user[:1].isdigit():
        return None
    if STATUS_LABEL.fullmatch(user):
        return None
    return user if len([w for w in line.split() if w not in ("|", "·", "•", "—", "–", "-")]) <= 12 else None


@lru_cache(maxsize=1)
def _language_detector():
    from lingua import Language as L
    from lingua import LanguageDetectorBuilder
    return (LanguageDetectorBuilder.from_languages(
        L.ENGLISH, L.GERMAN, L.FRENCH, L.SPANISH, L.ITALIAN, L.PORTUGUESE, L.DUTCH,
        L.POLISH, L.SWEDISH, L.DANISH, L.TURKISH, L.INDONESIAN)
        .build())


EN_FUNCTION = frozenset("the a an of to in and is was were are be been for on that with as by at it "
                        "its this from or but not has had have will would said their our we they".split())


def is_english(text: str) -> bool:
    """English by lingua's verdict; lines with three or more English function words skip
    the detector (fast path for article prose)."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 2:
        return True
    if len({w.lower() for w in words} & EN_FUNCTION) >= 3:
        return True
    if len(words) < 5 and {w.lower() for w in words} & EN_FUNCTION:
        return True  # "It was ransomware.": too short for the detector, and an English word in it
    from lingua import Language as L
    detector = _language_detector()
    detected = detector.detect_language_of(text)
    if detected is None or detected == L.ENGLISH:
        return True
    # short English lines full of figures can look foreign: only a clear verdict counts
    return detector.compute_language_confidence(text, L.ENGLISH) >= 0.2


def is_heading(text: str, title: str | None) -> bool:
    """Markdown headings, the title, and short lines without sentence punctuation (a line
    that starts with a time is a timeline entry, not a heading)."""
    line = text.strip()
    if line.startswith("#"):
        return True
    if title and line.strip(" *_") == title.strip():
        return True
    # (a sentence closed inside brackets is no heading either: "[Desk note: ... were unaffected.]")
    if re.search(r"[.!?:;\"”)]$|[.!?][\"”’)\]]+$", line) or re.match(r"^\W*\d{1,2}[:.]\d{2}", line):
        return False
    if line[:1].islower() and len(line.split()) >= 6:
        return False  # an auto-caption's line ("this was definitely a ddos you don't just ..."), not a heading
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    return 0 < len(words) <= 16


def _paragraph_reason(text: str, title: str | None) -> str | None:
    """Headings, prompts and stamps are whole lines: judged on the paragraph."""
    if len(text.split()) > 40:
        return None
    return furniture_reason(text, title)


# a line of Markdown links and nothing else: a page's navigation ("[Back to media releases](/news) | [Subscribe](/s)")
LINK_ROW = re.compile(r"(?:\[[^\]\n]{1,80}\]\([^)\s]*\)\s*[|·•/–-]?\s*)+")


def _menu_bar(line: str) -> bool:
    """A bar of menu items: "Guidelines | FAQ | Lists | API | Security | Legal | Contact Search:"."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", line)]
    return (len(parts) >= 4 and not line.startswith("|") and all(0 < len(p.split()) <= 4 for p in parts)
            and sum(bool(re.search(r"\d", p)) for p in parts) <= 1 and not any(p.endswith(".") for p in parts[:-1]))


# "© Acme", "(c) 2025", "Copyright 2024": not a list item "(c) The Company shall ..."
COPYRIGHT = re.compile(r"(?i)(?:©|\(c\))\s*(?:19|20)\d{2}|©\s*(?-i:[A-Z])|\bcopyright\s*(?:©|\(c\))?\s*(?:19|20)\d{2}")


# the marks around a podcast's or video's ad read: "[AD READ]" ... "[END AD READ]", "[SPONSOR BREAK]"
AD_START = re.compile(r"(?im)^[^\n]{0,30}\[\s*(?:ad(?:vert(?:isement)?)?(?:\s+(?:read|break|spot))?|sponsor(?:ed)?(?:\s+(?:read|break|message|segment))?|"
                      r"mid-?roll|pre-?roll)\s*\]")
AD_END = re.compile(r"(?i)\[\s*(?:end|/)\s*(?:of\s+)?(?:ad(?:vert(?:isement)?)?|sponsor(?:ed)?|mid-?roll|pre-?roll)\b[^\]]{0,20}\]")


# a show's sponsor read and calls to action: "Supply Lines is supported by Tallyhook", "use code
# LINES for 20% off", "get your first three months free at ...", "smash that like button"
SPONSOR_READ = re.compile(r"(?i)^\W*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:is|are)\s+(?:supported|sponsored)\s+by\s+(?-i:[A-Z])|"
                          r"\bbrought\s+to\s+you\s+by\b|"
                          r"\b(?:this|today['’]s)\s+(?:episode|video|show|stream|newsletter)\s+is\s+(?:sponsored|supported)\b|"
                          r"\buse\s+(?:promo\s+|discount\s+)?code\s+[A-Z0-9]|\bget\s+your\s+first\s+[\w ]{0,20}\bfree\b|"
                          r"\bsmash\s+that\s+like\b|\bhit\s+(?:that\s+)?subscribe\b|\blike\s+and\s+subscribe\b")
# a stamped chat line's prefix up to its message: "[16/04/2025 14:27] sysadmin_rei: ", "[14:27] <dnsgoblin> "
CHAT_PREFIX = re.compile(r"^\s*" + CHAT_STAMP + r"\s*(?:<[\w.'@#-]{2,32}>:?|[\w.'@#-]{2,32}(?:\s[A-Z][\w.'-]+){0,2}"
                         r"(?:\s*\([^)\n]{1,80}\))?:)\s+(?=\S)"
                         # a transcript's label in capitals: "IMOGEN: ", "HOST (Dana Pryce): "
                         r"|^\s*(?:" + CHAT_STAMP + r"\s*)?[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:\s*\([^)\n]{1,80}\))?:\s+(?=\S)")


# a code host's timeline events and a log's lines, which no one asserts: "dlrenner added the
# bank-outage label on Jan 17, 2025", "dlrenner pinned this issue", "2025-01-17T08:14:02Z WARN sync: ..."
TIMELINE_EVENT = re.compile(r"(?i)^[\w.-]{2,40}\s+(?:(?:added|removed)\s+(?:the\s+)?.{1,80}?\blabels?\b|(?:and\s+[\w.-]+\s+)?"
                            r"(?:pinned|unpinned|closed|reopened|locked|unlocked|assigned|unassigned|self-assigned|"
                            r"transferred|linked|marked|mentioned|referenced|requested a review|changed the title|"
                            r"added this to|removed this from)\b.{0,160}?\b(?:this|issue|pull request|#\d+|as completed|"
                            r"as not planned|milestone)\b)")
LOG_LINE = re.compile(r"^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?\]?\s+\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|"
                      r"FATAL|CRITICAL)\b")


# a line of a code or configuration block a post-mortem shows: "strategy: all-clusters  # no canary",
# "pageSize: 0", "rollout:", '"replicas": 3,', "$ kubectl get nodes", "}"
CODE_LINE = re.compile(
    # (a key in small letters, as code writes it; "Duration: 4h" is a summary's field)
    r"(?-i:[a-z_][\w.-]*):\s*\S[^\n]*?\s#\s[^\n]*|"
    r"(?-i:[a-z_][\w.-]*):\s*(?:true|false|null|yes|no|~|-?\d+(?:\.\d+)?[a-zA-Z]{0,3}|\"[^\"]*\"|'[^']*'|\[[^\]]*\]|"
    r"[a-z0-9]+(?:[-_./][a-z0-9]+)+)\s*(?:#[^\n]*)?|"
    r"(?-i:[a-z_][\w.-]*):|"
    r"\"[\w.-]+\"\s*:\s*[^\n]+|"
    r"\$\s+[a-z][\w.-]*(?:\s+[^\n]*)?|"
    r"[{}\[\]();,]+", re.I)


# a transcript's turn label with nothing after it: "[00:00:12] RACHEL AMORY:", "DR. ALAN WHITFORD:"
TURN_LABEL_ONLY = re.compile(r"(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}(?::\d{2}){1,2})?\s*"
                             r"(?-i:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,4})\s*:")


def furniture_reason(text: str, title: str | None = None, whole_line: bool = True) -> str | None:
    # a chat message is judged without its stamp and handle: chat is typed without full stops
    # ("[14:31] sysadmin_rei: a ddos doesn't make a delegation vanish lol" is no heading)
    chat = CHAT_PREFIX.match(text.strip())
    if chat:
        text = text.strip()[chat.end():].strip()
        if not text:
            return "empty"
        if not re.search(r"[.!?:;\"”)]$", text) and not LINK_ROW.fullmatch(text) and not re.fullmatch(r"\W*https?://\S+\W*", text):
            text += "."
    line = text.strip().lstrip(">*_ ").strip()
    if not line:
        return "empty"
    if whole_line and (LINK_ROW.fullmatch(line) or LINK_ROW.fullmatch(re.sub(r"^(?:[-+•]|\d{1,3}[.)])\s+", "", line))):
        return "interface prompt"  # (a list of related links: "- [Bank outages: your rights](https://...)")
    if COPYRIGHT.search(line) and len(line.split()) <= 25:
        return "disclaimer"  # "ShopTalk (c) 2025 | Forum rules | Contact staff", also where it reads as a heading
    if whole_line and _menu_bar(line):
        return "interface prompt"
    if is_post_meta(line):
        return "interface prompt"
    if whole_line and is_heading(text, title):
        return "heading"
    if UI_START.match(line) and (len(line.split()) <= 8 or not line.endswith(".")
                                 or re.search(r"(?i)\b(our|your|this|now|here|below|free|us|e-?mail notifications?)\b", line)) \
            and len(line.split()) <= 25:
        return "interface prompt"
    if TIMELINE_EVENT.match(line) or LOG_LINE.match(line):
        return "interface prompt"
    if whole_line and CODE_LINE.fullmatch(line):
        return "code"
    if re.match(r"(?i)(?:cc|bcc|encl(?:osures?)?|attachments?)\s*:", line):
        return "byline or stamp"  # a letter's copy list: "cc: Daniel Achterberg, Senior Case Officer"
    if TURN_LABEL_ONLY.fullmatch(line):
        return "byline or stamp"  # a transcript's turn label split from its words: "[00:00:12] RACHEL AMORY:"
    if whole_line and REGISTRANT_LINE.fullmatch(line):
        return "heading"  # a filing's registrant line: "KEYSTONE RIDGE AUTOMOTIVE GROUP, INC."
    if whole_line and (STAMP.match(line) or post_header(line)):
        return "byline or stamp"
    if DISCLAIMER.search(line) and len(line.split()) <= 40:
        return "disclaimer"
    if SPONSOR_READ.search(line) and len(line.split()) <= 40:
        return "advertisement"
    if re.fullmatch(r"(?i)\[[^\]]{0,80}\btranslat\w*[^\]]{0,80}\]", line):
        return "disclaimer"  # "[Courtesy English translation. The French original prevails.]"
    if not is_english(line):
        return "not English"
    return None


def _requoted(para: str, flat: str) -> str | None:
    """A reply's "> " quotation of words the page also carries unquoted (an earlier post quoted in
    a forum reply) repeats that claim; its first telling keeps its own poster. ``flat``: the
    page's text with its white space collapsed, built once per document."""
    if not para.lstrip().startswith(">"):
        return None
    quoted = " ".join(line.strip().lstrip(">").strip() for line in para.splitlines()).strip()
    if len(quoted.split()) < 3:
        return None
    at = flat.find(quoted)
    while at >= 0:
        if flat[max(0, at - 2):at].strip() != ">":
            return "quoted reply"  # found where no "> " marks it as a quotation
        at = flat.find(quoted, at + 1)
    return None


@Language.factory(
    "counterclaim_furniture",
    requires=["token.is_sent_start"],
    assigns=["doc._.units"],
)
def make_furniture(nlp: Language, name: str):
    register_extensions()
    return FurnitureMarker()


# the headings of a page's back matter, whose lines are citations and links, not claims
BACK_MATTER = re.compile(r"(?i)(?:references|sources|notes|citations|bibliography|further reading|external links|see also|"
                         r"footnotes|endnotes|related (?:articles|stories|coverage|reading|links)|more from [\w ]{1,30}|"
                         r"read more|recommended reading)")


# where a press release's own text ends and its apparatus begins, to the end of the document:
# "ENDS", "###", "Notes to editors", "Media enquiries:", "For more information, contact"
RELEASE_END = re.compile(r"(?i)^\W*(?:-*\s*ends\s*-*|#{3}|notes? (?:to|for) (?:the )?editors?|(?:media|press) (?:enquiries|inquiries|"
                         r"contacts?|office)|for (?:further|more) information(?:,? (?:please )?contact)?)\s*:?\s*$")


def _release_tail(paras: list[tuple[int, int]], text: str) -> int | None:
    """The index of the paragraph where a release's apparatus begins, or None: in the second half
    of the text (a "Press office" line under the letterhead opens no apparatus)."""
    for k, (s, e) in enumerate(paras):
        if k < max(2, len(paras) // 2):
            continue
        first = text[s:e].strip().split("\n", 1)[0].strip(" *_#=")
        if RELEASE_END.match(first):
            return k
        about = ABOUT_ISSUER.match(first)  # (or an "About X" section describing the issuer)
        if about and k + 1 < len(paras) and describes_issuer(about.group("name"), text[paras[k + 1][0]:paras[k + 1][1]]):
            return k
    return None


EDIT_LINK = re.compile(r"\[\s*edit(?:\s*\|\s*edit source)?\s*\]\s*$", re.I)  # a wiki heading's "[edit]"


class FurnitureMarker:
    """Builds ``doc._.units`` (one per sentence) and marks furniture on them."""

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.document
        title = getattr(meta, "title", None)
        paras = paragraphs(doc.text)
        regions = quote_regions(doc.text)
        doc._.voices_meta = {"paragraphs": paras, "quotes": regions}
        text = doc.text  # built afresh on every access: read it once
        flat = " ".join(text.split()) if ">" in text else ""
        para_reason = [_paragraph_reason(text[s:e], title) or _requoted(text[s:e], flat) for s, e in paras]
        # a page's back matter runs from its heading to the next heading: "## References" and its
        # citations ("Marsh, Helena (29 July 2025). "What a global failure tells us"."), "See also"
        back = False
        tail = _release_tail(paras, text)
        if tail is not None:
            for k in range(tail, len(paras)):
                para_reason[k] = para_reason[k] or "back matter"
        # a show's ad read, from "[AD READ]" to "[END AD READ]" (else its own paragraph)
        for k, (ps, pe) in enumerate(paras):
            if AD_START.search(text[ps:pe]):
                end = next((j for j in range(k, min(k + 6, len(paras))) if AD_END.search(text[paras[j][0]:paras[j][1]])), k)
                for j in range(k, end + 1):
                    para_reason[j] = para_reason[j] or "advertisement"
        for k, (ps, pe) in enumerate(paras):
            if para_reason[k] == "heading":
                back = bool(BACK_MATTER.fullmatch(EDIT_LINK.sub("", text[ps:pe]).strip(" #*_=:\n\t")))
            elif back:
                para_reason[k] = "back matter"
        units: list[Unit] = []
        p = 0
        for i, sent in enumerate(doc.sents):
            s, e = sent.start_char, sent.end_char
            while p < len(paras) - 1 and paras[p][1] <= s:
                p += 1
            unit = Unit(i, sent.start, sent.end, s, e, p)
            if not sent.text.strip():
                unit.furniture = "empty"
            else:
                reason = para_reason[p] if paras else None
                if reason is None:
                    reason = furniture_reason(sent.text, None, whole_line=False)
                unit.furniture = reason
                unit.heading = reason == "heading"
                unit.quoted = inside_share(regions, s, e)
            units.append(unit)
        doc._.units = units
        return doc


ABBREVIATIONS = frozenset("mr. mrs. ms. dr. st. inc. ltd. co. corp. no. vs. e.g. i.e. approx. u.s. u.k. gov. sen. rep. jan. feb. aug. sept. oct. nov. dec.".split())
TIME_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
TIME_ZONES = frozenset("pacific eastern central mountain et pt ct mt gmt utc bst cet cest est edt pst pdt aest local".split())


@Language.component("counterclaim_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence (ingest gives one paragraph a line); titles and
    abbreviations ("Dr.", "Inc.", "10:40 a.m. Pacific") do not."""
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if "\n" in token.text_with_ws[len(token.text):] or (token.is_space and "\n" in token.text):
            nxt.is_sent_start = True
        elif token.lower_ in ABBREVIATIONS and not nxt.is_space:
            nxt.is_sent_start = False
        elif re.fullmatch(r"[A-Za-z]+[A-Z]\.", token.text) and nxt.is_alpha and nxt.text[:1].isupper() and len(nxt.text) > 1:
            # "It's a DDoS. Anonymous Sudan has been posting ...": the tokenizer keeps the full stop
            # on a word ending in a capital (as on "U.S."), and the parser would run on
            nxt.is_sent_start = True
        elif token.text == "]" and token.i > 0 and re.search(r"[.!?][\"”’]?\[\d{1,3}(?:\]\[\d{1,3})*$", doc[token.i - 1].text) \
                and nxt.text[:1].isupper():
            # "... or of solar activity.[6] Garrett Voss ...": a citation mark after a full stop
            # (the tokenizer keeps "activity.[6" whole) ends the sentence
            nxt.is_sent_start = True
        elif token.lower_ in TIME_ABBREVIATIONS and not nxt.is_space and (nxt.lower_ in TIME_ZONES or not nxt.text[:1].isupper()):
            nxt.is_sent_start = False
        elif not token.is_space and not nxt.is_space and token.text[-1:] not in SENTENCE_END:
            # "AutoNation, Lithia Motors, Group 1 Automotive, ...": inside a paragraph a
            # sentence starts only after a full stop, question or exclamation mark, colon,
            # semicolon or a closing quote or bracket, not after a number the parser mistook for an end
            nxt.is_sent_start = False
    return doc


SENTENCE_END = frozenset('.!?:;…"”’\')]*')
