#!/usr/bin/env python3
"""Writes the same synthetic corpus as a brief project and as a Hugo site, for whole-process timings.

usage: generate.py N OUT   -> OUT/brief/ (content/articles/*.md) and OUT/hugo/ (content/posts/*.md)

Articles are made of pseudo-random sentences from a small built-in vocabulary (deterministic seed),
news-sized (~9 paragraphs, ~3.5 kB), with front matter both tools read. Nothing here comes from the
gold corpora.
"""
import os
import random
import shutil
import sys

WORDS = ("leaders minister summit security guarantees talks ceasefire troops alliance officials "
         "parliament budget election sanctions border agreement negotiators capital region defence "
         "spokeswoman president chancellor ministry statement pressure support plan week conflict "
         "accord delegation meeting envoy reform economy energy prices markets vote court ruling").split()
NAMES = ["Anna Weber", "Luis Ortega", "Maria Petrova", "James Okafor", "Chen Wei", "Sofia Rossi"]
VERBS = ["said", "told reporters", "added", "warned", "insisted"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rng):
    parts = [sentence(rng) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.5:
        parts.append("\u201c%s\u201d %s %s." % (sentence(rng)[:-1] + ",", rng.choice(NAMES), rng.choice(VERBS)))
    return " ".join(parts)


def article(rng, n):
    day = 1 + n % 28
    month = 1 + (n // 28) % 12
    title = "Briefing %d: %s" % (n, sentence(rng)[:-1])
    body = "\n\n".join(paragraph(rng) for _ in range(9))
    return title, "2025-%02d-%02d" % (month, day), body


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    shutil.rmtree(out, ignore_errors=True)
    brief_dir = os.path.join(out, "brief", "content", "articles")
    hugo_dir = os.path.join(out, "hugo", "content", "posts")
    os.makedirs(brief_dir)
    os.makedirs(hugo_dir)
    rng = random.Random(42)
    total = 0
    for n in range(count):
        title, date, body = article(rng, n)
        front = '---\ntitle: "%s"\ndate: %s\nsource: Bench Wire\n---\n' % (title, date)
        text = front + body + "\n"
        total += len(text.encode("utf-8"))
        for folder in (brief_dir, hugo_dir):
            with open(os.path.join(folder, "a%05d.md" % n), "w", encoding="utf-8") as f:
                f.write(text)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo"), os.path.join(out, "hugo"), dirs_exist_ok=True)
    print("wrote %d articles (%.1f MB of text) to %s" % (count, total / 1e6, out))


if __name__ == "__main__":
    main()
