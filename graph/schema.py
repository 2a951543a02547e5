"""The data model shared by every stage: articles in, typed facts out.

All models are frozen and forbid unknown fields, so a typo in a field name is
an error rather than silently dropped data.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, computed_field, model_validator

Language = Literal["vi", "en"]
EntityType = Literal["Company", "Chip", "Person", "Other"]
Qualifier = Literal["exact", "about", "more_than", "at_least", "up_to"]
Status = Literal["in_talks", "expected", "announced", "completed", "ended"]
Precision = Literal["year", "month", "day"]

RELATIONS: dict[str, str] = {
    "invested_in": "investor -> investee: equity investment, stake, funding commitment",
    "acquired": "acquirer -> target: acquisition or merger",
    "supplies_compute_to": "provider -> customer: cloud, data-centre or compute capacity",
    "supplies_chips_to": "chip vendor -> customer: chip purchase, supply or use",
    "designs_chip": "company -> chip: designs, makes or launches the chip",
    "subsidiary_of": "child -> parent: unit or subsidiary",
    "partners_with": "either way: partnership or alliance",
    "competes_with": "either way: rival or competitor",
    "valued_at": "company: its valuation",
    "raised": "company: the total of a funding round",
    "sold_shares": "company: a share sale",
    "commits_spending": "company: a spending commitment",
}
SYMMETRIC_RELATIONS = frozenset({"partners_with", "competes_with"})
ONE_PARTY_RELATIONS = frozenset({"valued_at", "raised", "sold_shares", "commits_spending"})
# A relation that is a deal: its Deal kind and the roles of its head and tail.
DEAL_RELATIONS: dict[str, tuple[str, str, str | None]] = {
    "invested_in": ("investment", "investor", "investee"),
    "acquired": ("acquisition", "acquirer", "target"),
    "supplies_compute_to": ("compute", "provider", "customer"),
    "supplies_chips_to": ("chips", "vendor", "customer"),
    "raised": ("funding_round", "company", None),
    "sold_shares": ("share_sale", "company", None),
    "commits_spending": ("spending", "company", None),
    "valued_at": ("valuation", "company", None),
}
RelationName = Literal[
    "invested_in", "acquired", "supplies_compute_to", "supplies_chips_to", "designs_chip",
    "subsidiary_of", "partners_with", "competes_with", "valued_at", "raised", "sold_shares",
    "commits_spending",
]

_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _check_partial_date(value: str | None) -> str | None:
    if value is None:
        return None
    if not _PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return value


PartialDate = Annotated[str | None, AfterValidator(_check_partial_date)]


def date_precision(value: str | None) -> Precision | None:
    """The precision of a partial date.

    >>> date_precision("2025-11"), date_precision("2018"), date_precision(None)
    ('month', 'year', None)
    """
    if value is None:
        return None
    return ("year", "month", "day")[value.count("-")]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Dated(Model):
    """A model with a partial ``date`` whose ``date_precision`` is derived, and accepted back."""

    @model_validator(mode="before")
    @classmethod
    def _derived_precision(cls, data):
        if isinstance(data, dict) and "date_precision" in data:
            data = dict(data)
            if data.pop("date_precision") != date_precision(data.get("date")):
                raise ValueError("date_precision does not match date")
        return data


class Article(Model):
    """One news article, normalised (NFC) and with its header parsed."""

    id: str = Field(description="File name of the article, e.g. vi-2025-12-17-openai-amazon.txt")
    source: str = Field(description="Path the article was read from")
    title: str | None = None
    published: dt.date | None = None
    language: Language
    text: str = Field(description="Body text after the date header; evidence spans index into it")


class Entity(Model):
    id: str = Field(description="Deterministic id, e.g. company:amazon-web-services")
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    parent: str | None = Field(default=None, description="Entity id of the parent company")
    in_kb: bool = True


class Amount(Model):
    value: float
    currency: str = "USD"
    qualifier: Qualifier = "exact"


class Evidence(Model):
    article_id: str
    sentence: str
    start: int = Field(description="Character offset of the sentence in Article.text")
    end: int


class Relation(_Dated):
    head: str = Field(description="Entity id")
    relation: RelationName
    tail: str | None = Field(default=None, description="Entity id; None for one-party relations")
    amount: Amount | None = None
    status: Status | None = None
    date: PartialDate = None
    evidence: Evidence
    confidence: float = Field(default=1.0, ge=0, le=1)
    deal_id: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_precision(self) -> Precision | None:
        return date_precision(self.date)


DealKind = Literal["investment", "acquisition", "compute", "chips", "funding_round",
                   "share_sale", "spending", "valuation", "partnership"]
PartyRole = Literal["investor", "investee", "acquirer", "target", "provider", "customer",
                    "vendor", "company", "partner"]


class Party(Model):
    entity: str = Field(description="Entity id")
    role: PartyRole


class Deal(_Dated):
    id: str
    kind: DealKind
    parties: tuple[Party, ...]
    amount: Amount | None = None
    status: Status | None = None
    date: PartialDate = None
    evidence: tuple[Evidence, ...]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_precision(self) -> Precision | None:
        return date_precision(self.date)


class Extraction(Model):
    """Everything the extractor read from one article."""

    article: Article
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    deals: tuple[Deal, ...]
    extractor_version: str
