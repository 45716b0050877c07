#!/usr/bin/env python3
"""Builds Copydesk's sample pile (samples/) from freely licensed news in ../shared/data.

A maintainer's tool: users get the committed output and never need Python. Run from the project
root:  python3 tools/samples/build_samples.py [--data ../shared/data] [--out samples]

Sources (nothing else goes in):
  * ECB+ (stories/ecbplus/ecbplus-train-dev.jsonl, CC BY 3.0): tokenised news articles grouped by
    event. Spacing and punctuation are restored (detok.py). Some become scraped plain text with page
    noise written by Copydesk's authors (noise.py), some become clean JSON Lines records.
  * WCXB dev (extraction/wcxb-dev, CC-BY-4.0): real news article pages, kept byte for byte, as HTML
    files, as records of one WARC file and as one JSON Lines record.
The output is deterministic: the same data gives the same bytes.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import random
import re
import uuid
from pathlib import Path

import detok
import noise

# ECB+ documents as scraped plain text: (doc id, topic kind). Several outlets per event.
TEXT_DOCS = [
    ("7_2ecbplus", "boxing"), ("7_1ecbplus", "boxing"), ("7_3ecbplus", "boxing"), ("7_8ecbplus", "boxing"),
    ("24_4ecbplus", "heist"), ("24_2ecbplus", "heist"), ("24_6ecbplus", "heist"), ("24_5ecbplus", "heist"),
    ("23_10ecbplus", "climbing"), ("23_11ecbplus", "climbing"), ("23_3ecbplus", "climbing"),
    ("23_5ecbplus", "climbing"),
    ("14_1ecbplus", "fire"), ("14_7ecbplus", "fire"), ("14_9ecbplus", "fire"),
    ("1_18ecbplus", "rehab"), ("1_8ecbplus", "rehab"), ("1_12ecbplus", "rehab"),
]
# The document that shows every kind of noise at once (the README's analyze example).
ALL_NOISE = "7_2ecbplus"
# ECB+ documents as clean JSON Lines records, more outlets on the same events and one more event.
JSONL_DOCS = ["7_9ecbplus", "24_3ecbplus", "24_1ecbplus", "23_1ecbplus", "23_7ecbplus", "14_3ecbplus",
              "1_2ecbplus", "12_1ecbplus", "12_2ecbplus", "12_7ecbplus", "12_11ecbplus"]
# WCXB dev news article pages (file ids).
HTML_PAGES = ["0161", "0395", "0457", "4560"]
WARC_PAGES = ["0221", "0031", "4370", "0480"]
JSONL_HTML_PAGES = ["4028"]
# WARC-Date for pages WCXB gives no download time for: when this pile's records were written.
WARC_WRITTEN = "2026-12-03T00:00:00Z"

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9
SKIP_HOST_LABELS = {"www", "news", "uk", "bigstory", "worldnews", "articles", "web", "music", "entertainment"}
SENTENCE_END = ('.', '!', '?', '"', '”', '’', "'")


def outlet_of(url):
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    labels = [label for label in host.split(".") if label not in SKIP_HOST_LABELS]
    name = labels[0]
    return {"theguardian": "guardian", "go": "espn"}.get(name, name)


def date_from_url(url):
    patterns = [r"/(20\d\d)/(\d{1,2})/(\d{1,2})/", r"/(20\d\d)/([a-z]{3,9})/(\d{1,2})/",
                r"[/-](20\d\d)-(\d\d)-(\d\d)[/-]", r"/(20\d\d)(\d\d)(\d\d)[/-]"]
    for p in patterns:
        m = re.search(p, url)
        if m:
            y, mo, d = m.groups()
            mo = int(mo) if mo.isdigit() else MONTHS.get(mo.lower())
            if mo:
                return f"{int(y):04d}-{mo:02d}-{int(d):02d}"
    return None


def date_from_header(lines):
    """A dateline among the first lines: '9 September 2013 Last updated …', 'July 7, 2012, …'."""
    for line in lines:
        if len(line) > 90:
            continue
        m = re.search(r"\b(\d{1,2}) ([A-Z][a-z]+),? (20\d\d)\b", line)
        if m and m.group(2).lower() in MONTHS:
            return f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
        m = re.search(r"\b([A-Z][a-z]+)\.? (\d{1,2}),? (20\d\d)\b", line)
        if m and m.group(1).lower() in MONTHS:
            return f"{int(m.group(3)):04d}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    return None


def slug(text, words=6):
    tokens = re.findall(r"[a-z0-9]+", text.lower().replace("’", "").replace("'", ""))
    return "-".join(tokens[:words])


def quote_open(text):
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def split_doc(doc):
    """(header lines, title, body paragraphs) of an ECB+ document with its spacing restored."""
    lines = [detok.detok(line) for line in doc["text"].split("\n") if line.strip()]
    header = []
    while lines and len(header) < 3 and not lines[0].endswith(SENTENCE_END):
        header.append(lines.pop(0))
    if not header:
        header.append(lines.pop(0))
    datelike = re.compile(r"(20\d\d|\d:\d\d|updated|published)", re.I)
    titles = [h for h in header if not datelike.search(h)]
    title = titles[0] if titles else header[0]
    paragraphs = []
    for line in lines:
        if paragraphs and quote_open(paragraphs[-1]) and not line.startswith(('"', "“")):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return header, title, paragraphs


def scraped_text(doc, kind, everything):
    """The article as a scraper of the page would deliver it, with the page's noise in place."""
    rng = random.Random(doc["doc_id"])
    header, title, body = split_doc(doc)
    # Scraped pages give the headline first, then the dateline, whatever order ECB+ stored them in.
    header = [title] + [h for h in header if h != title]
    want = (lambda p: True) if everything else (lambda p: rng.random() < p)
    consent, player, gallery, teasers, comments = (want(0.5), want(0.6), want(0.6), want(0.7), want(0.7))
    out = list(header)
    if consent:
        out.append(rng.choice(noise.CONSENT))
    n = len(body)
    cut_player, cut_gallery, cut_teasers = max(1, n // 3), max(2, n // 2), max(3, (2 * n) // 3)
    for i, paragraph in enumerate(body):
        out.append(paragraph)
        if player and i == cut_player:
            out += noise.player_block(rng, title)
        if gallery and i == cut_gallery:
            out += noise.gallery_block(rng, rng.sample(body[:i + 1], min(2, i + 1)))
        if teasers and i == cut_teasers:
            out += noise.TEASERS[kind]
    out += rng.choice(noise.FOOTERS)
    if comments:
        out += rng.sample(noise.COMMENTS[kind], rng.randint(2, min(3, len(noise.COMMENTS[kind]))))
    separator = "\n\n" if rng.random() < 0.5 else "\n"
    return separator.join(out) + "\n"


def ecb_date(doc):
    """The date in the article's URL, else in a dateline among its first lines; None when neither."""
    lines = [detok.detok(line) for line in doc["text"].split("\n")[:4]]
    datelines = [line for line in lines if not line.endswith(".")]
    return date_from_url(doc["source_url"] or "") or date_from_header(datelines)


def wcxb(data, page):
    meta = json.loads((data / "extraction/wcxb-dev/ground-truth" / f"{page}.json").read_text("utf-8"))
    with gzip.open(data / "extraction/wcxb-dev/html" / f"{page}.html.gz") as f:
        html = f.read()
    gt = meta["ground_truth"]
    return meta, gt, html


def html_name(meta, gt):
    date = gt.get("publish_date")
    return "_".join([outlet_of(meta["url"])] + ([date] if date else []) + [slug(gt.get("title") or "page")])


def warc_record(headers, block):
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + \
           f"Content-Length: {len(block)}\r\n\r\n"
    raw = head.encode("utf-8") + block + b"\r\n\r\n"
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:   # one gzip member per record
        gz.write(raw)
    return buf.getvalue()


def record_id(text):
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, text)}>"


def build(data, out):
    ecb = {}
    with open(data / "stories/ecbplus/ecbplus-train-dev.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            ecb[d["doc_id"]] = d
    rows = []  # (file, record, dataset, id, url, title)
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(parents=True, exist_ok=True)
    for old in list((out / "text").glob("*.txt")) + list((out / "html").glob("*.html")):
        old.unlink()

    for doc_id, kind in TEXT_DOCS:
        doc = ecb[doc_id]
        _, title, _ = split_doc(doc)
        date = ecb_date(doc)
        name = "_".join([outlet_of(doc["source_url"])] + ([date] if date else []) + [slug(title)]) + ".txt"
        (out / "text" / name).write_text(scraped_text(doc, kind, doc_id == ALL_NOISE), "utf-8")
        rows.append((f"text/{name}", "", "ECB+", doc_id, doc["source_url"], title))

    for page in HTML_PAGES:
        meta, gt, html = wcxb(data, page)
        name = html_name(meta, gt) + ".html"
        (out / "html" / name).write_bytes(html)
        rows.append((f"html/{name}", "", "WCXB dev", page, meta["url"], gt.get("title")))

    records = [warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", WARC_WRITTEN),
                            ("WARC-Filename", "crawl.warc.gz"),
                            ("WARC-Record-ID", record_id("copydesk-samples-warcinfo")),
                            ("Content-Type", "application/warc-fields")],
                           b"software: Copydesk tools/samples/build_samples.py\r\n"
                           b"description: news article pages from the WCXB dev split (CC-BY-4.0)\r\n")]
    for n, page in enumerate(WARC_PAGES, start=1):
        meta, gt, html = wcxb(data, page)
        when = meta.get("downloaded_at")
        when = (when[:19] + "Z") if when else WARC_WRITTEN
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + f"Content-Length: {len(html)}\r\n\r\n".encode("ascii") + html)
        records.append(warc_record([
            ("WARC-Type", "response"), ("WARC-Target-URI", meta["url"]), ("WARC-Date", when),
            ("WARC-Record-ID", record_id(meta["url"])),
            ("WARC-Payload-Digest", "sha1:" + base32(hashlib.sha1(html).digest())),
            ("Content-Type", "application/http;msgtype=response")], http))
        rows.append(("crawl.warc.gz", f"#{n + 1}", "WCXB dev", page, meta["url"], gt.get("title")))
    (out / "crawl.warc.gz").write_bytes(b"".join(records))

    lines = []
    for doc_id in JSONL_DOCS:
        doc = ecb[doc_id]
        _, title, body = split_doc(doc)
        lines.append({"id": "ecbplus-" + doc_id, "url": doc["source_url"], "title": title,
                      "text": "\n\n".join(body), "published": ecb_date(doc)})
        rows.append(("feed.jsonl", f"#{len(lines)}", "ECB+", doc_id, doc["source_url"], title))
    for page in JSONL_HTML_PAGES:
        meta, gt, html = wcxb(data, page)
        lines.append({"id": "wcxb-" + page, "url": meta["url"], "title": gt.get("title"),
                      "html": html.decode("utf-8"), "published": gt.get("publish_date")})
        rows.append(("feed.jsonl", f"#{len(lines)}", "WCXB dev", page, meta["url"], gt.get("title")))
    with open(out / "feed.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for record in lines:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return rows


def base32(digest):
    import base64
    return base64.b32encode(digest).decode("ascii")


def main():
    here = Path(__file__).resolve().parent
    root = here.parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=root.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=root / "samples")
    args = parser.parse_args()
    rows = build(args.data, args.out)
    intro = (here / "README.template.md").read_text("utf-8")
    table = ["| file | record | dataset | id | URL | headline |", "| --- | --- | --- | --- | --- | --- |"]
    for file, record, dataset, doc, url, title in rows:
        cells = [f"`{file}`", record, dataset, f"`{doc}`", url or "", (title or "").replace("|", "\\|")]
        table.append("| " + " | ".join(cells) + " |")
    (args.out / "README.md").write_text(intro.replace("{{TABLE}}", "\n".join(table)), "utf-8")
    total = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"{len(rows)} articles written under {args.out} ({total / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
