"""Real-world inputs: web pages, record files, datelines, duplicates, and bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from tracker import Article, Skipped, TrackerWarning, extract, read_inputs
from tracker.ingest import MAX_FILE_BYTES
from tracker.metadata import dateline, record_date, url_date

PAGE = """<!doctype html>
<html><head>
<title>Clashes in the south leave scores dead | The Sample Times</title>
<meta property="og:site_name" content="The Sample Times">
<meta property="article:published_time" content="2010-06-15T09:30:00+06:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Comments (12)</nav>
<div class="appeal">Reporting like this costs us $10,000 a month. Support us from just $2.</div>
<article>
<h1>Clashes in the south leave scores dead</h1>
<p>Clashes broke out in the two provinces on Friday, killing at least 124 people and injuring
more than 1,500 others by Monday, the Kyrgyz Health Ministry said.</p>
<div class="appeal">Donate $5, $25 or $100 to keep 300 reporters in the field.</div>
<p>A local Uzbek leader said about 700 people were killed in the city of Jalal-Abad alone,
Interfax reported.</p>
<p>Call our newsroom on 555-0134 with information.</p>
</article>
<footer>Subscribe for $1 a week. Read more. Copyright 2010.</footer>
</body></html>
"""


def _run(tmp_path: Path, *paths: str) -> tuple[pd.DataFrame, list[Article], list[Skipped]]:
    return extract([str(tmp_path / p) for p in paths] if paths else [str(tmp_path)])


def test_a_web_page_gives_its_claims_and_metadata_and_no_furniture(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    claims, articles, skipped = _run(tmp_path)
    assert not skipped
    article = articles[0]
    assert (article.published, article.outlet) == ("2010-06-15", "The Sample Times")
    assert "Clashes in the south" in article.title
    assert sorted(claims["value"].dropna()) == [124, 700, 1500]
    assert "Donate" not in " ".join(claims["sentence"])


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>", "no article body"),
        ("<html><body><p>At least 12 people were killed when the bridge", ""),
        ("<html>" + "<div>" * 400 + "<p>Two people were injured in the fire on Monday.</p>", ""),
    ],
    ids=["page with no article body", "truncated page", "deeply nested page"],
)
def test_bad_pages_are_skipped_with_a_reason_or_read(tmp_path: Path, html: str, reason: str) -> None:
    (tmp_path / "page.htm").write_text(html)
    _, articles, skipped = _run(tmp_path)
    assert len(articles) + len(skipped) == 1
    if skipped:
        assert reason and reason in skipped[0].reason


def test_json_array_and_field_aliases(tmp_path: Path) -> None:
    records = [{"id": "a", "content": "Police said 4 people were arrested on Friday.", "dct": "2016-03-05",
                "source": "Sample Post"},
               {"id": "b", "body": "Floods displaced 2,000 families in the valley."}]
    (tmp_path / "articles.json").write_text(json.dumps(records))
    claims, articles, _ = _run(tmp_path)
    assert [(a.id, a.published, a.outlet) for a in articles] == [("a", "2016-03-05", "Sample Post"),
                                                                ("b", "", "")]
    assert list(claims["as_of"]) == ["2016-03-04", ""]


def test_csv_of_articles_and_csv_without_text_column(tmp_path: Path) -> None:
    frame = pd.DataFrame({"id": ["x"], "text": ["Seven soldiers died in the ambush."],
                          "published": ["2014-05-01"]})
    frame.to_csv(tmp_path / "good.csv", index=False)
    pd.DataFrame({"id": ["y"], "headline": ["Seven soldiers died"]}).to_csv(tmp_path / "bad.csv", index=False)
    claims, articles, skipped = _run(tmp_path)
    assert [a.id for a in articles] == ["x"]
    assert claims["value"].tolist() == [7]
    assert skipped[0].path.endswith("bad.csv") and "no text column" in skipped[0].reason


def test_an_html_field_in_a_record_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": "p", "html": PAGE}) + "\n")
    claims, articles, _ = _run(tmp_path)
    assert articles[0].published == "2010-06-15"
    assert sorted(claims["value"].dropna()) == [124, 700, 1500]


@pytest.mark.parametrize(
    ("text", "default", "published", "outlet"),
    [
        ("OSH, Kyrgyzstan, June 14 (Reuters) - Gunfire was heard overnight.", "2010-06-20", "2010-06-14",
         "Reuters"),
        ("LIMA, 9 JAN 90 (EFE) -- Police arrested 15 people.", "", "1990-01-09", "EFE"),
        ("BEIRUT (AP) -- Shelling killed three people.", "", "", "AP"),
        ("MOSCOW, June 14, 2010 (Interfax) - The ministry said.", "", "2010-06-14", "Interfax"),
        ("The ministry said on Monday that (at least) 12 died.", "", "", ""),
    ],
    ids=["place, month day (agency) -", "place, day MON yy (agency) --", "place (agency) --",
         "full date", "no dateline"],
)
def test_datelines(text: str, default: str, published: str, outlet: str) -> None:
    found = dateline(text, default)
    assert (found.published, found.outlet) == (published, outlet)


def test_a_dateline_stands_in_for_missing_metadata(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text("LIMA, 9 JAN 90 (EFE) -- Police arrested 15 students on Monday.")
    claims, articles, _ = _run(tmp_path)
    assert (articles[0].published, articles[0].outlet) == ("1990-01-09", "EFE")
    assert claims["as_of"].tolist() == ["1990-01-08"]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/2014/05/14/mine-fire-toll-rises/", "2014-05-14"),
        ("https://paper.example/world/2014/may/16/mine-toll-disputed", "2014-05-16"),
        ("https://site.example/news/2023-06-15-shipwreck-toll", "2023-06-15"),
        ("http://wire.example/stories/20140513-mine-blast.html", "2014-05-13"),
        ("https://mag.example/hundreds-still-missing-2015-10", ""),  # a month alone
        ("https://paper.example/at-least-282-workers-die-66438", ""),
        ("https://2014.example/story", ""),  # the host is no date
        ("https://paper.example/story?day=2014/05/14", ""),  # nor the query
        ("https://paper.example/2019/13/40/story", ""),  # no such day
    ],
    ids=lambda v: v.split("//")[-1] if "//" in v else v,
)
def test_the_day_a_page_address_gives_it(url: str, day: str) -> None:
    assert url_date(url) == day


def test_a_page_address_dates_a_record_without_a_date(tmp_path: Path) -> None:
    lines = [{"id": "u", "url": "https://news.example/2014/05/14/mine-fire/",
              "text": "The mine fire has killed 245 miners, the minister said on Wednesday."},
             {"id": "m", "url": "https://news.example/2014/05/14/mine-fire-2/", "published": "2014-05-15",
              "text": "The mine fire has killed 282 miners, the minister said."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines))
    claims, articles, _ = _run(tmp_path)
    assert {a.id: a.published for a in articles} == {"u": "2014-05-14", "m": "2014-05-15"}  # metadata first
    assert dict(zip(claims["article_id"], claims["as_of"], strict=True))["u"] == "2014-05-14"


@pytest.mark.parametrize(
    ("value", "order", "day"),
    [
        ("8/24/13", "", "2013-08-24"),  # the day above 12 shows the order
        ("24/8/2013", "", "2013-08-24"),
        ("7/5/15", "month_first", "2015-07-05"),  # the file's order decides
        ("7/5/15", "day_first", "2015-05-07"),
        ("7/5/15", "", ""),  # no order known: left unread
        ("3/3/15", "", "2015-03-03"),  # either order gives the same day
        ("2015/07/05", "", "2015-07-05"),
        ("05.07.2015", "day_first", "2015-07-05"),
        ("January 27, 2014", "", "2014-01-27"),
        ("27 Jan 2014", "", "2014-01-27"),
        ("Sun, 05 Jul 2015 22:00:00 GMT", "", "2015-07-05"),
        ("Updated 2:13 PM ET, Sat January 25, 2014", "", "2014-01-25"),  # the hour is no day
        ("10:30 GMT, 5 July 2015", "", "2015-07-05"),
        ("13/13/2015", "", ""),  # no such day
        ("Monday", "", ""),
    ],
)
def test_the_day_a_record_s_date_field_gives(value: str, order: str, day: str) -> None:
    assert record_date(value, order) == day


def test_a_file_s_dates_read_in_the_order_its_unambiguous_ones_show(tmp_path: Path) -> None:
    rows = [("a", "7/5/15"), ("b", "8/24/13"), ("c", "January 27, 2014")]
    (tmp_path / "a.csv").write_text("id,date,headline,text\n" + "".join(
        f'{i},"{d}",Strike kills 12,"A strike killed 12 people on Monday, police said."\n' for i, d in rows))
    _, articles, _ = _run(tmp_path)
    assert {a.id: a.published for a in articles} == {"a": "2015-07-05", "b": "2013-08-24", "c": "2014-01-27"}
    assert {a.title for a in articles} == {"Strike kills 12"}


def test_ambiguous_dates_no_other_date_decides_are_left_unread_with_a_warning(tmp_path: Path) -> None:
    lines = [{"id": n, "date": d, "text": "A strike killed 12 people, police said."}
             for n, d in (("a", "7/5/15"), ("b", "3/4/15"))]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines))
    with pytest.warns(TrackerWarning, match="may be day/month or month/day") as caught:
        _, articles, _ = _run(tmp_path)
    assert {a.published for a in articles} == {""}
    assert len([w for w in caught if issubclass(w.category, TrackerWarning)]) == 1  # once a file


STORY = ("Clashes broke out in the two provinces on Friday, killing at least 124 people and injuring "
         "more than 1,500 others by Monday, the Kyrgyz Health Ministry said. The violence spread to "
         "Jalal-Abad, where witnesses described gangs setting fire to homes. Thousands of ethnic "
         "Uzbeks fled toward the border with Uzbekistan, officials said on Monday evening.")


def test_the_same_article_read_twice_is_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    record = json.dumps({"id": "r1", "text": STORY.replace("Monday", "Sunday")})
    (tmp_path / "wire.jsonl").write_text(record + "\n" + record + "\n")
    claims, articles, skipped = extract([str(tmp_path), str(tmp_path / "a.txt")])
    assert sorted(s.reason for s in skipped) == ["duplicate of a.txt", "duplicate of r1"]
    assert [a.id for a in articles] == ["a.txt", "r1"]
    assert set(claims["article_id"]) == {"a.txt", "r1"}


def test_identical_and_near_identical_articles_are_linked_copies(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "c.txt").write_text("Kyrgyz clashes: toll passes 120\n" + STORY + "\n(Reuters)")
    (tmp_path / "d.txt").write_text("Floods displaced 2,000 families on Tuesday, officials said.")
    claims, articles, skipped = _run(tmp_path)
    assert not skipped
    assert [(a.id, a.copy_of) for a in articles] == [("a.txt", ""), ("b.txt", "a.txt"), ("c.txt", "a.txt"),
                                                    ("d.txt", "")]
    # c's headline has a toll of its own ("toll passes 120")
    assert claims.groupby("article_id").size().to_dict() == {"a.txt": 3, "b.txt": 3, "c.txt": 4, "d.txt": 1}


def test_unreadable_files_and_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Seven soldiers died in the ambush.")
    os.symlink(tmp_path / "missing.txt", tmp_path / "dangling.txt")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    items = list(read_inputs([str(tmp_path)]))
    reasons = {i.id: i.reason for i in items if isinstance(i, Skipped)}
    assert "unreadable" in reasons["dangling.txt"]
    assert [i.id for i in items if isinstance(i, Article)] == ["good.txt"]


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.write(b"At least 12 people were killed.\n")
        f.truncate(200 * 1024 * 1024)
    (item,) = read_inputs([str(big)])
    assert isinstance(item, Skipped)
    assert "too large" in item.reason and f"{MAX_FILE_BYTES:,}" in item.reason


def test_jsonl_files_are_streamed_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    with path.open("w") as f:
        for n in range(2000):
            f.write(json.dumps({"id": f"r{n}", "text": f"Floods forced {n + 2} families to flee."}) + "\n")
    items = read_inputs([str(path)])
    first = next(items)  # the generator yields before reading the whole file
    assert isinstance(first, Article) and first.id == "r0"
    assert sum(1 for _ in items) == 1999


def test_a_folders_readme_is_listed_not_read(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("Test articles; 12 people were killed in none of them.")
    (tmp_path / "a.txt").write_text("Seven soldiers died in the ambush.")
    claims, articles, skipped = _run(tmp_path)
    assert [a.id for a in articles] == ["a.txt"]
    assert [(s.id, s.reason) for s in skipped] == [("README.md", "a folder's README, not an article")]
    assert claims["article_id"].tolist() == ["a.txt"]
