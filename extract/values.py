"""Values read from text: money amounts, dates and status cues.

Each finder returns plain records with character offsets into the text it was
given; the relation stage decides which values belong to which fact.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal

from extract.lexicon import WORD, Lexicon, alternation, words_rx

NUMBER = r"\d+(?:[.,]\d+)*"


@dataclass(frozen=True)
class AmountMention:
    start: int
    end: int
    value: float
    currency: str
    qualifier: str
    context: str | None = None  # valuation, deal_value, market_cap, market_size, per_share, equivalent, round, results


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when it cannot be resolved
    deal_date: bool = True  # False for "since 2019", "starting in 2027", ...
    since: bool = False  # "since 2019", "từ năm 2019": when a stake held ever since was taken


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str


def parse_number(text: str, locale: str) -> float:
    """A number written in the article's convention, falling back to the other.

    >>> parse_number("1.400", "vi"), parse_number("6,6", "vi"), parse_number("1,400", "en")
    (1400.0, 6.6, 1400.0)
    >>> parse_number("1.5", "vi")
    1.5
    """
    for loc in (locale, "en" if locale != "en" else "vi"):
        try:
            return float(parse_decimal(text, locale=loc, strict=True))
        except (NumberFormatError, InvalidOperation, ValueError):
            continue
    try:
        return float(Decimal(text.replace(",", "")))
    except InvalidOperation:
        return float("nan")


def one_word_figure_rx(lex: Lexicon, units: list[str]) -> re.Pattern[str]:
    """A figure written as one word, to tell it from a name: money after a currency of letters
    ("Dh2bn", "SEK3.4bn") or a quantity with its unit ("200MW").

    >>> from extract.lexicon import load_lexicon
    >>> rx = one_word_figure_rx(load_lexicon("en"), ["MW"])
    >>> [bool(rx.fullmatch(w)) for w in ("Dh2bn", "SEK3.4bn", "200MW", "Dhabi", "B300")]
    [True, True, True, False, False]
    """
    a = lex.data["amounts"]
    prefixes = [k.strip() for k in a["prefix_currencies"] if k.strip()[:1].isalpha()]
    figure = rf"(?:{alternation(prefixes)}){NUMBER}(?:{alternation(a['scales'])})?"
    return re.compile(figure + (rf"|{NUMBER}(?:{alternation(units)})" if units else ""))


def currency_code_rx(lex: Lexicon) -> re.Pattern[str] | None:
    """A currency code written before a figure ("raised NOK 2.4 billion"), to tell it from a name: the
    lexicon's prefix currencies of letters that a space separates from the number.

    >>> from extract.lexicon import load_lexicon
    >>> rx = currency_code_rx(load_lexicon("en"))
    >>> [bool(rx.match(t)) for t in ("NOK 2.4 billion", "NOK", "Nokia 2")]
    [True, False, False]
    """
    codes = [k.strip() for k in (lex.data.get("amounts") or {}).get("prefix_currencies", {})
             if k.endswith(" ") and k.strip().isalpha()]
    return re.compile(rf"(?-i:{alternation(codes)})(?=[ \t]+\d)") if codes else None


class AmountFinder:
    """Finds money amounts with currency, scale and qualifier."""

    def __init__(self, lex: Lexicon):
        a = lex.data["amounts"]
        self.locale = lex.data.get("number_locale", lex.language)
        self.prefix = {k.strip().casefold(): v for k, v in a["prefix_currencies"].items()}
        self.suffix = a["suffix_currencies"]
        self.scales = {k.casefold(): float(v) for k, v in a["scales"].items()}
        pre = alternation(self.prefix)
        scale = alternation(a["scales"])
        cur = alternation(self.suffix)
        self.rx = re.compile(
            rf"(?<![A-Za-z0-9])(?P<pre>{pre})\s?(?P<num>{NUMBER})(?:\s*(?P<scale>{scale})(?!{WORD}))?"
            rf"(?:\s+(?P<cur>{cur})(?!{WORD}))?"
            rf"|(?<![\w.,$€£])(?P<num2>{NUMBER})\s*(?:(?P<scale2>{scale})(?!{WORD})\s*)?(?P<cur2>{cur})(?!{WORD})",
            re.IGNORECASE)
        self.qualifiers = [(re.compile(rf"(?<!{WORD}){alternation(ws)}\s*$", re.IGNORECASE), q)
                           for q, ws in a["qualifiers"].items()]
        self.postfix = {k: v for k, v in a.get("postfix_qualifiers", {}).items()}
        self.postfix_rx = re.compile(rf"^\s*{alternation(self.postfix)}(?!{WORD})", re.IGNORECASE)
        # (not across a relative clause: "the $10 billion valuation at which it raised $900 million")
        relative = lex.data.get("relative_pronouns") or []
        between = rf"(?!{alternation(relative)}(?!{WORD}))" if relative else ""
        self.contexts = [(re.compile(rf"(?<!{WORD}){alternation(ws)}(?:\s+{between}\S+){{0,4}}\s*$", re.IGNORECASE), c)
                         for c, ws in a.get("contexts", {}).items() if ws]
        # "a market that some analysts expect to be worth $90 billion": a market's size, a clause away
        clauses = a.get("market_clauses") or []
        self.market_clause = (re.compile(rf"(?<!{WORD}){alternation(clauses)}(?:\s+[^\s.;]+){{0,8}}\s*$", re.IGNORECASE)
                              if clauses else None)
        not_context = a.get("context_not") or []
        self.context_not = (re.compile(rf"(?<!{WORD}){alternation(not_context)}(?:\s+\S+){{0,4}}\s*$", re.IGNORECASE)
                            if not_context else None)
        deal_clause = a.get("deal_clause_openers") or []
        # "in a deal that two people briefed on it valued at ...": a valuation word inside a clause about a deal
        self.deal_clause = re.compile(rf"(?<!{WORD}){alternation(deal_clause)}(?!{WORD})[^.;]*$", re.IGNORECASE) \
            if deal_clause else None
        # the valuation words that may give a deal's value in such a clause ("valued at", "worth")
        deal_value = a.get("deal_value_words") or []
        self.deal_value_word = re.compile(rf"(?<!{WORD}){alternation(deal_value)}\s*(?:\S+\s+){{0,2}}$", re.IGNORECASE) \
            if deal_value else None
        self.round_after = re.compile(rf"^\s*(?:[\w-]+\s+)?{alternation(a.get('round_after', []))}(?!{WORD})", re.IGNORECASE)
        # "vòng gọi vốn Series B trị giá 40 triệu USD": a few words may sit between.
        long_round = [w for w in a.get("round_before", []) if len(w.split()) >= 3]
        self.round_before = re.compile(rf"(?<!{WORD})(?:{alternation(a.get('round_before', []))}"
                                       rf"|{alternation(long_round)}(?:\s+[^\s,.;]+){{1,4}})\s*$", re.IGNORECASE)
        self.per_share = re.compile(rf"^\s*{alternation(a.get('per_share_after', []))}(?!{WORD})",
                                    re.IGNORECASE)
        # "30 triệu cổ phiếu", "166 million new shares": a number of shares
        share_words = a.get("share_count_words") or []
        self.share_count_rx = re.compile(
            rf"(?<![\w.,])(?P<number>{NUMBER})(?:\s+(?P<scale>{scale})(?!{WORD}))?\s+{alternation(share_words)}(?!{WORD})",
            re.IGNORECASE) if share_words else None

    def shares_times_price(self, text: str, amounts: list[AmountMention]) -> AmountMention | None:
        """What a sale of shares raises when the text gives only the number of shares and the price of
        one: "chào bán riêng lẻ 30 triệu cổ phiếu ... với giá 21.000 đồng/cp" is 630 tỷ đồng.

        >>> from extract.lexicon import load_lexicon
        >>> finder = AmountFinder(load_lexicon("vi"))
        >>> text = "chào bán 30 triệu cổ phiếu với giá 21.000 đồng/cp"
        >>> total = finder.shares_times_price(text, finder.find(text))
        >>> total.value, total.currency
        (630000000000.0, 'VND')
        """
        prices = [a for a in amounts if a.context == "per_share"]
        counts = list(self.share_count_rx.finditer(text)) if self.share_count_rx is not None else []
        if len(prices) != 1 or len(counts) != 1:
            return None
        count = counts[0]
        number = parse_number(count.group("number"), self.locale) * self.scales.get((count.group("scale") or "").casefold(), 1.0)
        price = prices[0]
        if number != number:
            return None
        return AmountMention(count.start(), count.end(), number * price.value, price.currency, price.qualifier)

    def find(self, text: str) -> list[AmountMention]:
        found: list[AmountMention] = []
        for m in self.rx.finditer(text):
            num = m.group("num") or m.group("num2")
            scale = (m.group("scale") or m.group("scale2") or "").casefold()
            if m.group("pre"):
                currency = self.prefix[m.group("pre").strip().casefold()]
            else:
                currency = self._suffix_currency(m.group("cur2"))
            if m.group("cur"):
                currency = self._suffix_currency(m.group("cur"))
            value = parse_number(num, self.locale) * self.scales.get(scale, 1.0)
            if value != value:  # NaN: not a number after all
                continue
            before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 20]
            qualifier, start = "exact", m.start()
            for rx, q in self.qualifiers:
                hit = rx.search(before)
                if hit:
                    qualifier, start = q, m.start() - (len(before) - hit.start())
                    break
            post = self.postfix_rx.match(after)
            if post:
                qualifier = self.postfix[next(k for k in self.postfix if k.casefold() == post.group(0).strip().casefold())]
            before = text[max(0, start - 60):start]
            context = next((c for rx, c in self.contexts if rx.search(before)), None)
            if self.market_clause is not None and self.market_clause.search(before):
                context = "market_size"
            if context == "valuation" and (
                    (self.context_not is not None and self.context_not.search(before))
                    or (self.deal_clause is not None and self.deal_value_word is not None and self.deal_value_word.search(before)
                        and self.deal_clause.search(text[max(0, start - 90):start]))):
                context = "deal_value"  # "a pact worth $3 billion", "a deal that people valued at $10 billion",
                # "an agreement to rent computing capacity from Oracle worth about $9 billion"
            if self.per_share.match(after):
                context = "per_share"
            elif context is None and (self.round_after.match(after) or self.round_before.search(before)):
                context = "round"
            if found and re.fullmatch(r"\s*\(\s*", text[found[-1].end:start]):
                context = "equivalent"  # "200 triệu USD (khoảng 5.000 tỷ đồng)"
            found.append(AmountMention(start, m.end(), value, currency, qualifier, context))
        return found

    def _suffix_currency(self, word: str) -> str:
        for k, v in self.suffix.items():
            if k.casefold() == " ".join(word.split()).casefold():
                return v
        return "USD"


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "first": 1, "second": 2,
             "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _right_after(words: list[str] | None) -> str:
    """Lookbehinds for a month or year that is a date only right after one of ``words`` (as written, case
    included; a word ending in "-" joins the date without a space: "mid-March").

    >>> _right_after(["in", "mid-"])
    '(?:(?<=in )|(?<=mid\\\\-))'
    """
    if not words:
        return "(?!x)x"
    return "(?:" + "|".join(rf"(?<={re.escape(w)}{'' if w.endswith('-') else ' '})" for w in words) + ")"


class DateFinder:
    """Finds date phrases and resolves them against the publication date.

    Relative phrases ("last month", "tháng trước") need the publication date and
    stay unresolved without it; "the following year" is resolved against the
    last explicit year of the text.
    """

    def __init__(self, lex: Lexicon):
        d = lex.data["dates"]
        self.vi = lex.language == "vi"
        self.months = {k.casefold(): v for k, v in d.get("months", {}).items()}
        self.weekdays = {k.casefold(): v for k, v in d.get("weekdays", {}).items()}
        self.relative = {k.casefold(): v for k, v in d.get("relative", {}).items()}
        month = alternation(self.months) if self.months else "(?!x)x"
        weekday = alternation(self.weekdays)
        rel = alternation(self.relative)
        self.month_year_phrases = {" ".join(k.casefold().split()): v for k, v in (d.get("month_year_phrases") or {}).items()}
        year_phrase = alternation(self.month_year_phrases)
        if self.vi:
            parts = [
                r"(?P<vday>(?:ngày|hôm|sáng|chiều|tối|trưa)\s+(?P<vd>\d{1,2})\s*[/-]\s*(?P<vm>\d{1,2})(?:\s*[/-]\s*(?P<vy>\d{4}))?)",
                r"(?P<vdmy>(?P<vd2>\d{1,2})/(?P<vm2>\d{1,2})/(?P<vy2>\d{4}))",
                rf"(?P<vmonth>tháng\s+(?P<vm3>\d{{1,2}})(?!\d|\s*[.,]\d)(?:\s*(?:/|-|năm)\s*(?P<vy3>\d{{4}})|\s+(?P<vanchor>{year_phrase}))?)",
                r"(?P<vyear>năm\s+(?P<vy4>(?:19|20)\d{2}))",
                r"(?P<quarter>quý\s+(?P<qn>IV|I{1,3}|[1-4])(?:\s*(?:/|-|năm)\s*(?P<qy>\d{4}))?)",
                rf"(?P<rel>{rel})",
                rf"(?P<wd>{weekday})(?:\s+tuần\s+(?P<wdlast>trước|này))?",
            ]
        else:
            parts = [
                rf"(?P<mdy>(?P<m1>{month})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y1>\d{{4}}))?)",
                rf"(?P<dmy>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{month})\.?(?:,?\s+(?P<y2>\d{{4}}))?)",
                rf"(?P<my>(?P<m3>{month})\.?,?\s+(?:of\s+)?(?P<y3>(?:19|20)\d{{2}}))",
                rf"(?P<manchor>(?P<m5>{month})\s+(?P<anchor>{year_phrase}))",
                rf"(?P<thatmonth>(?:that|the same|the following)\s+(?P<m6>{month}))",
                rf"(?P<mbare>{_right_after(d.get('bare_month_after'))}(?P<m4>{month})(?!\w))",
                rf"(?P<rel>{rel})",
                rf"(?P<wd>{weekday})",
                r"(?P<quarter>(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?P<qy>(?:19|20)\d{2}))?"
                r"|Q(?P<qn2>[1-4])\s+(?P<qy2>(?:19|20)\d{2}))",
                rf"(?P<year>{_right_after(d.get('bare_year_after'))}(?P<y4>(?:19|20)\d{{2}}))",
            ]
            if d.get("year_before_nouns"):
                # "a stake it took in a 2022 funding round": a year naming the deal it stands before
                parts.append(rf"(?P<yearnoun>(?P<y7>(?:19|20)\d{{2}})(?=\s+{alternation(d['year_before_nouns'])}(?!{WORD})))")
        # A timeline entry: "2019: Startup này gọi được 4 triệu euro ...", "2023 – Signs its first customer".
        parts.append(r"(?P<lineyear>(?<![^\n])[ \t]*(?P<y6>(?:19|20)\d{2})(?=\s*[:–—]\s))")
        # "cách đây chín tháng", "nine months ago"
        ago = d.get("ago") or {}
        self.ago_numbers = {k.casefold(): v for k, v in (ago.get("numbers") or {}).items()}
        self.ago_units = {k.casefold(): v for k, v in (ago.get("units") or {}).items()}
        if self.ago_units:
            count = rf"(?P<agon>\d{{1,2}}|{alternation(self.ago_numbers)})" if self.ago_numbers else r"(?P<agon>\d{1,2})"
            unit = rf"(?P<agou>{alternation(self.ago_units)})"
            parts.insert(0, rf"(?P<ago>{alternation(ago['before'])}\s+{count}\s+{unit})" if ago.get("before")
                         else rf"(?P<ago>{count}\s+{unit}\s+{alternation(ago['after'])})")
        self.rx = re.compile(rf"(?<!{WORD})(?:" + "|".join(parts) + rf")(?!{WORD})", re.IGNORECASE)
        # "since in 2019", "từ năm 2019": words that may sit between a cue and its date
        joiners = rf"(?:{alternation(d['cue_date_joiners'])}\s+)*" if d.get("cue_date_joiners") else ""
        self.not_deal = re.compile(rf"(?<!{WORD}){alternation(d.get('not_deal_date_before', []))}\s*{joiners}$",
                                   re.IGNORECASE)
        deal_before = d.get("deal_date_before") or []
        self.deal_before = re.compile(rf"(?<!{WORD}){alternation(deal_before)}\s*{joiners}$",
                                      re.IGNORECASE) if deal_before else None
        deal_openers = d.get("deal_date_openers") or []
        opener_joiners = rf"(?:{alternation(d['opener_date_joiners'])}\s+)*" if d.get("opener_date_joiners") else ""
        self.deal_opener = re.compile(rf"^\s*{alternation(deal_openers)}\s*{opener_joiners}$",
                                      re.IGNORECASE) if deal_openers else None
        openers = d.get("weekday_openers") or []
        self.weekday_after_word = re.compile(rf"(?<!{WORD}){alternation(openers)}\s+$", re.IGNORECASE)
        since_words = d.get("since_words") or []
        self.since_rx = re.compile(rf"(?<!{WORD}){alternation(since_words)}\s*{joiners}$",
                                   re.IGNORECASE) if since_words else None
        other_time = d.get("other_time_words") or []
        self.other_time_rx = re.compile(rf"(?<!{WORD}){alternation(other_time)}(?!{WORD})",
                                        re.IGNORECASE) if other_time else None
        self.explicit_year = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
        # "began in 2019, when Microsoft invested $1 billion": a date before a when-clause is that clause's own
        when = d.get("when_clause_openers") or []
        self.when_clause = re.compile(rf",?\s*{alternation(when)}(?!{WORD})", re.IGNORECASE) if when else None
        # "founded Aurevia in 2021", "thành lập công ty năm 2020": a founding date, whatever sits between
        founding = d.get("founding_verbs") or []
        self.founding = re.compile(rf"(?<!{WORD}){alternation(founding)}\s+(?:[^\s.,;]+\s+){{0,4}}?(?:in|on|năm|vào|từ)\s*$",
                                   re.IGNORECASE) if founding else None

    def refers_to_other_time(self, sentence: str) -> bool:
        """Whether the sentence places its event before or after another one ("two weeks after", "trước đó")."""
        return bool(self.other_time_rx and self.other_time_rx.search(sentence))

    def _ordinal(self, words: str, before: str) -> bool:
        """Whether Vietnamese "thứ ..." is an ordinal, not a weekday: a weekday follows a word such as
        "hôm" or "vào", or is written "thứ Ba"; "Thứ ba, HĐQT thông qua ..." is the third point of a
        list, and "thứ 3" is a weekday only where a clause starts ("nhà mạng lớn thứ 3" is not)."""
        if self.weekday_after_word.search(before):
            return False
        if words.split()[-1].islower():
            return True
        return words.islower() and not re.search(r"(?:^\s*|[,(]\s*)$", before)

    def find(self, text: str, published: dt.date | None, offset: int = 0,
             full_text: str | None = None) -> list[DateMention]:
        out = []
        for m in self.rx.finditer(text):
            g = m.groupdict()
            anchor_text = (full_text or text)[:offset + m.start()]
            value = self._resolve(g, published, anchor_text)
            if g.get("wd") and not self.vi and not m.group(0)[0].isupper():
                continue  # weekdays are capitalised in English
            if g.get("wd") and self.vi and self._ordinal(m.group(0), text[:m.start()]):
                continue
            before = text[max(0, m.start() - 30):m.start()]
            deal = not self.not_deal.search(before) and not (self.founding and self.founding.search(before))
            if not deal and (self._own_date(text[:m.start()], value, published)
                             or (self.when_clause and self.when_clause.match(text, m.end()))):
                deal = True
            since = bool(not deal and self.since_rx and self.since_rx.search(before))
            out.append(DateMention(m.start(), m.end(), value, deal, since))
        return out

    def _own_date(self, before: str, value: str | None, published: dt.date | None) -> bool:
        """Whether a date that "đến" introduces is the event's own: "Bước ngoặt đến vào năm 2024",
        or opening the sentence, "Đến tháng 2/2025, CLM gọi được ..." (a later date is a target)."""
        if self.deal_before is not None and self.deal_before.search(before[-30:]):
            return True
        return bool(self.deal_opener is not None and self.deal_opener.match(before) and value
                    and (published is None or value <= published.isoformat()[:len(value)]))

    def _anchored(self, spec: dict, pub: dt.date | None, before: str) -> str | None:
        """"Cùng ngày", "later that month", "at the same event": the date named last before, at
        the precision the phrase keeps (``day``, ``month``, ``year`` or ``any``), shifted by
        ``shift`` months ("một tháng sau đó")."""
        size = {"day": 10, "month": 7, "year": 4, "any": 4}[spec["anchor"]]
        prior = [d.value for d in self.find(before, pub) if d.value and len(d.value) >= size]
        if not prior:
            return None
        value = prior[-1] if spec["anchor"] == "any" else prior[-1][:size]
        if spec.get("shift"):
            year, month = _shift_month(int(value[:4]), int(value[5:7]), spec["shift"])
            value = f"{year}-{month:02d}"
        return value

    def _anchor_year(self, before: str) -> int | None:
        years = self.explicit_year.findall(before)
        return int(years[-1]) if years else None

    def _month_of_year_phrase(self, month: int, phrase: str, pub: dt.date | None, before: str) -> str | None:
        """"tháng 8 năm ngoái", "March of the following year": the month in the year the phrase names."""
        spec = self.month_year_phrases[" ".join(phrase.casefold().split())]
        year = pub.year if spec["from"] == "published" and pub else None
        if spec["from"] == "text":
            year = self._anchor_year(before)
        return f"{year + spec.get('shift', 0)}-{month:02d}" if year is not None else None

    def _resolve(self, g: dict, pub: dt.date | None, before: str) -> str | None:
        def month_of(name: str) -> int:
            return self.months[name.casefold().rstrip(".")]

        def recent_month(month: int) -> str | None:
            if not pub:
                return None
            year = pub.year if month <= pub.month else pub.year - 1
            return f"{year}-{month:02d}"

        def day(y, m, d) -> str | None:
            try:
                return dt.date(int(y), int(m), int(d)).isoformat()
            except ValueError:
                return None

        if g.get("lineyear"):
            return g["y6"]
        if g.get("ago"):
            if not pub:
                return None
            n = g["agon"]
            n = int(n) if n.isdigit() else self.ago_numbers[n.casefold()]
            unit = self.ago_units[re.sub(r"\s+", " ", g["agou"].casefold())]
            if unit == "year":
                return str(pub.year - n)
            if unit == "day":
                return (pub - dt.timedelta(days=n)).isoformat()
            d = pub - dt.timedelta(weeks=n) if unit == "week" else None
            y, m = (d.year, d.month) if d else _shift_month(pub.year, pub.month, -n)
            return f"{y}-{m:02d}"
        if self.vi:
            if g.get("vday"):
                y = g.get("vy") or (pub.year if pub else None)
                if y is None:
                    return None
                value = day(y, g["vm"], g["vd"])
                if value and pub and not g.get("vy") and value > pub.isoformat():
                    value = day(int(y) - 1, g["vm"], g["vd"])
                return value
            if g.get("vdmy"):
                return day(g["vy2"], g["vm2"], g["vd2"])
            if g.get("vmonth"):
                month = int(g["vm3"])
                if not 1 <= month <= 12:
                    return None
                if g.get("vy3"):
                    return f"{g['vy3']}-{month:02d}"
                if g.get("vanchor"):
                    return self._month_of_year_phrase(month, g["vanchor"], pub, before)
                return recent_month(month)
            if g.get("vyear"):
                return g["vy4"]
        else:
            if g.get("mdy") or g.get("dmy"):
                name, d, y = (g["m1"], g["d1"], g["y1"]) if g.get("mdy") else (g["m2"], g["d2"], g["y2"])
                month = month_of(name)
                if y:
                    return day(y, month, d)
                if not pub:
                    return None
                value = day(pub.year, month, d)
                if value and value > pub.isoformat():
                    value = day(pub.year - 1, month, d)
                return value
            if g.get("my"):
                return f"{g['y3']}-{month_of(g['m3']):02d}"
            if g.get("manchor"):
                return self._month_of_year_phrase(month_of(g["m5"]), g["anchor"], pub, before)
            if g.get("thatmonth"):
                year = self._anchor_year(before)  # "that December": of the year named last
                return f"{year}-{month_of(g['m6']):02d}" if year is not None else None
            if g.get("mbare"):
                return recent_month(month_of(g["m4"]))
            if g.get("year"):
                return g["y4"]
            if g.get("yearnoun"):
                return g["y7"]
        if g.get("quarter"):
            # A quarter dates the year only: "quý II", "the second quarter of 2025".
            year = g.get("qy") or g.get("qy2")
            if year:
                return year
            if not pub:
                return None
            number = _QUARTERS.get((g.get("qn") or g.get("qn2") or "").casefold())
            # a later quarter may be last year's or a coming one: left unresolved
            return str(pub.year) if number and number <= (pub.month - 1) // 3 + 1 else None
        if g.get("rel"):
            spec = self.relative[re.sub(r"\s+", " ", g["rel"].casefold())]
            if "anchor_year" in spec:
                year = self._anchor_year(before)
                return str(year + spec["anchor_year"]) if year is not None else None
            if "anchor" in spec:
                return self._anchored(spec, pub, before)
            if not pub:
                return None
            if "day" in spec:
                return (pub + dt.timedelta(days=spec["day"])).isoformat()
            if "week" in spec:
                d = pub + dt.timedelta(weeks=spec["week"])
                return f"{d.year}-{d.month:02d}"
            if "month" in spec:
                y, m = _shift_month(pub.year, pub.month, spec["month"])
                return f"{y}-{m:02d}"
            if "year" in spec:
                return str(pub.year + spec["year"])
            if "quarter" in spec:
                # "last quarter": a year only, the year that quarter fell in
                y, _ = _shift_month(pub.year, pub.month, 3 * spec["quarter"])
                return str(y)
            if "season" in spec:
                # "in the spring": this year's, once it has begun; a year only
                return str(pub.year) if pub.month >= spec["season"] else None
            if "last_season" in spec:
                # "last summer": the latest summer that is over, a year only
                ended = spec["last_season"] + 2
                return str(pub.year if pub.month > ended else pub.year - 1)
        if g.get("wd"):
            if not pub:
                return None
            target = self.weekdays[re.sub(r"\s+", " ", g["wd"].casefold())]
            if g.get("wdlast") == "trước":
                # "thứ Ba tuần trước": that day of last week (weeks start on Monday)
                return (pub - dt.timedelta(days=pub.weekday() + 7 - target)).isoformat()
            back = (pub.weekday() - target) % 7
            return (pub - dt.timedelta(days=back)).isoformat()
        return None


class CueFinder:
    """Finds status cues, negations and cues to ignore."""

    KINDS = ("ended", "in_talks", "expected", "future", "announced", "completed", "negations", "ignore")

    def __init__(self, lex: Lexicon):
        s = lex.data["statuses"]
        self.rx = {k: re.compile(words_rx(s.get(k, [])), re.IGNORECASE) for k in self.KINDS}

    def find(self, text: str) -> list[Cue]:
        # A company placeholder reads as "it", so "said ⟦C1⟧ would" (a resolved "it") is "said it would".
        text = re.sub(r"⟦C\d+⟧", lambda m: "it".ljust(len(m.group(0))), text)
        # "said in October it would": a date inside a cue phrase is blanked out (same length)
        text = re.sub(r"(?<=\s)(?:on|in|last|this|hôm|vào|hồi)\s+⟦D\d+⟧(?=\s)|(?<=\s)⟦D\d+⟧(?=\s)",
                      lambda m: " " * len(m.group(0)), text)
        cues = [Cue(m.start(), m.end(), kind) for kind, rx in self.rx.items() for m in rx.finditer(text)]
        ignored = [c for c in cues if c.kind == "ignore"]
        # A cue inside an ignored phrase ("expected to close") does not count.
        kept = [c for c in cues if c.kind == "ignore" or not any(i.start <= c.start and c.end <= i.end for i in ignored)]
        # At one place the longest cue wins ("tuyên bố sẽ" over "sẽ").
        kept.sort(key=lambda c: (c.start, -(c.end - c.start)))
        result: list[Cue] = []
        for c in kept:
            if c.kind == "ignore":
                continue
            if any(r.start <= c.start < r.end and r.kind not in ("negations",) and c.kind != "negations" for r in result):
                continue
            if c.kind == "negations" and any(r.kind == "ended" and r.start <= c.start and c.end <= r.end for r in result):
                continue  # "không còn thuê": no longer, an ended deal, not a denied one
            result.append(c)
        return result
