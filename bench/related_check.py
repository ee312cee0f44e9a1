#!/usr/bin/env python3
"""Checks that two builds of the benchmark corpus show the same related findings on every finding page: the
finding links in the section after `id="finding-related"`, in order.

    related_check.py OURS_OUTPUT PEER_OUTPUT NAME    e.g. …/guidance/output-no-search …/hugo-norelated/public
"""
import os
import re
import sys

LINK = re.compile(r'href="[^"]*/findings/([^/"#]+)/')


def related(path):
    with open(path, encoding="utf-8") as f:
        html = f.read()
    start = html.find('id="finding-related"')
    if start < 0:
        return []
    section = html[start:html.find("</section>", start)]
    seen = []
    for fid in LINK.findall(section):
        if fid not in seen:  # a card links its title (and nothing else to findings)
            seen.append(fid)
    return seen


def main():
    ours, peer, name = sys.argv[1:4]
    pages = differ = 0
    first = None
    for lang in sorted(os.listdir(ours)):
        folder = os.path.join(ours, lang, "findings")
        if not os.path.isdir(folder):
            continue
        for fid in sorted(os.listdir(folder)):
            mine = os.path.join(folder, fid, "index.html")
            theirs = os.path.join(peer, lang, "findings", fid, "index.html")
            if not os.path.isfile(mine):
                continue
            pages += 1
            a, b = related(mine), related(theirs) if os.path.isfile(theirs) else None
            if a != b:
                differ += 1
                first = first or f"{lang}/findings/{fid}: ours {a}, {name} {b}"
    if differ:
        print(f"note: {name} shows other related findings than ours on {differ} of {pages} finding pages (first: {first})")
    else:
        print(f"note: {name} shows the same related findings as ours, in the same order, on all {pages} finding pages")


if __name__ == "__main__":
    main()
