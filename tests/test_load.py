import datetime as dt
import unicodedata

import pytest

from extract.load import find_articles, parse_article, read_article
from graph.errors import ArticleError


@pytest.mark.parametrize("raw", [
    "date 2025-12-17\nOpenAI ký hợp đồng.",
    "   date 2025-12-17 OpenAI ký hợp đồng.",
    "date 2025-12-17\n\nOpenAI ký hợp đồng.",
])
def test_date_header_variants(raw):
    a = parse_article(raw, "a.txt")
    assert a.published == dt.date(2025, 12, 17)
    assert a.text.startswith("OpenAI ký hợp đồng.")
    assert a.language == "vi"


def test_no_header_leaves_date_unknown_unless_given():
    assert parse_article("Nvidia invests in Intel.", "a.txt").published is None
    given = parse_article("Nvidia invests in Intel.", "a.txt", published=dt.date(2025, 9, 19))
    assert given.published == dt.date(2025, 9, 19)


def test_title_is_a_headline_line():
    a = parse_article("date 2024-12-06\n\nNvidia mua lại VinBrain\n\nVingroup hôm qua thông báo.", "a.txt")
    assert a.title == "Nvidia mua lại VinBrain"


def test_nfd_input_gives_identical_extraction(tmp_path, extractor):
    raw = "date 2025-12-17\nMicrosoft đã đầu tư hơn 13 tỷ USD vào OpenAI."
    nfc = parse_article(raw, "a.txt")
    nfd = parse_article(unicodedata.normalize("NFD", raw), "a.txt")
    assert nfc == nfd
    assert extractor.extract(nfc).relations == extractor.extract(nfd).relations


@pytest.mark.parametrize("content, reason", [
    (b"", "the file is empty"),
    (b"  \n\n ", "the file is empty"),
    (b"\x00\x01binary\x00", "binary file, not a text article"),
    (b"caf\xe9 latin-1", "not UTF-8 (invalid byte at offset 3); save the article as UTF-8"),
])
def test_bad_files_raise_article_error(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value) == f"{path}: {reason}"


def test_folders_are_searched_for_txt_and_md(tmp_path):
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "c.json").write_text("x")
    assert [p.name for p in find_articles([tmp_path])] == ["a.txt", "b.md"]
