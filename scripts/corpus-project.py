#!/usr/bin/env python3
"""Turns a corpus of ../shared/corpora (JSON Lines with id, title, date and text) into a brief
project of Markdown articles, to run `brief check` or `brief build` on real news:

    python3 scripts/corpus-project.py ../shared/corpora/quotes-polnear-dev.jsonl /tmp/polnear
    brief check --source /tmp/polnear
"""
import json
import os
import re
import sys


def main(corpus, folder):
    articles = os.path.join(folder, "content", "articles")
    os.makedirs(articles, exist_ok=False)
    with open(os.path.join(folder, "brief.yml"), "w") as settings:
        settings.write("title: %s\nbaseURL: https://example.org/\n" % os.path.basename(corpus))
    count = 0
    for line in open(corpus, encoding="utf-8"):
        record = json.loads(line)
        slug = re.sub(r"[^a-z0-9-]", "-", record["id"].lower())[:80]
        body = record["text"]
        head, _, rest = body.partition("\n\n")
        if rest and head.rstrip(".").strip() == record.get("title", "").rstrip(".").strip():
            body = rest  # the text repeats the title as its first paragraph
        front = "---\ntitle: %s\n" % json.dumps(record.get("title") or slug)
        if record.get("date"):
            front += "date: %s\n" % record["date"]
        with open(os.path.join(articles, slug + ".md"), "w", encoding="utf-8") as out:
            out.write(front + "---\n" + body + "\n")
        count += 1
    print("wrote %d articles into %s" % (count, articles))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: corpus-project.py CORPUS.jsonl NEW-FOLDER")
    main(sys.argv[1], sys.argv[2])
