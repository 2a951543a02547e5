"""The article the project started from: every gold fact, exactly."""

import json
from pathlib import Path

import pytest

from extract.evaluate import load_gold, score_article
from extract.load import read_article
from extract.output import to_contract

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "vi-2025-12-17-openai-amazon.txt"
GOLD = ROOT / "tests" / "gold" / "vi-2025-12-17-openai-amazon.gold.json"


@pytest.fixture(scope="module")
def prediction(extractor):
    return to_contract(extractor.extract(read_article(SEED)))


def test_seed_scores_perfectly(prediction):
    score = score_article(load_gold(GOLD), prediction)
    assert score.misses == [] and score.extras == [] and score.wrong == []


def _fact(prediction, head, relation, tail):
    (rel,) = [r for r in prediction["relations"] if (r["head"], r["relation"], r["tail"]) == (head, relation, tail)]
    return rel["amount"], rel["status"], rel["date"]


@pytest.mark.parametrize("head, relation, tail, amount, status, date", [
    ("Microsoft", "invested_in", "OpenAI", {"value": 13e9, "currency": "USD", "qualifier": "more_than"}, "completed", None),
    ("Nvidia", "invested_in", "Anthropic", {"value": 10e9, "currency": "USD", "qualifier": "up_to"}, "expected", None),
    ("Amazon Web Services", "supplies_compute_to", "OpenAI", {"value": 38e9, "currency": "USD", "qualifier": "exact"}, "announced", "2025-11"),
    ("Amazon Web Services", "designs_chip", "Trainium", None, None, "2025-12"),
    ("OpenAI", "commits_spending", None, {"value": 1.4e12, "currency": "USD", "qualifier": "more_than"}, "announced", None),
    ("OpenAI", "sold_shares", None, {"value": 6.6e9, "currency": "USD", "qualifier": "exact"}, "completed", "2025-10"),
])
def test_key_facts(prediction, head, relation, tail, amount, status, date):
    assert _fact(prediction, head, relation, tail) == (amount, status, date)


def test_every_relation_carries_its_evidence_sentence(prediction):
    text = SEED.read_text(encoding="utf-8")
    for rel in prediction["relations"]:
        assert rel["evidence"] and rel["evidence"] in text
        assert json.dumps(rel["evidence"]).count("\\n") == 0
