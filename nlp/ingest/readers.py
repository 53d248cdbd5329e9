"""One reader per format. Each takes (path, doc_id, decoded text) and yields Documents;
a reader raises IngestError for a broken file and yields FailedInput for a broken line."""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import frontmatter
import lxml.html
import trafilatura
import yaml

from ..errors import IngestError
from ..records import Document, FailedInput
from ..desks import desk_owner
from .decode import content_hash
from .pages import captions, dehyphenate, depaginate, hearing_turns, paginated, parliament_turns, sound_bites
from .unwrap import unwrap

MIN_HTML_WORDS = 4  # fewer extracted words than this is a page without an article
META_KEYS = ("title", "source", "kind", "author", "published", "url")
# other names front matter commonly gives the same fields (Jekyll, Hugo, news exports)
# ("organisation" of an analyst's note or a report is the body that issues it, as a publisher does)
META_ALIASES = {"source": ("outlet", "publisher", "publication", "site_name", "sitename", "site", "newspaper",
                           "organisation", "organization", "org", "affiliation"),
                "published": ("date", "pubdate", "publish_date", "published_at", "created"),
                "author": ("byline", "authors")}


def _clean_meta(meta: dict) -> dict:
    out = {}
    for key in META_KEYS:
        value = meta.get(key)
        for alias in META_ALIASES.get(key, ()):
            if value is None:
                value = meta.get(alias)
        # an author given with details ("author: {name: Priya Raman, title: CISO}"), or several
        if key == "author" and isinstance(value, dict) and isinstance(value.get("name"), str):
            value = _titled_author(value)  # as a byline writes it
        if key == "author" and isinstance(value, list):
            titled = any(isinstance(v, dict) and isinstance(v.get("name"), str) and _titled_author(v) != v["name"] for v in value)
            value = [_titled_author(v) if isinstance(v, dict) and isinstance(v.get("name"), str) else v for v in value]
            if all(isinstance(v, str) for v in value):
                # (several authors with titles: "Ines Varga (Chief Technology Officer); Jules
                # Ambrose (VP, Edge Platform)", a semicolon where a title holds a comma)
                value = ("; " if titled else ", ").join(value)
        if isinstance(value, (_dt.date, _dt.datetime)):
            value = value.isoformat()[:10]
        if value is not None and not isinstance(value, (str, int, float)):
            raise IngestError(f"front matter field '{key}' should be text, but found {type(value).__name__}")
        out[key] = str(value).strip() if value is not None else None
    return out


def _titled_author(entry: dict) -> str:
    """A front-matter author given with details ("{name: Priya Raman, title: CISO}") as a byline
    writes it: "Priya Raman (CISO)"."""
    title = next((entry[k] for k in ("title", "role", "position", "job_title") if isinstance(entry.get(k), str)), None)
    firm = next((entry[k] for k in ("firm", "company", "organisation", "organization", "employer", "affiliation", "org")
                 if isinstance(entry.get(k), str)), None)
    if firm:
        # "{name: Gareth Milsom, title: COO, firm: Corvane Managed Services Ltd}", as a byline writes it
        return ", ".join(x for x in (entry["name"], title, firm) if x)
    return f"{entry['name']} ({title})" if title else entry["name"]


def _document(path: Path, doc_id: str, text: str, fmt: str, **meta) -> Document:
    if not text.strip():
        raise IngestError("no text left after reading the document", path)
    return Document(doc_id=doc_id, path=str(path), text=text, format=fmt,
                    content_hash=content_hash(text), **meta)


def read_txt(path: Path, doc_id: str, text: str) -> Iterator[Document]:
    """Plain text; a captions file (``.vtt``, ``.srt``) becomes the speech it carries
    (``captions``); text from a paginated document loses its page apparatus (``depaginate``);
    a hearing's or a parliament's record has its speakers' labels set as turns
    (``hearing_turns``, ``parliament_turns``); hard-wrapped paragraphs are joined into lines
    (``unwrap``) and a social page copied as text has its posts' ages moved up to their
    posters (``social_copy``)."""
    text = captions(text)
    paged = paginated(text)
    body = unwrap(x_copy(forum_profiles(profile_copy(social_copy(sound_bites(parliament_turns(hearing_turns(depaginate(text)))))))))
    # (a word broken at a line end that unwrapping left, in a text set out in pages: rejoined in place)
    yield _document(path, doc_id, dehyphenate(body) if paged else body, "txt")


# a comment's controls under it, as a social page copies: "2h  Like  Reply  😢 9", "Just now  Like  Reply"
REACTIONS = re.compile(r"^[ \t]*(?P<age>\d{1,2}\s?[smhdw]|\d{1,3}\s?(?:min|mins|hr|hrs)|just now|yesterday)[ \t]+like[ \t]+reply\b.*$",
                       re.I | re.M)
_POSTER = re.compile(r"^(?P<indent>[ \t]*(?:↳[ \t]*)?)(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3})[ \t]*$")


def social_copy(text: str) -> str:
    """A social network's discussion copied as text (a Facebook group's post and comments):
    each comment is its poster's name on a line, the words, then "2h  Like  Reply". The name
    line becomes a post header, "Gareth Mounsey · 2h", and the top post's "Sandra Pilkington"
    over "· 3h" one line, so each comment is read as its poster's. Other texts are unchanged."""
    if len(REACTIONS.findall(text)) < 3:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = REACTIONS.match(line)
        if not m:
            continue
        # the poster: the nearest name line above, within the comment's few lines
        for j in range(k - 1, max(-1, k - 8), -1):
            if REACTIONS.match(lines[j]):
                break
            poster = _POSTER.match(lines[j])
            if poster and j + 1 < k:
                lines[j] = f"{poster.group('indent')}{poster.group('name')} · {m.group('age')}"
                break
    out = []
    for line in lines:
        age = re.fullmatch(r"[ \t]*·[ \t]*(\d{1,2}\s?[smhdw]|\d{1,3}\s?(?:min|mins|hr|hrs)|just now|yesterday)[ \t]*", line, re.I)
        if age and out and _POSTER.match(out[-1]):
            out[-1] = f"{out[-1].rstrip()} · {age.group(1)}"  # "Sandra Pilkington" over "· 3h"
        else:
            out.append(line)
    return "\n".join(out)


# a professional network's post or comment copied from the browser: the name, "View Name's
# graphic link", the name again, the connection degree (" • 2nd") or "Author", the headline,
# then the age ("22h", "1d • Edited • Visible to anyone on or off LinkedIn")
_PROFILE_LINK = re.compile(r"^\s*View (?P<name>.{2,60}?)[’']s?\s+graphic link\s*$")
_DEGREE = re.compile(r"^\s*(?:•\s*(?:1st|2nd|3rd\+?)|Author|Premium|Verified)\s*$", re.I)
_POST_AGE = re.compile(r"^\s*(?P<age>\d{1,2}\s?(?:[smhdw]|mo|yr))\b(?:\s*•.*)?$")


def profile_copy(text: str) -> str:
    """A post and its comments copied from a professional network (LinkedIn): each poster's
    header block (name, "View ...'s graphic link", name, degree, headline, age) becomes one
    line, "Jonas Ebersbach · CTO at Norvane Cloud | ... · 1d", so that the post is read as its
    poster's, with the headline that says whom they speak for. Other texts are unchanged."""
    lines = text.split("\n")
    if sum(bool(_PROFILE_LINK.match(line)) for line in lines) < 2:
        return text
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = _PROFILE_LINK.match(lines[k])
        if not m:
            out.append(lines[k])
            k += 1
            continue
        name = m.group("name").strip()
        if out and out[-1].strip() == name:
            out.pop()  # the name over the link
        j = k + 1
        if j < len(lines) and lines[j].strip() == name:
            j += 1
        while j < len(lines) and _DEGREE.match(lines[j]):
            j += 1
        headline, age = [], ""
        while j < len(lines) and j < k + 8:
            found = _POST_AGE.match(lines[j])
            if found:
                age = found.group("age")
                j += 1
                break
            if lines[j].strip():
                headline.append(lines[j].strip())
            j += 1
        if not age:
            out.append(lines[k])  # not a header after all
            k += 1
            continue
        out.append(" · ".join(x for x in (name, " ".join(headline), age) if x))
        k = j
    return "\n".join(out)


# a post on X (Twitter) copied from the browser: the poster's name, "@handle", then "·" and the
# date ("Mar 9"), or the post and its stamp under it ("5:47 AM · Mar 9, 2026")
# (a Bluesky handle is a domain: "@danawhit.bsky.social", "@brackenfield.example")
_X_HANDLE = re.compile(r"^\s*@(?P<handle>[A-Za-z0-9_]{1,30}|[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){1,3})\s*$")
_X_DOT = re.compile(r"^\s*·\s*$")
# Bluesky's age beside its dot ("· 1d") and its main post's stamp ("27 February 2026 at 07:34")
_DOT_AGE = re.compile(r"^\s*·\s*(?P<when>\d{1,2}\s?(?:[smhdw]|mo)|[A-Z][a-z]{2}\s+\d{1,2}(?:,\s+\d{4})?)\s*$")
_AT_STAMP = re.compile(r"^\s*(?P<when>\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4})\s+at\s+\d{1,2}:\d{2}"
                       r"(?:\s*[AaPp][Mm])?\s*$")
_X_DATE = re.compile(r"^\s*(?P<when>\d{1,2}\s?[smhd]|[A-Z][a-z]{2}\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2}(?:\s+\d{4})?)\s*$")
_X_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}\s*[AaPp][Mm]\s*·\s*(?P<when>[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4})\s*$")


def x_copy(text: str) -> str:
    """Posts copied from X (Twitter) as text: each poster's name over "@handle" (and "·" over the
    date, or the date in the stamp under the post) becomes one header line, "Lumora Mobile
    @LumoraMobile · Mar 9", so that each post and reply is read as its poster's. Texts with
    fewer than two such posts are unchanged."""
    lines = text.split("\n")
    starts = [k for k in range(1, len(lines)) if _X_HANDLE.match(lines[k]) and lines[k - 1].strip()
              and not lines[k - 1].strip().startswith("@")]
    if len(starts) < 2:
        return text
    drop, header_at = set(), {}
    for k in starts:
        name, handle = lines[k - 1].strip(), _X_HANDLE.match(lines[k]).group("handle")
        when = ""
        if k + 1 < len(lines) and re.fullmatch(r"\s*(?:follow|following|\+ follow)\s*", lines[k + 1], re.I):
            drop.add(k + 1)  # Bluesky's "Follow" button under a post's handle
        if k + 2 < len(lines) and _X_DOT.match(lines[k + 1]) and _X_DATE.match(lines[k + 2]):
            when = _X_DATE.match(lines[k + 2]).group("when")
            drop |= {k + 1, k + 2}
        elif k + 1 < len(lines) and _DOT_AGE.match(lines[k + 1]):
            when = _DOT_AGE.match(lines[k + 1]).group("when")
            drop.add(k + 1)
        else:
            stamp = next((j for j in range(k + 1, min(len(lines), k + 12)) if _X_STAMP.match(lines[j]) or _AT_STAMP.match(lines[j])), None)
            if stamp is not None:
                when = (_X_STAMP.match(lines[stamp]) or _AT_STAMP.match(lines[stamp])).group("when")
                drop.add(stamp)
        header_at[k - 1] = f"{name} @{handle} · {when}" if when else None
        if header_at[k - 1]:
            drop.add(k)
    out = []
    for k, line in enumerate(lines):
        if k in drop:
            continue
        out.append(header_at.get(k) or line)
    return "\n".join(out)


# a classic forum's post head as a page or its copy shows it: the poster's name, their rank,
# "Join Date: Mar 2019", "Location: Leeds", "Posts: 212", then the post's stamp "3 Jul 2026, 09:12 #1"
_PROFILE_FIELD = re.compile(r"^\s*(?:join(?:ed)?(?: date)?|location|posts|messages|reputation|member since|reg(?:istered)?|"
                            r"likes|thanks|reaction score|points)\s*:", re.I)
_POST_STAMP = re.compile(r"^\s*(?P<stamp>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|"
                         r"\d{1,2}/\d{1,2}/\d{2,4}|today|yesterday),?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?(?:\s+#\d{1,5})?)\s*$", re.I)
_FORUM_USER = re.compile(r"^\s*(?P<user>[\w.@-]{2,40}|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2})\s*$")


def forum_profiles(text: str) -> str:
    """A classic forum thread (vBulletin, phpBB) as its page or a copy lays it out: each post's
    head block (name, rank, "Join Date: ...", "Posts: ...", stamp) becomes one line,
    "PalmaStuck_Dave · 3 Jul 2026, 09:12 #1", so that each post is read as its poster's. Texts
    with fewer than two such blocks are unchanged."""
    lines = text.split("\n")
    heads = []
    for k, line in enumerate(lines):
        user = _FORUM_USER.match(line)
        if not user:
            continue
        block = [j for j in range(k + 1, min(len(lines), k + 9))]
        fields = [j for j in block if _PROFILE_FIELD.match(lines[j])]
        stamp = next((j for j in block if _POST_STAMP.match(lines[j])), None)
        if fields and stamp is not None and all(j < stamp for j in fields):
            heads.append((k, stamp, user.group("user"), _POST_STAMP.match(lines[stamp]).group("stamp")))
    if len(heads) < 2:
        return text
    out, k, starts = [], 0, {h[0]: h for h in heads}
    while k < len(lines):
        if k in starts:
            _, stamp, user, when = starts[k]
            out.append(f"{user} · {when}")
            k = stamp + 1
            continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)


_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")


_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


# a backslash escape of ASCII punctuation (CommonMark): exporters write "3\-D Secure", "post\-incident"
_ESCAPED = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


# a post quoted in Markdown with its signature as an embed shows it: "> words" ... "> — Tamsin Howe
# (@tamsinhowe_) [January 31, 2026](https://...)"
_QUOTE_BLOCK = re.compile(r"(?m)(?:^[ \t]*>[^\n]*\n?)+")
_QUOTED_SIGNATURE = re.compile(r"^[ \t]*>[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^()\n]{1,80}?)[ \t]*\([ \t]*(?P<handle>@[\w.-]{1,60})[ \t]*\)"
                               r"[ \t]*(?P<date>[^\n]{0,120}?)[ \t]*$")


def _poster_name(name: str, handle: str) -> str:
    """The name a post's signature gives, capitalised where the display name is all lower case
    ("kerry makes jam" -> "Kerry Makes Jam"): a sentence naming its speaker needs a name the
    parser takes for one; the handle where the signature gives no name."""
    name = name.strip()
    return (name.title() if name.islower() else name) or handle.lstrip("@")


def quoted_posts(body: str) -> str:
    """Social posts quoted as Markdown blocks with their signature last, rewritten as a paragraph
    naming their poster before the words, as embedded posts in a page are (``_embedded_posts``):
    'Tamsin Howe, posting as @tamsinhowe_, wrote on January 31, 2026: "..."'. Other quotes stay."""
    def rewrite(m: re.Match) -> str:
        lines = [line for line in m.group(0).splitlines() if line.strip(" \t>")]
        sig = _QUOTED_SIGNATURE.match(lines[-1]) if lines else None
        if not sig or len(lines) < 2:
            return m.group(0)
        words = " ".join(re.sub(r"^[ \t]*>[ \t]?", "", line).strip() for line in lines[:-1])
        date = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sig.group("date")).strip()
        when = f" on {date}" if date else ""
        tail = "\n" if m.group(0).endswith("\n") else ""
        return f"{_poster_name(sig.group('name'), sig.group('handle'))}, posting as {sig.group('handle')}, wrote{when}: \u201c{words}\u201d{tail}"
    return _QUOTE_BLOCK.sub(rewrite, body)


def markdown_text(body: str) -> str:
    """The markdown body with backslash escapes resolved (``3\\-D`` -> ``3-D``), bold markers
    removed (``**Summary.**`` -> ``Summary.``) and hard-wrapped paragraphs joined (``unwrap``),
    so that claims read as text; headings, quotes and list markers stay and are judged as
    furniture or stripped from claim spans downstream."""
    return unwrap(quoted_posts(_EMPHASIS.sub(r"\2", _ESCAPED.sub(r"\1", body))))


def read_md(path: Path, doc_id: str, text: str) -> Iterator[Document]:
    if _FRONT.match(text):
        try:
            post = frontmatter.loads(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark else ""
            raise IngestError(f"broken YAML front matter{where}: {getattr(exc, 'problem', exc)}", path) from None
        if not isinstance(post.metadata, dict):
            raise IngestError("front matter is not a mapping of fields", path)
        if post.content == text.strip() or text.count("\n---") == 0:
            raise IngestError("front matter opened with '---' but never closed", path)
        try:
            meta = _clean_meta(post.metadata)
        except IngestError as exc:
            raise IngestError(exc.reason, path) from None
        yield _document(path, doc_id, markdown_text(post.content), "md", **meta)
    else:
        yield _document(path, doc_id, markdown_text(text), "md")


def read_html(path: Path, doc_id: str, text: str) -> Iterator[Document]:
    """Article text from a web page by trafilatura: navigation, cookie banners, comment
    sections, related links and footers are dropped. Offsets refer to the extracted text."""
    if "<" not in text:
        raise IngestError("not HTML: no tags found", path)
    text = _review_posts(_embedded_posts(_without_wiki_controls(_entry_times(text))))
    # a post-mortem's or status page's timeline is a table of times and events: read it, row by row
    timeline = len(_TIMED_CELL.findall(text)) >= 3
    try:
        result = trafilatura.bare_extraction(text, include_comments=False, include_tables=timeline,
                                             with_metadata=True, favor_precision=True)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise IngestError(f"HTML could not be parsed ({type(exc).__name__}: {exc})", path) from None
    words = len((result.text or "").split()) if result is not None else 0
    if words < MIN_TABLE_SHARE * _paragraph_words(text):
        # an e-mail newsletter lays its page out in tables, which the first pass drops with the
        # data tables: read the tables too when most of the page's paragraphs were missed
        try:
            wider = trafilatura.bare_extraction(text, include_comments=False, include_tables=True,
                                                with_metadata=True, favor_precision=True)
        except Exception:  # the first pass parsed; keep what it found
            wider = None
        wider_words = len((wider.text or "").split()) if wider is not None else 0
        if wider_words > words:
            result, words = wider, wider_words
    if words < THREAD_MIN_WORDS:
        # a page whose article is drawn by script: its text is only in its structured data
        body = _structured_body(text)
        if body and len(body.split()) >= 2 * max(words, 1):
            result.text, words = body, len(body.split())
    microblog = len(_MICROBLOG_POST.findall(text)) >= 3 or len(_THREAD_PAGE.findall(text)) >= 3
    # (a review site's page, its reviews headed by their reviewers: every review is the page's text)
    reviews = text.count(" · reviewed ") >= 3
    # (a status page's incident history: the article extraction drops each incident's title and
    # its updates' "Posted Feb 24, 2026 - 09:52 UTC" stamps, which date and separate its incidents)
    reviews = reviews or len(_STATUS_UPDATE.findall(text)) >= 3
    if words < THREAD_MIN_WORDS or microblog or reviews:
        # a comment thread (a GitHub issue, a Reddit or forum page): its posts are what the page
        # says, and the article extraction drops them as a comment section; a microblog thread
        # (Mastodon) keeps its posts but loses who wrote each, and a review page may keep one review
        thread = _thread_text(text, posts=reviews)
        if thread and len(thread.split()) >= (1 if microblog or reviews else 3) * max(words, 1):
            result.text, words = thread, len(thread.split())
    if words < MIN_HTML_WORDS:
        raise IngestError(f"no article text found in the HTML page ({words} words extracted)", path)
    site, title, author = result.sitename, result.title, result.author
    if site and title and len(site.split()) > 8 >= len(title.split()):
        # old Reddit's "<title>Post title : subreddit</title>" is read the wrong way round
        site, title = title, site
    if site and (len(site.split()) > 8 or site == title):
        site = None  # a headline taken for the site's name: the title's tail names the site ("... - The Circuitry")
    if not author and (issuer := _FROM_FIELD.search(text)):
        # a government page's metadata: "From: Revenue and Excise Authority" (its issuer, which
        # the article extraction drops)
        author = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", issuer.group(1))).split()) or None
    handle = re.search(r"\bdata-author=[\"']([\w-]{2,40})[\"']", text)
    if handle and author and author == handle.group(1).replace("_", " ").replace("-", " ").title():
        author = handle.group(1)  # the poster's handle as written, not title-cased ("Kasse Und Kaffee")
    if not site or re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", site.strip()):
        # a bare domain ("groceryledger.example") names the site less well than the title's tail
        # ("... | The Grocery Ledger")
        site = _title_site(text, title) or _domain_owner(site, result.text or "") or site
    body = forum_profiles(_table_lines(result.text))
    yield _document(path, doc_id, body, "html", title=title,
                    source=site, author=author or _byline(text),
                    published=_dated(result.date, text), url=result.url, headings=_heading_lines(text, body))


# a live blog's entry opening with its time: '<li><time datetime="...">6:41 a.m.</time> Users report ...'
_ENTRY_TIME = re.compile(r"(?i)(<(?:li|p)\b[^>]*>\s*(?:<(?:strong|b|span)\b[^>]*>\s*)?)<time\b[^>]*>\s*"
                         r"((?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s*</time>")


def _entry_times(page: str) -> str:
    """A timed entry's ``<time>`` as plain text: the article extraction drops the element, and
    with it the time each update of a live blog was posted."""
    return _ENTRY_TIME.sub(lambda m: f"{m.group(1)}{m.group(2)} ", page)


def _heading_lines(page: str, body: str) -> list[list[int]]:
    """``[offset, level]`` of the lines of the extracted text that the page marks up as section
    headings (``<h2>``-``<h4>``), which the extraction leaves as plain lines: a feature telling
    three companies' outages under "Cloudflare: a file that doubled", "AWS: two processes, one
    empty DNS record" is read section by section, as a Markdown page's "## " headings are."""
    root = _page_tree(page) if re.search(r"<h[234]\b", page, re.I) else None  # (most pages have none: no second parse)
    if root is None:
        return []
    levels: dict[str, int] = {}
    for el in root.iter("h2", "h3", "h4"):
        heading = " ".join(el.text_content().split())
        if heading:
            levels.setdefault(heading, int(el.tag[1]))
    out, offset = [], 0
    for line in body.split("\n"):
        level = levels.get(" ".join(line.split()))
        if level:
            out.append([offset + len(line) - len(line.lstrip()), level])
        offset += len(line) + 1
    return out


# a release's dateline: "MILAN, 8 July 2026 /PRNewswire/ --", "AUSTIN, Texas, Nov. 18, 2025 —"
_RELEASE_DATELINE = re.compile(r"\b[A-Z][A-Za-z.'’ -]{1,30},(?:\s+[A-Z][A-Za-z.]{1,20},)?\s+"
                               r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
                               r"\s*(?:/\s*(?:PR ?Newswire|Business ?Wire|GLOBE NEWSWIRE|ACCESSWIRE)\s*/\s*)?(?:--|—|–)")


def _dated(published: str | None, page: str) -> str | None:
    """The page's date, unless it is only the first of January of the year in its copyright
    line ("© 2024 The Guardian"): the date extractor's last resort, which would date an
    undated live blog to New Year's Day and put its incident in the wrong month. A release's
    own dateline ("MILAN, 8 July 2026 /PRNewswire/ --") outranks a date the extractor took
    from elsewhere on the page (a "More news" list)."""
    dateline = _RELEASE_DATELINE.search(re.sub(r"<[^>]+>|&nbsp;", " ", page))
    if dateline:
        import dateparser

        when = dateparser.parse(dateline.group("date"), languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
        if when is not None:
            return when.date().isoformat()
    if not published or not re.fullmatch(r"\d{4}-01-01", published):
        return published
    year = published[:4]
    if not re.search(rf"(?i)(?:©|&copy;|\(c\)|copyright)\s*(?:\d{{4}}\s*[-–]\s*)?{year}\b", page):
        return published
    stated = (rf"{year}-01-01|01/01/{year}|\b1(?:st)?\s+jan(?:uary)?\.?,?\s+{year}|"
              rf"\bjan(?:uary)?\.?\s+1(?:st)?,?\s+{year}")
    return published if re.search(rf"(?i){stated}", page) else None


# a table cell opening with a clock time: "<td>3:16 PM</td>", "<td><b>14:05 UTC</b></td>"
_TIMED_CELL = re.compile(r"<t[dh]\b[^>]*>\s*(?:<[^>]+>\s*)*\d{1,2}[:.]\d{2}\b", re.I)
_TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")


def _table_lines(text: str) -> str:
    """The rows of the tables the extraction kept as lines of text: a timeline's row ("| 3:16 PM |
    Error rates climb. |") as "3:16 PM: Error rates climb.", any other row a line per cell (a
    newsletter's layout table holds blocks side by side); no bars, no rule under the header, and
    no header row ("| Time (PST) | Event |")."""
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines):
        m = _TABLE_ROW.match(line.strip())
        if not m:
            out.append(line)
            continue
        cells = [c.strip() for c in m.group(1).split("|")]
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            continue  # the rule under a header
        below = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if re.fullmatch(r"\|(?:\s*:?-{2,}:?\s*\|)+", below):
            continue  # the header row above that rule
        cells = [c for c in cells if c]
        if not cells:
            continue
        if len(cells) > 1 and re.match(r"\d{1,2}[:.]\d{2}\b|\d{4}-\d{2}-\d{2}\b", cells[0]) and len(cells[0].split()) <= 4:
            out.append(f"{cells[0]}: {' — '.join(cells[1:])}")  # ("08:47 | Impact begins | The change ...")
        else:
            out.extend(cells)  # a layout table's cells are blocks of their own
    return "\n".join(out)


# a wiki page's controls and apparatus, by their MediaWiki classes: "[edit]" links in its
# headings, the contents box, citation marks ("[1]", "[citation needed]"), navigation boxes
WIKI_CONTROL_CLASSES = frozenset("""mw-editsection toc toctoggle mw-jump-link reference noprint navbox catlinks
printfooter mw-cite-backlink""".split())
_WIKI_PAGE = re.compile(r"\bmw-(?:editsection|parser-output|body|content)\b|\bmediawiki\b")


def _page_tree(page: str):
    """The page parsed by lxml, or None where lxml cannot parse it (it raises several types on
    broken markup; trafilatura then copes with the page on its own)."""
    try:
        return lxml.html.document_fromstring(page)
    except Exception:
        return None


def _without_wiki_controls(page: str) -> str:
    """A MediaWiki page (Wikipedia and its kin) without its controls, so that a heading reads
    "References", not "References[edit]", and a claim does not end in "[citation needed]".
    Other pages, and pages lxml cannot parse, are returned unchanged."""
    root = _page_tree(page) if _WIKI_PAGE.search(page) else None
    if root is None:
        return page
    doomed = [el for el in root.iter() if isinstance(el.tag, str)
              and WIKI_CONTROL_CLASSES.intersection((el.get("class") or "").split())
              and not (el.tag != "sup" and "reference" in (el.get("class") or "").split())]
    for el in doomed:
        if el.getparent() is not None:  # (not one already dropped with its container)
            el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


_LD_JSON = re.compile(r"<script[^>]*type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.I | re.S)


def _structured_body(page: str) -> str | None:
    """The article text a page gives in its schema.org data (``articleBody`` of a JSON-LD
    ``NewsArticle``, ``Article``, ``BlogPosting``, ..., also inside ``@graph``), for a page
    saved from a site that draws the article by script: its HTML body holds only a shell
    ("Loading…"). Markup inside the text is removed; None when the page gives no body."""
    bodies: list[str] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if isinstance(node.get("articleBody"), str) and node["articleBody"].strip():
                bodies.append(node["articleBody"])
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                walk(node.get(key))

    for m in _LD_JSON.finditer(page):
        try:
            walk(json.loads(html.unescape(m.group(1).strip()) if "&quot;" in m.group(1) else m.group(1).strip()))
        except (json.JSONDecodeError, RecursionError):
            continue
    if not bodies:
        return None
    body = max(bodies, key=len)
    body = re.sub(r"(?i)<br\s*/?>|</p\s*>|</h\d\s*>|</li\s*>", "\n\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\s*\n\s*", body)]
    return "\n".join(p for p in paragraphs if p) or None


# a social post embedded in an article by its network's snippet: the post's text, then
# "— Name (@handle) Date" (X/Twitter, Bluesky)
_EMBED_CLASS = re.compile(r"class=[\"'][^\"']*\b(?:twitter-tweet|twitter-video|bluesky-embed)\b", re.I)
_EMBED_SIGNATURE = re.compile(r"^\s*[—–-]+\s*(?P<name>[^()\n]{1,80}?)\s*\(\s*(?P<handle>@[\w.-]{1,60})\s*\)\s*(?P<date>[^\n]{0,40}?)\s*$")


def _embedded_posts(page: str) -> str:
    """Social posts embedded in a page ("<blockquote class="twitter-tweet">", Bluesky's
    "bluesky-embed") rewritten as a paragraph naming their poster before the words:
    'Kwartel, posting as @KwartelPay, wrote on March 6, 2026: "We apologise ..."'. The page shows who
    posted them; the snippet's markup puts the name after the text, where a reader of the
    extracted text would take the words for the article's own. Pages without such posts,
    and posts whose signature does not parse, are left as they are."""
    root = _page_tree(page) if _EMBED_CLASS.search(page) else None
    if root is None:
        return page
    changed = False
    for quote in root.xpath("//blockquote"):
        classes = set((quote.get("class") or "").split())
        if not classes & {"twitter-tweet", "twitter-video", "bluesky-embed"}:
            continue
        paragraphs = [" ".join(p.text_content().split()) for p in quote.xpath(".//p")]
        words = " ".join(p for p in paragraphs if p)
        rest = " ".join(quote.text_content().split())
        for p in paragraphs:
            rest = rest.replace(p, "", 1)
        sig = _EMBED_SIGNATURE.match(rest)
        if not words or not sig:
            continue
        when = f" on {sig.group('date')}" if sig.group("date") else ""
        new = lxml.html.Element("p")
        # (the handle as an aside: "Kwartel (@KwartelPay) posted" parses the name as no subject)
        new.text = f"{_poster_name(sig.group('name'), sig.group('handle'))}, posting as {sig.group('handle')}, wrote{when}: \u201c{words}\u201d"
        new.tail = quote.tail
        quote.getparent().replace(quote, new)
        changed = True
    return lxml.html.tostring(root, encoding="unicode") if changed else page


# a review on a consumer review site: a card per review ("review-card", Trustpilot's
# "data-service-review-card-paper", schema.org's Review), with its reviewer's name beside it
_REVIEW_CARD = re.compile(r"data-(?:service-)?review-|class=[\"'][^\"']*\breview[-_]?(?:card|item|container|block)\b|"
                          r"itemtype=[\"'][^\"']*schema\.org/Review[\"']", re.I)
_REVIEW_CARD_XPATH = ("//*[@data-review-id or @data-service-review-card-paper or contains(@itemtype, 'schema.org/Review')"
                      " or contains(concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ' '),"
                      " 'review-card ') or contains(@class, 'review-item') or contains(@class, 'review__item')]")
_REPLY_FROM = re.compile(r"^\s*(?:reply|response) from\s+(?P<who>.+?)\s*$", re.I)


def _review_posts(page: str) -> str:
    """A review site's page (three or more review cards) with a header line put at the head of
    each review, "Gemma Rowbotham · reviewed 14 Mar 2026", and of each company reply,
    "Harrowfield's · replied 16 Mar 2026": the page shows the reviewer's name beside the review,
    where the article extraction drops it, and the reply's "Reply from ..." names who answers.
    Each review is then read as its reviewer's and each reply as the company's. Other pages are
    returned unchanged."""
    root = _page_tree(page) if len(_REVIEW_CARD.findall(page)) >= 3 else None
    if root is None:
        return page
    found = root.xpath(_REVIEW_CARD_XPATH)
    outer = set(found)
    cards = [c for c in found if not any(a in outer for a in c.iterancestors())]  # (not a card's inner parts)
    changed = 0
    for card in cards:
        reply = next(iter(card.xpath(".//*[contains(translate(@class, 'R', 'r'), 'reply')]")), None)
        named = [el for el in card.xpath(".//*[@itemprop='author' or contains(@class, 'name') or @data-consumer-name-typography]")
                 if reply is None or reply not in el.iterancestors()]
        name = " ".join(named[0].text_content().split()) if named else ""
        if not name or len(name.split()) > 5:
            continue
        times = [t for t in card.xpath(".//time") if reply is None or reply not in t.iterancestors()]
        when = " ".join(times[0].text_content().split()) if times else ""
        header = lxml.html.Element("p")
        header.text = f"{name} · reviewed {when}".rstrip()
        body = next(iter(card.xpath(".//*[contains(@class, 'review__text') or contains(@class, 'review-text') or "
                                    "@itemprop='reviewBody' or self::p]")), None)
        anchor = body.getparent() if body is not None else card
        anchor.insert(0, header)
        if reply is not None:
            lead = next((el for el in reply.iter() if el is not reply and _REPLY_FROM.match(el.text_content() or "")), None)
            who = _REPLY_FROM.match(lead.text_content()) if lead is not None else None
            if who:
                stamp = next(iter(reply.xpath(".//time")), None)
                replied = " ".join(stamp.text_content().split()) if stamp is not None else ""
                company = re.sub(r"\s*" + re.escape(replied) + r"$", "", " ".join(who.group("who").split())) if replied else who.group("who")
                new = lxml.html.Element("p")
                new.text = f"{company} · replied {replied}".rstrip()
                new.tail = lead.tail
                lead.getparent().replace(lead, new)
        changed += 1
    return lxml.html.tostring(root, encoding="unicode") if changed >= 3 else page


_STATUS_UPDATE = re.compile(r"class=[\"'][^\"']*\b(?:update-timestamp|incident-title)\b", re.I)
THREAD_MIN_WORDS = 150  # an extraction shorter than this may have missed a page of comments
# a page laid out as a thread of comments: three or more elements classed as comments or posts
_COMMENT_CLASS = re.compile(r"class=[\"'][^\"']*\b(?:comment|post-?body|reply|usertext|thing|status__content)\b", re.I)
# a post on a Mastodon page: its text under "status__content", its poster's name and handle beside it
_MICROBLOG_POST = re.compile(r"class=[\"'][^\"']*\bstatus__content\b(?![\w-])", re.I)
# a discussion page (old Reddit, a forum marked up as posts): each post carries its author, so the
# page is a thread even when its opening post alone is long enough to pass for an article
_THREAD_PAGE = re.compile(r"class=[\"'][^\"']*\b(?:comments-page|thing)\b|\bdata-author=|"
                          r"schema\.org/(?:DiscussionForumPosting|Comment)\b", re.I)
# layout classes of a page's chrome around a thread: its sidebar, menus and banners
CHROME_CLASSES = frozenset("side sidebar nav navbar menu footer toolbar breadcrumb breadcrumbs cookie banner newsletter "
                           "promo advert ads".split())


def _thread_text(page: str, posts: bool = False) -> str | None:
    """The visible text of a comment thread, block by block (``html_text``), without the page's
    header, navigation, sidebars, forms and footer; None for a page that is no thread (unless
    ``posts`` says it is one). Post headers ("fernandoq commented on Jan 17, 2025", "[–] wren 612
    points 7 hours ago") stay, so that each post is read as its poster's."""
    if len(_COMMENT_CLASS.findall(page)) < 3 and not posts:
        return None
    try:
        import html_text

        tree = html_text.parse_html(page)
    except Exception:  # lxml raises several types on broken markup
        return None
    doomed = tree.xpath("//header|//nav|//footer|//aside|//form|//script|//style|//noscript")
    doomed += [el for el in tree.xpath("//*[@class]")
               if CHROME_CLASSES.intersection(re.split(r"[\s_-]+", (el.get("class") or "").lower()))]
    # (a page's header is often a <div id="header">: its menus and log-in links are no post)
    doomed += [el for el in tree.xpath("//*[@id]")
               if (CHROME_CLASSES | {"header"}).intersection(re.split(r"[\s_-]+", (el.get("id") or "").lower()))]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return html_text.extract_text(tree, guess_layout=True)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_FROM_FIELD = re.compile(r"<dt[^>]*>\s*From:?\s*</dt>\s*<dd[^>]*>(.{1,300}?)</dd>", re.I | re.S)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.I | re.S)
MIN_TABLE_SHARE = 0.4  # below this share of the page's paragraph words, read layout tables too


# a post's byline in the page, which the article extraction may drop as page furniture:
# "Posted May 7, 2024 by Helen Varga, RPh", "Written by Ines Valdivia"
_BYLINE = re.compile(r"\b(?:posted|published|written)\b[^<>\n]{0,40}?\bby\s+(?:<[^>]{1,200}>\s*)*"
                     r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})", re.I)


def _byline(page: str) -> str | None:
    """The author a page's byline names, when the extraction found none."""
    body = page.split("<body", 1)[-1]
    m = _BYLINE.search(body)
    return html.unescape(m.group(1)).strip() if m else None


def _domain_owner(site: str | None, text: str) -> str | None:
    """The name a bare domain stands for, as the page's text spells it: "blog.cloudflare.com"
    -> "Cloudflare" (its registrable label, not the "blog" or "www" in front); None when the
    text never writes that name."""
    if not site or not re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", site.strip()):
        return None
    labels = site.strip().lower().split(".")
    # the label before the public suffix: "cloudflare" in blog.cloudflare.com, "bbc" in bbc.co.uk
    core = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac") and len(labels[-1]) == 2 \
        else labels[-2] if len(labels) >= 2 else labels[0]
    m = re.search(rf"(?i)\b({re.escape(core)})\b", text)
    if m and not m.group(1).islower():
        return m.group(1)
    # the name written in words that the domain runs together: "thecoldaisle.example" -> "The Cold Aisle"
    for name in re.findall(r"\b[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){1,4}", text):
        if re.sub(r"[^a-z0-9]", "", name.lower()) == core:
            return name
    return None


def _paragraph_words(page: str) -> int:
    """Words inside the page's ``<p>`` elements, tags removed: what a reader sees as its text."""
    return sum(len(re.sub(r"<[^>]+>", " ", m.group(1)).split()) for m in _PARAGRAPH.finditer(page))


def _title_site(page: str, headline: str | None) -> str | None:
    """The site's name from the page title's usual "Headline | Site" (or " - ", " — ")
    form, when the page declares no site name; None when the title has no such tail."""
    m = _TITLE.search(page)
    if not m:
        return None
    title = " ".join(html.unescape(m.group(1)).split())
    parts = re.split(r"\s+[|–—:-]\s+", title)  # (old Reddit's "Post title : subreddit" too)
    if len(parts) < 2:
        return None
    # a status page or newsroom names its owner first: "Blue Yonder Status - Cybersecurity incident ..."
    owner = re.fullmatch(r"(?i)(.{2,40}?)\s+(?:status(?: page)?|system status|newsroom|press room|engineering blog)", parts[0].strip())
    if owner and any(ch.isupper() for ch in owner.group(1)):
        return owner.group(1)
    site = parts[-1].strip()
    # a name, not a tail like "live updates": a capital somewhere in it ("aelec Press Room", "eBay News")
    if not site or len(site.split()) > 5 or (headline and site in headline) or not any(ch.isupper() for ch in site):
        return None
    return site


# the field a record's text is in: exports call it "text", status feeds and APIs "body" or "message"
TEXT_KEYS = ("text", "body", "content", "message", "description", "full_text", "article")


def _record_text(record) -> str | None:
    """A JSONL record's text: the first non-empty string among ``TEXT_KEYS``."""
    if not isinstance(record, dict):
        return None
    return next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)


_WHO_KEYS = ("id", "source", "author", "url") + META_ALIASES["source"] + META_ALIASES["author"]
# who wrote one message of a conversation exported a message a line (a helpdesk ticket, a chat)
_POSTER_KEYS = ("author_name", "sender_name", "sender", "from", "user_name", "username", "agent_name")
_WHEN_KEYS = ("timestamp", "time", "published", "date", "created", "updated", "created_at", "updated_at")


def _feed(path: Path, doc_id: str, text: str) -> Document | None:
    """A JSONL file whose records name no id, source or author of their own is one feed of
    updates (a status page's history, exported): one document, a dated section a record
    ("2024-02-21T14:05:00Z - Systems disconnected as a precaution" over its body), so that the
    updates are read together as the one issuer's account, as a status history in text is.
    Records naming who wrote each (``author_name``, ``sender``, ...: a helpdesk ticket or a
    chat, exported) are a conversation: a stamped turn a record, "[2026-02-06 13:58] Aisha
    Kerrigan (support agent): ...", the company's agents marked by the record's ``author_type``;
    the helpdesk's own events (``author_type: system``) are left out."""
    records = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return None
        if not isinstance(record, dict):
            return None
        # (a message's or an update's own id, as chat and status exports give every record, names
        # no document: "id" counts only for records that are neither)
        conversational = any(isinstance(record.get(k), str) and record[k].strip() for k in _POSTER_KEYS) \
            or "status" in record or "incident_id" in record
        if any(record.get(k) for k in _WHO_KEYS if not (k == "id" and conversational)):
            return None
        body = _record_text(record)
        if body is None:
            return None
        records.append(record | {"_body": body})
    if len(records) < 2:
        return None
    sections = []
    # the helpdesk's own name, from its log's poster ("Ledgerline Helpdesk"): its agents answer for it
    desk = next((owner for r in records for k in _POSTER_KEYS if isinstance(r.get(k), str)
                 and (owner := desk_owner(r[k]))), None)
    for r in records:
        when = next((str(r[k]) for k in _WHEN_KEYS if r.get(k)), "")
        # "2024-02-21T14:05:00Z" as a status page writes it: "2024-02-21 14:05 UTC"
        when = re.sub(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$", r"\1 \2 UTC", when)
        poster = next((str(r[k]).strip() for k in _POSTER_KEYS if isinstance(r.get(k), str) and r[k].strip()), None)
        if poster:
            # a conversation's message (a helpdesk ticket, a chat): a turn labelled by its writer, the
            # company's agents marked as such ("[2026-02-06 13:58 UTC] Aisha Kerrigan (support agent):")
            kind = str(r.get("author_type") or r.get("sender_type") or r.get("role") or "").lower()
            if kind in ("system", "automation", "event"):
                continue  # the helpdesk's own log ("Priority changed from High to Urgent"), no one's claim
            agent = f" ({desk} support agent)" if desk else " (support agent)"
            label = poster + (agent if kind in ("agent", "staff", "support", "admin") else "")
            # (its paragraphs kept: "Hi Gareth," is no part of the sentence under it)
            body = "\n".join(" ".join(line.split()) for line in r["_body"].splitlines() if line.strip())
            stamp = re.sub(r"\s+UTC$", "", when)  # (a chat's stamp: "[2026-02-06 13:58]")
            sections.append(f"[{stamp}] {label}: {body}" if stamp else f"{label}: {body}")
            continue
        head = " - ".join(x for x in (when, str(r.get("title") or "").strip()) if x)
        sections.append((f"[{head}]\n" if head else "") + r["_body"].strip())
    first = next((str(records[0][k]) for k in _WHEN_KEYS if records[0].get(k)), None)
    published = first[:10] if first and re.match(r"\d{4}-\d{2}-\d{2}", first) else None
    return _document(path, doc_id, "\n\n".join(sections) + "\n", "jsonl", published=published)


def read_jsonl(path: Path, doc_id: str, text: str) -> Iterator[Document | FailedInput]:
    """One document a line with a ``text`` field (or ``body``, ``content``, ``message``, ...);
    ``id`` names it (else the line number). A file of records naming no id, source or author
    is one feed (``_feed``)."""
    feed = _feed(path, doc_id, text)
    if feed is not None:
        yield feed
        return
    any_line = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        any_line = True
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield FailedInput(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        body = _record_text(record)
        if body is None:
            yield FailedInput(where, "a JSONL record needs a non-empty string field 'text' (or 'body', 'content', 'message')")
            continue
        ident = str(record.get("id") or number)
        try:
            meta = _clean_meta(record)
            yield _document(path, f"{doc_id}#{ident}", body, "jsonl", **meta)
        except IngestError as exc:
            yield FailedInput(where, exc.reason)
    if not any_line:
        raise IngestError("file is empty", path)


READERS: dict[str, Callable[[Path, str, str], Iterator[Document | FailedInput]]] = {
    ".txt": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".vtt": read_txt,
    ".srt": read_txt,
}
