#!/usr/bin/env python3
"""Writes the same synthetic news archive as a brief project and as a Hugo site, for whole-process timings.

usage: generate.py N OUT   -> OUT/brief/ (content/articles/*.md) and OUT/hugo/ (content/posts/*.md)

The archive looks like a newsroom's: a few hundred invented people (names built from syllables,
deterministic seed) drawn with a Zipf-like frequency, so the top twenty appear in a large share of
the articles; people carry titles and roles ("Foreign Minister Anna Weber", "Weber, the foreign
minister,"), are named by surname alone after the first mention, and come with organisations and
places. Paragraphs hold direct quotes with verbs of speech, partial quotes, reported speech, absolute
dates ("on March 4", "March 4, 2025") and relative ones ("last week", "on Tuesday"), drawn from a
small pool of event days so that many articles report events on the same dates. Articles are short
or long, and about one in 500 holds one very long paragraph (hundreds of sentences). Nothing here
comes from any corpus: every word list is written below.
"""
import datetime
import os
import random
import shutil
import sys

SEED = 42
PEOPLE = 400
ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
          "br", "dr", "gr", "kr", "st", "tr", "sch", "ch", "th"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "au", "ou"]
CODAS = ["", "", "n", "r", "l", "s", "m", "nd", "rt", "ck", "st"]
SURNAME_ENDS = ["", "er", "ov", "ez", "ini", "sen", "berg", "ak", "is", "ado"]
GIVEN_ENDS = ["", "a", "o", "ia", "el", "an", "ina"]
TITLES = [("Foreign Minister", "the foreign minister"), ("Defence Minister", "the defence minister"),
          ("Finance Minister", "the finance minister"), ("Prime Minister", "the prime minister"),
          ("President", "the president"), ("Senator", "a senator"), ("Governor", "the governor"),
          ("Mayor", "the mayor"), ("General", "the army chief"), ("Ambassador", "the ambassador"),
          ("Judge", "the presiding judge"), ("Chancellor", "the chancellor")]
ROLE_NOUNS = ["spokeswoman", "spokesman", "chief negotiator", "economist", "party leader",
              "union leader", "chief executive", "analyst", "commissioner", "envoy"]
ORG_HEADS = ["Ministry of", "Council for", "Institute of", "Agency for", "Office of"]
ORG_TOPICS = ["Energy", "Trade", "Defence", "Water", "Transport", "Health", "Finance", "Housing",
              "Fisheries", "Labour"]
PLACES_A = ["North", "South", "East", "West", "Upper", "Lower", "New", "Port", "Saint", "Old"]
WORDS = ("leaders summit security guarantees talks ceasefire troops alliance officials parliament "
         "budget election sanctions border agreement negotiators capital region defence ministry "
         "statement pressure support plan conflict accord delegation meeting reform economy energy "
         "prices markets vote court ruling pipeline harbour tariffs grain refugees inquiry coalition "
         "contract bridge railway subsidies workers strike drought reservoir exports loan audit").split()
VERBS = ("approved rejected delayed discussed announced criticised defended proposed signed "
         "postponed reviewed funded blocked welcomed questioned").split()
SPEECH = ["said", "told reporters", "added", "warned", "insisted", "said on Monday", "told the assembly"]
REPORTED = ["said that", "told reporters that", "warned that", "argued that", "said"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ["last week", "next week", "next month", "last month", "yesterday", "tomorrow",
            "earlier this year", "later this month"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
START = datetime.date(2024, 1, 1)
DAYS = 730


def word(rng, ends):
    """A pronounceable invented word of one to three syllables, capitalised."""
    text = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 2)))
    return (text + rng.choice(CODAS) + rng.choice(ends)).capitalize()


class Person:
    def __init__(self, rng, taken):
        while True:
            self.given, self.surname = word(rng, GIVEN_ENDS), word(rng, SURNAME_ENDS)
            if self.surname not in taken and len(self.surname) > 3:
                break
        taken.add(self.surname)
        self.title, self.description = rng.choice(TITLES) if rng.random() < 0.6 else (None, None)
        self.role = rng.choice(ROLE_NOUNS)
        self.org = "%s %s" % (rng.choice(ORG_HEADS), rng.choice(ORG_TOPICS))

    def first_mention(self, rng):
        full = "%s %s" % (self.given, self.surname)
        if self.title and rng.random() < 0.6:
            return "%s %s" % (self.title, full)
        if self.title:
            return "%s, %s," % (full, self.description)
        return "%s, a %s at the %s," % (full, self.role, self.org)


def zipf_weights(count, exponent=1.1):
    return [1.0 / (rank + 1) ** exponent for rank in range(count)]


class Archive:
    def __init__(self, rng):
        taken = set()
        self.people = [Person(rng, taken) for _ in range(PEOPLE)]
        self.weights = zipf_weights(PEOPLE)
        self.places = ["%s %s" % (rng.choice(PLACES_A), word(rng, ["", "ia", "burg", "ford", "a"]))
                       for _ in range(60)]
        self.place_weights = zipf_weights(len(self.places))
        # A small pool of event days, heavy-tailed too: many articles report the same dates.
        self.event_days = sorted(rng.sample(range(DAYS), 120))
        self.event_weights = zipf_weights(len(self.event_days), 0.9)

    def cast(self, rng):
        count = rng.randint(2, 5)
        chosen = []
        while len(chosen) < count:
            person = rng.choices(self.people, self.weights)[0]
            if person not in chosen:
                chosen.append(person)
        return chosen


def clause(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 9))]
    return "the %s %s the %s" % (words[0], rng.choice(VERBS), " ".join(words[1:]))


def absolute_date(rng, archive, published):
    day = START + datetime.timedelta(days=rng.choices(archive.event_days, archive.event_weights)[0])
    if day.year == published.year and rng.random() < 0.6:
        return "on %s %d" % (MONTHS[day.month - 1], day.day)
    return "on %s %d, %d" % (MONTHS[day.month - 1], day.day, day.year)


def date_phrase(rng, archive, published):
    choice = rng.random()
    if choice < 0.45:
        return absolute_date(rng, archive, published)
    if choice < 0.7:
        return "on " + rng.choice(WEEKDAYS)
    return rng.choice(RELATIVE)


class Writer:
    """Writes one article, remembering who has been introduced already."""

    def __init__(self, rng, archive, published):
        self.rng, self.archive, self.published = rng, archive, published
        self.cast = archive.cast(rng)
        self.introduced = set()

    def name(self, person):
        if person.surname in self.introduced:
            return person.surname
        self.introduced.add(person.surname)
        return person.first_mention(self.rng)

    def sentence(self):
        rng = self.rng
        person = rng.choice(self.cast)
        kind = rng.random()
        if kind < 0.22:
            return "\u201c%s,\u201d %s %s." % (self.capital(clause(rng)), self.name(person), rng.choice(SPEECH))
        if kind < 0.32:
            return "%s called the plan \u201c%s\u201d and said it would go ahead %s." % (
                self.name(person), " ".join(rng.choice(WORDS) for _ in range(3)), date_phrase(rng, self.archive, self.published))
        if kind < 0.5:
            return "%s %s %s %s." % (self.name(person), rng.choice(REPORTED), clause(rng), date_phrase(rng, self.archive, self.published))
        if kind < 0.75:
            return "%s %s %s in %s." % (self.capital(clause(rng)), rng.choice(["was", "will be"]),
                                        date_phrase(rng, self.archive, self.published),
                                        rng.choices(self.archive.places, self.archive.place_weights)[0])
        if kind < 0.8:
            return "The %s %s %s %s." % (person.org, rng.choice(REPORTED), clause(rng), date_phrase(rng, self.archive, self.published))
        if kind < 0.88:
            other = rng.choice([someone for someone in self.cast if someone is not person])
            return "%s met %s %s." % (self.name(person), self.name(other), date_phrase(rng, self.archive, self.published))
        return self.capital(clause(rng)) + "."

    @staticmethod
    def capital(text):
        return text[0].upper() + text[1:]

    def paragraph(self, sentences):
        return " ".join(self.sentence() for _ in range(sentences))


def article(rng, archive, n, count):
    published = START + datetime.timedelta(days=(n * DAYS) // max(1, count))
    writer = Writer(rng, archive, published)
    lead = writer.cast[0]
    title = "%s: %s" % (lead.surname, writer.capital(clause(rng)))
    size = rng.random()
    paragraphs = rng.randint(3, 5) if size < 0.3 else rng.randint(8, 12) if size < 0.9 else rng.randint(20, 30)
    body = [writer.paragraph(rng.randint(2, 5)) for _ in range(paragraphs)]
    if rng.random() < 1 / 500:
        body.insert(len(body) // 2, writer.paragraph(rng.randint(300, 600)))
    return title, published.isoformat(), "\n\n".join(body)


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    shutil.rmtree(out, ignore_errors=True)
    brief_dir = os.path.join(out, "brief", "content", "articles")
    hugo_dir = os.path.join(out, "hugo", "content", "posts")
    os.makedirs(brief_dir)
    os.makedirs(hugo_dir)
    rng = random.Random(SEED)
    archive = Archive(rng)
    total = 0
    for n in range(count):
        title, date, body = article(rng, archive, n, count)
        front = '---\ntitle: "%s"\ndate: %s\nsource: Bench Wire\n---\n' % (title, date)
        text = front + body + "\n"
        total += len(text.encode("utf-8"))
        for folder in (brief_dir, hugo_dir):
            with open(os.path.join(folder, "a%06d.md" % n), "w", encoding="utf-8") as f:
                f.write(text)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo"), os.path.join(out, "hugo"), dirs_exist_ok=True)
    print("wrote %d articles (%.1f MB of text) to %s" % (count, total / 1e6, out))


if __name__ == "__main__":
    main()
