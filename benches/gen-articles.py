#!/usr/bin/env python3
"""Writes N synthetic news articles (deterministic, seeded) for the server's
load check: people with given names from the lexicon, companies with known
suffixes, funding, jobs, rivals, products, places and quotes, so that each
article gives the extractor some thirty facts. Usage: gen-articles.py N DIR"""

import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def words(name):
    path = os.path.join(ROOT, "ontology", "lexicon", name)
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(7)
    given = [g for g in words("given-names.txt") if g.isalpha()][:400]
    syllables = ["ka", "lo", "vex", "tra", "mi", "dor", "qua", "zen", "pel", "ri", "sto", "nar", "bel", "cor", "fi", "gal"]
    suffixes = ["Labs", "Systems", "Capital", "Analytics", "Robotics", "Ventures"]
    cities = ["Lyon", "Toronto", "Nairobi", "Singapore", "Austin", "Berlin", "Osaka", "Lagos", "Lisbon", "Seoul"]
    titles = ["chief executive", "chief technology officer", "head of research", "chief financial officer"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]

    def word(k):
        return "".join(rng.choice(syllables) for _ in range(k)).capitalize()

    def person():
        return f"{rng.choice(given)} {word(2)}"

    def company():
        return f"{word(2)} {rng.choice(suffixes[:2] + suffixes[3:])}"

    for i in range(n):
        c, rival, rival2 = company(), company(), company()
        investor = f"{word(2)} Capital"
        ceo, cto, analyst = person(), person(), person()
        t1, t2 = rng.sample(titles, 2)
        city = rng.choice(cities)
        product = f"{word(1).upper()}-{rng.randint(2, 90)}"
        amount = rng.randint(5, 400)
        text = f"""{c} raises ${amount} million from {investor}
{rng.randint(1, 28)} {rng.choice(months)} 2025

{c}, a {city}-based startup, said it raised ${amount} million from {investor}. {ceo}, {c}'s {t1}, said the money will pay for new hires.

"We build tools people can check, one source at a time," {ceo.split()[1]} said.

{cto}, the {t2} of {c}, said the company developed {product}, a chip for document search. {c} competes with {rival} and {rival2} in the market for document search, analysts said.

{analyst}, an analyst at {word(2)} Research, said {c} would need more money next year. "Investors are patient until they are not," {analyst.split()[1]} said.

{rival} acquired {word(2)} Labs in {rng.choice(months)}. {rival2}, based in {rng.choice(cities)}, partners with {c} on sales.
"""
        with open(os.path.join(out, f"article-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
