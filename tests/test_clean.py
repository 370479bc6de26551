import pytest

from wirecoder.clean import clean
from wirecoder.ingest import RawDocument

# A page as a scraper saves it, written by the team: header date, breadcrumb
# glued to the title, caption with an agency credit, share lines, footer.
PAGE = """Friday, June 14, 2024
HomeEuropeMinisters meet over the river treaty

Ministers meet over the river treaty

Two ministers walk past the honour guard at the palace. / Reuters

Share on Facebook
Subscribe to our newsletter

The foreign ministers of Austria and Hungary met on Thursday to discuss the river treaty.

“We want a fair deal,” the Austrian minister said. «The talks will continue», his counterpart added.

By late evening both delegations had left the capital.

Recent posts
Floods close the old bridge
Farmers protest over water prices
"""


@pytest.mark.parametrize("line", ["July 2, 2013 07: 44", "May 2, 2013, 1:12 PM", "January 7, 2011 at 12: 19 PM",
                                  "February 28, 2012, 7: 32 p. m. ET"])
def test_a_printed_date_with_its_time_is_the_page_date(line):
    doc = clean(RawDocument(id="t", text=f"{line}\nQuake shakes the coast of Norland\n"
                                          "A strong earthquake shook the coast on Tuesday, and many houses were damaged."))
    assert doc.date_source == "page-header" and doc.date == parse_line_date(line)
    assert line not in doc.text and doc.title != line


def parse_line_date(line: str) -> str:
    from datetime import datetime

    return datetime.strptime(" ".join(line.replace(",", "").split()[:3]), "%B %d %Y").date().isoformat()


def test_page_chrome_goes_to_removed_with_kinds():
    doc = clean(RawDocument(id="p", text=PAGE))
    assert doc.title == "Ministers meet over the river treaty"
    assert doc.date == "2024-06-14" and doc.date_source == "page-header"
    kinds = {(r.kind, r.text) for r in doc.removed}
    assert ("navigation", "HomeEurope") in kinds
    assert ("caption", "Two ministers walk past the honour guard at the palace. / Reuters") in kinds
    assert ("share", "Share on Facebook") in kinds
    assert ("share", "Subscribe to our newsletter") in kinds
    assert ("footer", "Recent posts") in kinds
    assert ("related", "Floods close the old bridge") in kinds
    for chrome in ("HomeEurope", "Reuters", "Recent posts", "Share on", "Floods close"):
        assert chrome not in doc.text


def test_no_body_paragraph_is_dropped():
    doc = clean(RawDocument(id="p", text=PAGE))
    for paragraph in ("The foreign ministers of Austria and Hungary met on Thursday to discuss the river treaty.",
                      "“We want a fair deal,” the Austrian minister said. «The talks will continue», his counterpart added.",
                      "By late evening both delegations had left the capital."):
        assert paragraph in doc.text


def test_weekday_that_disagrees_with_the_date_is_warned():
    doc = clean(RawDocument(id="p", text=PAGE.replace("Friday, June 14", "Monday, June 14")))
    assert doc.date == "2024-06-14"
    assert any(w.code == "weekday-mismatch" for w in doc.warnings)


def test_input_date_wins_over_page_header():
    doc = clean(RawDocument(id="p", text=PAGE, date="2024-06-20"))
    assert doc.date == "2024-06-20" and doc.date_source == "input"


def test_dateline_date_and_body_date():
    doc = clean(RawDocument(id="d", text="LISBON, 3 May 2023 (Reuters) - Portugal and Spain signed a water accord."))
    assert (doc.date, doc.date_source) == ("2023-05-03", "dateline")
    doc = clean(RawDocument(id="b", text="The accord was signed on May 3, 2023 in Lisbon by both governments."))
    assert (doc.date, doc.date_source) == ("2023-05-03", "body")
    doc = clean(RawDocument(id="n", text="The accord was signed in Lisbon by both governments."))
    assert (doc.date, doc.date_source) == (None, "none")


def test_a_dateline_on_a_line_of_its_own_stays_in_the_body():
    for line in ("LISBON, 3 May 2023 (Reuters) --", "BRAGA, May 3 (Wire) --", "FARO —"):
        text = f"\n\n{line}\n\nPortugal and Spain signed a water accord on Tuesday, officials said.\n\nMore talks follow."
        doc = clean(RawDocument(id="d", text=text))
        assert doc.title is None and doc.text.startswith(line), line
    doc = clean(RawDocument(id="d", text="\n\nLISBON, 3 May 2023 (Reuters) --\n\nPortugal and Spain signed."))
    assert (doc.date, doc.date_source) == ("2023-05-03", "dateline")


def test_html_article_title_date_and_boilerplate(tmp_path):
    from tests.conftest import EXAMPLES

    from wirecoder.ingest import read_sources

    raw = next(read_sources([str(EXAMPLES / "border-clash.html")]))
    doc = clean(raw)
    assert doc.title == "Troops clash near the northern border"
    assert (doc.date, doc.date_source) == ("2023-10-12", "html-meta")
    assert "Indian troops clashed" in doc.text
    for chrome in ("cookies", "Privacy policy", "Monsoon floods", "All rights reserved"):
        assert chrome not in doc.text


def test_html_without_article_is_an_error():
    import pytest

    from wirecoder.errors import DocumentError

    with pytest.raises(DocumentError) as info:
        clean(RawDocument(id="h", html="<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>"))
    assert info.value.code == "no-article"


def test_body_lines_that_only_resemble_titles_or_captions_are_kept():
    text = ("Residents of the valley said on Monday that the new dam would “change everything”\n"
            "The Reuters/Ipsos poll showed the mayor ahead by four points in the district.\n"
            "Engineers fitted a custom controller (application specific circuit).\n"
            "It is a cliché that big dams bring big promises. The valley will see.\n")
    doc = clean(RawDocument(id="t", text=text))
    assert doc.title is None
    assert doc.removed == []
    assert doc.text.count("\n\n") == 3


def test_title_case_headline_is_the_title_and_credit_lines_are_captions():
    text = ("Flood Waters Reach The Old Town Square\n"
            "Water rose overnight in the old town, and residents moved to higher ground on Tuesday.\n"
            "Jana Novak / Reuters.\n")
    doc = clean(RawDocument(id="t", text=text))
    assert doc.title == "Flood Waters Reach The Old Town Square"
    assert [(r.kind, r.text) for r in doc.removed] == [("title", "Flood Waters Reach The Old Town Square"),
                                                       ("caption", "Jana Novak / Reuters.")]


def test_a_page_whose_root_the_date_finder_prunes_keeps_its_text():
    # htmldate asserts on a page wrapped in <svg><foreignObject> (bench/fuzz.py found it).
    sentence = "Ministers of the two river states met on Monday to settle the dispute over fishing rights. "
    html = f"<svg><foreignObject><html><body><article><p>{sentence * 3}</p></article></body></html></foreignObject></svg>"
    doc = clean(RawDocument(id="svg", html=html))
    assert sentence.strip() in doc.text


def test_a_promoted_headline_inside_the_body_goes_to_removed():
    text = ("Police in Leeds arrested two men on Friday after a raid on a warehouse.\n\n"
            "READ MORE: Three held after stolen vans found in a field\n\n"
            "YOU MAY ALSO LIKE: Partner arrested after a woman was found dead abroad\n\n"
            "Both men were released on bail.")
    doc = clean(RawDocument(id="p", text=text))
    kinds = {(r.kind, r.text) for r in doc.removed}
    assert ("related", "READ MORE: Three held after stolen vans found in a field") in kinds
    assert ("related", "YOU MAY ALSO LIKE: Partner arrested after a woman was found dead abroad") in kinds
    assert "stolen vans" not in doc.text and "found dead abroad" not in doc.text
    assert "Both men were released on bail." in doc.text


# A scraped page whose menu comes before the headline, with a byline, a
# labelled date below the headline and a row of share buttons (written by the team).
MENU_FIRST_PAGE = """Skip to main content
World | Europe | Politics | Sport | Opinion
Search
Harbour workers strike over pension cuts
By Lena Varga
Published 4 April 2025
Share on Facebook Share on X Email
PORTOVIA — Harbour workers walked off the job on Friday over cuts to their pensions, halting traffic at the port.
The union said the strike would last three days.
"""


def test_a_headline_after_the_menu_is_the_title_and_byline_date_and_share_row_are_chrome():
    doc = clean(RawDocument(id="m", text=MENU_FIRST_PAGE))
    assert doc.title == "Harbour workers strike over pension cuts"
    assert (doc.date, doc.date_source) == ("2025-04-04", "page-header")
    kinds = {(r.kind, r.text) for r in doc.removed}
    assert {("byline", "By Lena Varga"), ("share", "Share on Facebook Share on X Email"),
            ("header", "Published 4 April 2025")} <= kinds
    assert doc.text.startswith("PORTOVIA — Harbour workers walked off the job")


@pytest.mark.parametrize("line", ["By Lena Varga", "BY LENA VARGA", "By Lena Varga, Staff Reporter",
                                  "Written by Tom Baird and Ann Lee"])
def test_a_byline_in_any_case_is_chrome(line):
    doc = clean(RawDocument(id="b", text=f"Harbour workers strike over pension cuts\n{line}\n"
                                         "Harbour workers walked off the job on Friday over cuts to their pensions."))
    assert ("byline", line) in {(r.kind, r.text) for r in doc.removed} and line not in doc.text
