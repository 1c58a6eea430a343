#!/usr/bin/env python3
"""Writes a brief project of one article that is a single paragraph of S sentences, the archive's
sentences (bench/generate.py), to time how analysis grows with a paragraph's length.

usage: long-paragraph.py S OUT   -> OUT/content/articles/long.md
"""
import datetime
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402


def main():
    sentences, out = int(sys.argv[1]), sys.argv[2]
    shutil.rmtree(out, ignore_errors=True)
    folder = os.path.join(out, "content", "articles")
    os.makedirs(folder)
    rng = random.Random(generate.SEED)
    writer = generate.Writer(rng, generate.Archive(rng), datetime.date(2025, 6, 1))
    text = '---\ntitle: "One long paragraph"\ndate: 2025-06-01\n---\n%s\n' % writer.paragraph(sentences)
    with open(os.path.join(folder, "long.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote one paragraph of %d sentences (%.1f MB) to %s" % (sentences, len(text.encode()) / 1e6, out))


if __name__ == "__main__":
    main()
