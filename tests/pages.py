"""Heavy news pages built for the tests: the shapes of real pages whose HTML
is 1.0-1.5 MB, almost all of it scripts, state blobs and inline assets,
around an article of 2-5 KB. The article text is our own (invented events,
written by the wirecoder team); the scripts are generated filler, seeded so
every run builds the same bytes."""

from __future__ import annotations

import json
import random

ARTICLE = [
    "Finland and Estonia agreed on Tuesday to build a second undersea power cable across the Gulf of Finland, "
    "the two governments said after talks in Helsinki, in a project meant to make their grids harder to cut off.",
    "The new link, due to be finished within four years, will run next to the cable that was damaged last winter "
    "when a cargo ship dragged its anchor along the seabed for more than a hundred kilometres.",
    "Estonia's energy minister told reporters that the two countries would share the cost equally and that "
    "construction companies from both sides would be invited to bid before the end of the summer.",
    "Finnish officials said the coast guard would increase patrols over the route of the existing cable while the "
    "new one is laid, and that ships crossing the gulf would be asked to report their anchor positions.",
    "Grid operators in both countries have warned that a single cable leaves too little room for repairs, since a "
    "break in the middle of winter can take months to fix when the sea is covered in ice.",
    "The European Commission welcomed the agreement and said the project could qualify for money from a fund for "
    "cross-border energy links, which has already paid for similar cables in the Baltic Sea.",
    "Opposition lawmakers in Tallinn criticised the plan as too slow, saying that a second cable should have been "
    "ordered years ago, and demanded that the government publish the full cost estimate.",
    "The cable will carry up to one thousand megawatts, enough to supply several hundred thousand homes, and will "
    "be buried under the seabed where the water is shallow enough for anchors to reach it.",
    "Engineers will survey the seabed in the autumn, and the first sections are expected to be laid in the summer "
    "after next, when calm weather allows the cable ships to work around the clock.",
    "Both governments said they would also ask the International Maritime Organization to mark the route on "
    "navigation charts as an area where ships must not drop anchor.",
    "Shipping companies that use the gulf said they supported the plan, although one ferry operator warned that "
    "new rules on anchoring could force its vessels to wait longer outside the harbours in bad weather.",
    "Environmental groups asked the two governments to study how the work would affect fish that spawn in the "
    "shallow bays along the route, and to avoid the weeks in spring when the fish gather there.",
    "Police in Finland are still investigating the damage to the first cable, and prosecutors have said they will "
    "decide later this year whether to bring charges against the captain of the cargo ship.",
    "Electricity prices in Estonia rose sharply in the weeks after the first cable was cut, and the government "
    "paid households a one-off subsidy to help them cover their heating bills for the rest of the winter.",
]
TITLE = "Finland and Estonia agree to build second undersea power cable"
DATE = "2024-03-12"


def _words(rng: random.Random, n: int) -> str:
    syllables = ["ka", "lo", "mi", "ra", "ten", "vu", "so", "pre", "dex", "qui", "nor", "zel"]
    return " ".join("".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(n))


def _script_code(rng: random.Random, size: int) -> str:
    """Minified-looking JavaScript, about `size` characters."""
    parts, total = [], 0
    while total < size:
        name = f"f{rng.randrange(10**6):x}"
        body = (f"function {name}(a,b){{var c=a[{rng.randrange(99)}]||{{}};if(c.k===\"{_words(rng, 1)}\")"
                f"{{return b.push({{id:{rng.randrange(10**9)},v:\"{_words(rng, 3)}\"}})}}"
                f"for(var i=0;i<{rng.randrange(50)};i++){{c[i]=a.map(function(x){{return x*{rng.random():.4f}}})}}"
                f"return c}};window.{name}={name};")
        parts.append(body)
        total += len(body)
    return "".join(parts)


def _state_blob(rng: random.Random, size: int) -> str:
    """A JSON application state as news sites embed it, about `size` characters."""
    items, total = [], 0
    while total < size:
        item = {"id": rng.randrange(10**9), "slug": _words(rng, 4).replace(" ", "-"),
                "headline": _words(rng, 8), "summary": _words(rng, 20),
                "tags": [_words(rng, 1) for _ in range(5)], "score": rng.random()}
        text = json.dumps(item)
        items.append(item)
        total += len(text)
    return json.dumps({"page": {"type": "article", "related": items}})


def _paragraphs(paragraphs: list[str], between: str = "") -> str:
    return between.join(f"<p>{p}</p>" for p in paragraphs)


def _meta(title: str) -> str:
    return (f"<meta charset=\"utf-8\"><title>{title} - The Daily Ledger</title>"
            f"<meta property=\"og:title\" content=\"{title}\">"
            f"<meta property=\"article:published_time\" content=\"{DATE}T08:30:00Z\">")


def _nav(rng: random.Random) -> str:
    links = "".join(f"<li><a href=\"/section/{i}\">{_words(rng, 2).title()}</a></li>" for i in range(40))
    return f"<header><nav><ul>{links}</ul></nav></header>"


def _footer(rng: random.Random) -> str:
    links = "".join(f"<a href=\"/more/{i}\">{_words(rng, 5).capitalize()}</a>" for i in range(30))
    return f"<footer><div class=\"related\">{links}</div><p>Copyright 2024 The Daily Ledger</p></footer>"


def state_blob_page(seed: int = 1) -> str:
    """Shape 1: one huge state script in the head, a plain article in the body."""
    rng = random.Random(seed)
    return (f"<!DOCTYPE html><html><head>{_meta(TITLE)}"
            f"<script>window.__PRELOADED_STATE__ = {_state_blob(rng, 1_150_000)};</script>"
            f"<script>{_script_code(rng, 60_000)}</script></head>"
            f"<body>{_nav(rng)}<main><article><h1>{TITLE}</h1>{_paragraphs(ARTICLE)}</article></main>"
            f"{_footer(rng)}</body></html>")


def many_scripts_page(seed: int = 2) -> str:
    """Shape 2: hundreds of ad and tracking scripts, some between the paragraphs,
    and a JSON-LD block with the date."""
    rng = random.Random(seed)
    head_scripts = "".join(f"<script async>{_script_code(rng, 3_500)}</script>" for _ in range(200))
    between = f"<div class=\"ad\"><script>{_script_code(rng, 4_000)}</script></div>"
    json_ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
                          "datePublished": f"{DATE}T08:30:00Z"})
    tail = "".join(f"<script>{_script_code(rng, 5_000)}</script>" for _ in range(60))
    return (f"<!DOCTYPE html><html><head>{_meta(TITLE)}{head_scripts}"
            f"<script type=\"application/ld+json\">{json_ld}</script></head>"
            f"<body>{_nav(rng)}<main><article><h1>{TITLE}</h1>{_paragraphs(ARTICLE, between)}</article></main>"
            f"{_footer(rng)}{tail}</body></html>")


def inline_assets_page(seed: int = 3) -> str:
    """Shape 3: a big inline stylesheet and SVG sprites first, a bundle of
    scripts last, and a longer article with subheads."""
    rng = random.Random(seed)
    style = "".join(f".c{rng.randrange(10**6):x}{{margin:{rng.randrange(40)}px;color:#{rng.randrange(16**6):06x}}}"
                    for _ in range(9_000))
    sprites = "".join(f"<symbol id=\"i{i}\" viewBox=\"0 0 24 24\"><path d=\"M{rng.randrange(24)} "
                      f"{rng.randrange(24)}L{rng.randrange(24)} {rng.randrange(24)}Z\"/></symbol>" for i in range(3_000))
    body = (_paragraphs(ARTICLE[:4]) + "<h2>Patrols and charts</h2>" + _paragraphs(ARTICLE[4:8])
            + "<h2>What comes next</h2>" + _paragraphs(ARTICLE[8:]))
    return (f"<!DOCTYPE html><html><head>{_meta(TITLE)}<style>{style}</style></head>"
            f"<body><svg style=\"display:none\">{sprites}</svg>{_nav(rng)}"
            f"<main><article><h1>{TITLE}</h1>{body}</article></main>{_footer(rng)}"
            f"<script>{_script_code(rng, 800_000)}</script></body></html>")


PAGES = {"state-blob": state_blob_page, "many-scripts": many_scripts_page, "inline-assets": inline_assets_page}
