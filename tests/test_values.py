import datetime as dt

import pytest

from extract.lexicon import load_lexicon
from extract.values import AmountFinder, DateFinder

VI, EN = load_lexicon("vi"), load_lexicon("en")


@pytest.mark.parametrize("lex, text, value, currency, qualifier", [
    (VI, "trị giá hơn 1.400 tỷ USD", 1.4e12, "USD", "more_than"),
    (VI, "đợt bán trị giá 6,6 tỷ USD", 6.6e9, "USD", "exact"),
    (VI, "khoản đầu tư tối đa 5 tỷ USD", 5e9, "USD", "up_to"),
    (VI, "ít nhất 8 tỷ USD", 8e9, "USD", "at_least"),
    (VI, "có thể vượt 10 tỷ USD", 10e9, "USD", "more_than"),
    (VI, "khoảng 500 triệu USD", 5e8, "USD", "about"),
    (VI, "10 tỷ đô la", 10e9, "USD", "exact"),
    (VI, "12.000 tỷ đồng", 1.2e13, "VND", "exact"),
    (EN, "a deal worth $10 billion", 10e9, "USD", "exact"),
    (EN, "raised $10B", 10e9, "USD", "exact"),
    (EN, "US$38 billion", 38e9, "USD", "exact"),
    (EN, "about 10bn dollars", 10e9, "USD", "about"),
    (EN, "more than $1.4 trillion", 1.4e12, "USD", "more_than"),
    (EN, "€1.3 billion", 1.3e9, "EUR", "exact"),
    (EN, "as much as $19.4 billion", 19.4e9, "USD", "up_to"),
    (EN, "at least $750 million", 7.5e8, "USD", "at_least"),
    (EN, "a stake for 1.5 billion zlotys", 1.5e9, "PLN", "exact"),
    (EN, "HK$2.4 billion", 2.4e9, "HKD", "exact"),
    (EN, "about 900 million Swedish kronor", 9e8, "SEK", "about"),
    (EN, "40 billion rupees", 4e10, "INR", "exact"),
    (EN, "raised Rs 2,400 crore", 2.4e10, "INR", "exact"),
    (VI, "khoảng 3 tỷ nhân dân tệ", 3e9, "CNY", "about"),
    (VI, "rót 9,6 tỷ Đài tệ", 9.6e9, "TWD", "exact"),
])
def test_amounts(lex, text, value, currency, qualifier):
    (a,) = AmountFinder(lex).find(text)
    assert (a.value, a.currency, a.qualifier) == (pytest.approx(value), currency, qualifier)


@pytest.mark.parametrize("lex, text", [
    (EN, "up to 300 megawatts and 10 GW of power, shares rose 20% to 4,000"),
    (VI, "hơn 180 bệnh viện, công suất 100 MW và tối đa 1 GW, chiếm 29%"),
])
def test_non_money_figures_are_not_amounts(lex, text):
    assert AmountFinder(lex).find(text) == []


def test_a_deal_valued_at_is_the_deal_value_not_a_valuation():
    (deal,) = AmountFinder(EN).find("in a deal that two people briefed on it valued at more than $10 billion")
    (valuation,) = AmountFinder(EN).find("After the round the company is valued at $4 billion")
    assert (deal.context, valuation.context) == ("deal_value", "valuation")


def test_per_share_price_and_vnd_equivalent_are_tagged():
    (price,) = AmountFinder(EN).find("at $23.28 a share")
    assert price.context == "per_share"
    usd, vnd = AmountFinder(VI).find("200 triệu USD (khoảng 5.000 tỷ đồng)")
    assert usd.context is None and vnd.context == "equivalent"


PUB_VI = dt.date(2025, 12, 17)
PUB_EN = dt.date(2025, 9, 19)  # a Friday


@pytest.mark.parametrize("lex, pub, text, value, deal", [
    (VI, PUB_VI, "Tháng trước, OpenAI ký", "2025-11", True),
    (VI, PUB_VI, "Hồi đầu tháng này, đơn vị", "2025-12", True),
    (VI, PUB_VI, "vào tháng 10", "2025-10", True),
    (VI, PUB_VI, "theo thông báo hồi tháng 10", "2025-10", True),
    (VI, PUB_VI, "năm ngoái", "2024", True),
    (VI, PUB_VI, "từ năm 2019", "2019", False),
    (VI, PUB_VI, "tháng 12/2025", "2025-12", True),
    (VI, PUB_VI, "hôm 3/10", "2025-10-03", True),
    (VI, PUB_VI, "hôm qua", "2025-12-16", True),
    (EN, PUB_EN, "on Thursday", "2025-09-18", True),
    (EN, PUB_EN, "Last month", "2025-08", True),
    (EN, PUB_EN, "earlier this month", "2025-09", True),
    (EN, PUB_EN, "in October", "2024-10", True),
    (EN, PUB_EN, "since 2019", "2019", False),
    (EN, PUB_EN, "on March 5, 2024", "2024-03-05", True),
    (EN, PUB_EN, "in September 2023", "2023-09", True),
    # A quarter dates the year; a later quarter than the publication's is left open.
    (VI, PUB_VI, "trong quý II", "2025", True),
    (VI, PUB_VI, "giao từ quý I/2026", "2026", False),
    (EN, PUB_EN, "in the second quarter of 2024", "2024", True),
    (EN, PUB_EN, "in Q3 2025", "2025", True),
    (EN, PUB_EN, "in the fourth quarter", None, True),
    (EN, PUB_EN, "the investor that founded Aurevia in 2021", "2021", False),
    (VI, PUB_VI, "thành lập công ty vào năm 2020", "2020", False),
    (VI, PUB_VI, "Cách đây chín tháng, startup hoàn tất", "2025-03", True),
    (VI, PUB_VI, "hồi tháng 8 năm ngoái", "2024-08", True),
    (EN, PUB_EN, "The round closed nine months ago", "2024-12", True),
    (EN, PUB_EN, "two years ago", "2023", True),
])
def test_dates(lex, pub, text, value, deal):
    (d,) = DateFinder(lex).find(text, pub)
    assert (d.value, d.deal_date) == (value, deal)


def test_relative_dates_stay_unresolved_without_publication_date():
    (d,) = DateFinder(VI).find("Tháng trước, OpenAI ký", None)
    assert d.value is None


def test_following_year_resolves_against_the_last_explicit_year():
    text = "in September 2023, Amazon agreed. In November of the following year, Amazon announced"
    dates = DateFinder(EN).find(text, None)
    assert [d.value for d in dates] == ["2023-09", "2024-11"]


def test_that_month_resolves_against_the_last_explicit_year():
    text = "The first cheque arrived in May 2024. A second round followed that December."
    dates = DateFinder(EN).find(text, None)
    assert [d.value for d in dates] == ["2024-05", "2024-12"]


@pytest.mark.parametrize("lex, text, values", [
    (VI, "Ngày 14/8, VNPT ký biên bản ghi nhớ. Cùng ngày, MobiFone ký hai văn bản.", ["2025-08-14", "2025-08-14"]),
    (VI, "Meta ký hợp đồng vào tháng 8/2025, rồi một tháng sau đó ký với CoreWeave.", ["2025-08", "2025-09"]),
    (VI, "Hồi tháng 4/2024, SK Hynix mở nhà máy. Cũng trong tháng đó, hãng ký với TSMC.", ["2024-04", "2024-04"]),
    (EN, "On March 3, 2025, Acme agreed. The same day, Borel signed.", ["2025-03-03", "2025-03-03"]),
    (EN, "The deal closed in May 2024. Later that year, it bought Tarn.", ["2024-05", "2024"]),
])
def test_same_time_phrases_take_the_date_named_before(lex, text, values):
    assert [d.value for d in DateFinder(lex).find(text, PUB_VI)] == values


def test_same_time_phrase_without_a_date_before_stays_open():
    (d,) = DateFinder(EN).find("The same day, Borel signed.", PUB_EN)
    assert d.value is None


def test_last_summer_is_the_latest_summer_that_is_over():
    (before_summer,) = DateFinder(EN).find("a deal struck last summer", dt.date(2026, 2, 26))
    (in_spring,) = DateFinder(EN).find("a deal struck last summer", dt.date(2025, 5, 10))
    assert (before_summer.value, in_spring.value) == ("2025", "2024")


def test_a_currency_code_inside_a_word_is_no_amount():
    assert AmountFinder(EN).find("two investors 10 days ago") == []


def test_an_ordinal_is_no_weekday():
    # "nhà mạng lớn thứ hai": the second-largest carrier; "hôm thứ Hai" is a Monday
    assert DateFinder(VI).find("KT, nhà mạng lớn thứ hai Hàn Quốc, cho biết", PUB_VI) == []
    (d,) = DateFinder(VI).find("Hợp đồng được ký hôm thứ hai", PUB_VI)
    assert d.value == "2025-12-15"
