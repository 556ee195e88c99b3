#!/usr/bin/env python3
"""Headline ceiling: how often the labelled headline is a string the page already holds.

For each labelled page of the trafilatura set, the WCXB dev split and Readability's test
pages, the gold headline is compared (whitespace normalised, as `copydesk eval` compares
"exact") with every candidate the page offers: `<title>`, og:title, twitter:title,
JSON-LD headline/name, and the text of every `<h1>` and `<h2>`. The share of pages where
some candidate equals the gold is the ceiling of any extractor that picks one of them
whole. Misses are counted by cause:

  title-part   the gold is one part of the `<title>` or a heading split at a separator
               (" | ", " - ", ": " ...): reachable by stripping a site name or kicker
  loose-only   a candidate matches when case and punctuation are ignored (CSS capitals,
               straight against curly quotes)
  in-text      the gold appears in the page's visible text, but not as a candidate
  not-on-page  the gold is nowhere in the page's text

Run from the repository root: `python3 scripts/headline_oracle.py [DATA_DIR]`; the data
directory defaults to ../shared/data. A set whose folder is missing is skipped.
"""

import collections
import gzip
import html.parser
import json
import os
import re
import sys

SEPARATORS = [" | ", " || ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " « ",
              " › ", " // ", " / ", " ~ ", ": ", " : ", "|", " -", "- "]
SKIP_TAGS = {"script", "style", "noscript", "template", "svg"}
SPACE = re.compile(r"[\s\x1c-\x1f]+")
WORD = re.compile(r"\w+")


def norm(s):
    return SPACE.sub(" ", s).strip()


def loose(s):
    return " ".join(WORD.findall(s.lower()))


class Page(html.parser.HTMLParser):
    """Collects the candidate strings and the visible text of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cands = collections.defaultdict(list)  # source -> [text]
        self.text = []
        self.skip = 0
        self.open = []  # [tag, parts] for title/h1/h2 being read
        self.scripts = []
        self.in_ld = False
        self.ld = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("og:title", "twitter:title") and a.get("content"):
                self.cands[key].append(a["content"])
            return
        if tag == "script" and (a.get("type") or "").lower() == "application/ld+json":
            self.in_ld = True
            self.ld = []
        if tag in SKIP_TAGS:
            self.skip += 1
            return
        if tag in ("title", "h1", "h2"):
            self.open.append([tag, []])
        if tag == "br":
            self.handle_data(" ")

    def handle_endtag(self, tag):
        if tag == "script" and self.in_ld:
            self.in_ld = False
            self.scripts.append("".join(self.ld))
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("p", "div", "li", "td", "h1", "h2", "h3", "h4", "header", "section"):
            self.text.append("\n")
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                t, parts = self.open.pop(i)
                self.cands[t].append("".join(parts))
                break

    def handle_data(self, data):
        if self.in_ld:
            self.ld.append(data)
        if self.skip:
            return
        for _, parts in self.open:
            parts.append(data)
        self.text.append(data)


def ld_names(node, out):
    if isinstance(node, dict):
        for k in ("headline", "name", "alternativeHeadline"):
            v = node.get(k)
            if isinstance(v, str):
                out.append(("ld:" + k, v))
        for v in node.values():
            ld_names(v, out)
    elif isinstance(node, list):
        for v in node:
            ld_names(v, out)


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        m = re.search(rb"charset=[\"']?([\w-]+)", raw[:4000], re.I)
        if m:
            try:
                return raw.decode(m.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass
        return raw.decode("cp1252", errors="replace")


def candidates(path):
    with open(path, "rb") as f:
        raw = f.read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    p = Page()
    try:
        p.feed(decode(raw))
        p.close()
    except Exception:  # a malformed page gives what was read so far
        pass
    out = [(src, t) for src, texts in p.cands.items() for t in texts]
    for s in p.scripts:
        try:
            ld_names(json.loads(s), out)
        except ValueError:
            pass
    out = [(src, norm(html.unescape(t) if src.startswith("ld:") else t)) for src, t in out]
    return [(s, t) for s, t in out if t], norm(" ".join(p.text))


def parts(text):
    pieces = [text]
    for sep in SEPARATORS:
        pieces = [q.strip() for p in pieces for q in p.split(sep)]
    return pieces


def source_kind(src):
    return {"title": "<title>", "h1": "h1", "h2": "h2"}.get(src, "structured")


def classify(gold, cands, text):
    g = norm(gold)
    kinds = {source_kind(s) for s, t in cands if t == g}
    if kinds:
        return "hit", kinds
    if any(g in parts(t) for _, t in cands):
        return "title-part", {source_kind(s) for s, t in cands if g in parts(t)}
    lg = loose(g)
    if lg and any(loose(t) == lg for _, t in cands):
        return "loose-only", set()
    if g in text or (lg and lg in loose(text)):
        return "in-text", set()
    return "not-on-page", set()


def label(v):
    if isinstance(v, str) and v.strip():
        return v
    if isinstance(v, list):
        s = [x for x in v if isinstance(x, str) and x.strip()]
        return "; ".join(s) if s else None
    return None


def trafilatura(root):
    d = os.path.join(root, "trafilatura-eval")
    data = json.load(open(os.path.join(d, "evaldata.json")))
    for e in data.values():
        gold = label(e.get("title"))
        if gold:
            yield e["file"], os.path.join(d, "html", e["file"] + ".gz"), gold


def wcxb(root):
    d = os.path.join(root, "wcxb-dev")
    gt = os.path.join(d, "ground-truth")
    for name in sorted(os.listdir(gt)):
        if not name.endswith(".json"):
            continue
        pid = name[:-5]
        g = json.load(open(os.path.join(gt, name))).get("ground_truth") or {}
        gold = label(g.get("title"))
        if gold:
            yield pid, os.path.join(d, "html", pid + ".html.gz"), gold


def readability(root):
    d = os.path.join(root, "readability-pages")
    for pid in sorted(os.listdir(d)):
        meta = os.path.join(d, pid, "expected-metadata.json")
        src = os.path.join(d, pid, "source.html.gz")
        if os.path.isfile(meta) and os.path.isfile(src):
            gold = label(json.load(open(meta)).get("title"))
            if gold:
                yield pid, src, gold


SETS = [("trafilatura", "trafilatura-eval", trafilatura),
        ("wcxb", "wcxb-dev", wcxb),
        ("readability", "readability-pages", readability)]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
    verbose = "-v" in sys.argv
    for name, folder, pages in SETS:
        if not os.path.isdir(os.path.join(root, folder)):
            print(f"{name}: skipped ({folder} not found under {root})")
            continue
        causes = collections.Counter()
        where = collections.Counter()
        n = 0
        for pid, path, gold in pages(root):
            if not os.path.isfile(path):
                continue
            n += 1
            cands, text = candidates(path)
            cause, kinds = classify(gold, cands, text)
            causes[cause] += 1
            if cause == "hit":
                where[place(kinds)] += 1
            if verbose and cause != "hit":
                print(f"  {name} {pid} {cause}: {gold!r}")
        hits = causes["hit"]
        reach = hits + causes["title-part"]
        print(f"{name}: {n} labelled; ceiling (gold equals a whole candidate) "
              f"{hits / max(n, 1):.3f} ({hits}); with one separator part "
              f"{reach / max(n, 1):.3f} ({reach})")
        print("  the gold is a whole candidate:")
        for key in ("in a heading", "only in <title>", "only in structured data",
                    "in <title> and structured data"):
            print(f"    {key:32} {where[key]}")
        print("  the gold is no whole candidate:")
        for cause in ("title-part", "loose-only", "in-text", "not-on-page"):
            print(f"    {cause:32} {causes[cause]}")


def place(kinds):
    """Where a candidate equal to the gold stood, in the report's words."""
    if kinds & {"h1", "h2"}:
        return "in a heading"
    if kinds == {"<title>"}:
        return "only in <title>"
    if kinds == {"structured"}:
        return "only in structured data"
    return "in <title> and structured data"


if __name__ == "__main__":
    main()
