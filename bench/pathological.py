#!/usr/bin/env python3
"""Writes a brief project of one pathological article (issue 17, items 2 and 3), at full size, to time
the whole build on it (bench/pathological.sh).

usage: pathological.py SHAPE OUT [SCALE]   -> OUT/content/articles/p.md (SCALE, default 1, multiplies the size)

Shapes (at SCALE 1):
  one-paragraph     10 MB of news sentences (bench/generate.py's) in one paragraph, so one line
  one-line          one 1 MB line without a space: a single word
  many-paragraphs   100,000 paragraphs of one news sentence each
  curly-quotes      a million opening quotation marks in a row, then a few words and a closing one
  straight-quotes   a million straight quotation marks, each followed by a word
  quotations        500,000 quotations ("Yes," Weber said.) in one paragraph: a million marks
  one-sentence      a sentence of 100,000 words (names, titles, dates) with no full stop until the end
  nested            Markdown nested 100,000 deep: block quotes, bullet and numbered lists, emphasis, links
"""
import datetime
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402

HEAD = '---\ntitle: "Pathological: %s"\ndate: 2025-06-01\n---\n'
SENTENCE_WORDS = ["Anna", "Weber", "and", "the", "Foreign", "Minister", "Luis", "Ortega", "of", "March", "4", "said", "that"]


def writer():
    rng = random.Random(generate.SEED)
    return generate.Writer(rng, generate.Archive(rng), datetime.date(2025, 6, 1))


def news(separator, target_bytes=None, count=None):
    """News sentences joined by `separator`, until `target_bytes` or `count` of them."""
    w, parts, size = writer(), [], 0
    while (count is None or len(parts) < count) and (target_bytes is None or size < target_bytes):
        sentence = w.sentence()
        parts.append(sentence)
        size += len(sentence.encode()) + len(separator)
    return separator.join(parts)


def body(shape, scale):
    if shape == "one-paragraph":
        return news(" ", target_bytes=int(10_000_000 * scale))
    if shape == "one-line":
        return "x" * int(1_000_000 * scale)
    if shape == "many-paragraphs":
        return news("\n\n", count=int(100_000 * scale))
    if shape == "curly-quotes":
        return "\u201c" * int(1_000_000 * scale) + " said Weber \u201d\u2018"
    if shape == "straight-quotes":
        return '"word ' * int(1_000_000 * scale)
    if shape == "quotations":
        return " ".join("\u201cYes %d,\u201d Weber said." % n for n in range(int(500_000 * scale)))
    if shape == "one-sentence":
        n = int(100_000 * scale)
        return " ".join(SENTENCE_WORDS[i % len(SENTENCE_WORDS)] for i in range(n)) + "."
    if shape == "nested":
        depth = int(100_000 * scale)
        return "\n\n".join([
            "> " * depth + "deep quote",
            "- " * depth + "x",
            "1. " * depth + "y",
            "> - " * depth + "z",
            "*" * depth + "x" + "*" * depth,
            "[" * depth + "x" + "](u)" * depth,
        ])
    raise SystemExit("unknown shape %r; see the usage at the top of %s" % (shape, sys.argv[0]))


def main():
    shape, out = sys.argv[1], sys.argv[2]
    scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    shutil.rmtree(out, ignore_errors=True)
    folder = os.path.join(out, "content", "articles")
    os.makedirs(folder)
    text = HEAD % shape + body(shape, scale) + "\n"
    with open(os.path.join(out, "brief.yml"), "w", encoding="utf-8") as f:
        f.write("title: Pathological\nbaseURL: none\n")
    with open(os.path.join(folder, "p.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print("%s: %.1f MB" % (shape, len(text.encode()) / 1e6))


if __name__ == "__main__":
    main()
