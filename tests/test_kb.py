import pytest

from extract.kb import load_kb
from graph.errors import KnowledgeBaseError


def test_bundled_kb_size_and_parents():
    kb = load_kb()
    types = [e.type for e in kb.entities.values()]
    assert types.count("Company") >= 150
    assert types.count("Chip") >= 60
    assert kb.lookup("AWS").parent_id == "company:amazon"
    assert kb.lookup("AMD").name == "Advanced Micro Devices"
    assert kb.designer_of("chip:trainium") == "company:amazon-web-services"


def test_user_kb_adds_companies_and_aliases(tmp_path):
    user = tmp_path / "mine.yml"
    user.write_text("companies:\n  - name: Fjordcompute\n    aliases: [FJC]\n    roles: [neocloud]\n"
                    "  - name: OpenAI\n    aliases: [Open AI Labs]\n", encoding="utf-8")
    kb = load_kb([user])
    assert kb.lookup("FJC").id == "company:fjordcompute"
    assert kb.lookup("Open AI Labs").id == "company:openai"


def test_bad_kb_entry_names_file_and_field(tmp_path):
    user = tmp_path / "bad.yml"
    user.write_text("companies:\n  - name: X\n    roles: [wizard]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_kb([user])
    assert str(info.value).startswith(f"{user}: companies entry 1 (X): roles.0: Input should be")


def test_a_key_given_twice_is_refused_not_silently_dropped(tmp_path):
    from extract.lexicon import load_lexicon

    extra = tmp_path / "mine.yml"
    extra.write_text("relations:\n  raised:\n    - p: \"{head} got {amount}\"\n  raised:\n"
                     "    - p: \"{head} won {amount}\"\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_lexicon("en", (extra,))
    assert str(err.value) == f"{extra}: line 4: key 'raised' is given twice; merge the two entries"


def test_a_bare_on_in_a_word_list_is_refused_with_the_fix(tmp_path):
    from extract.lexicon import load_lexicon

    extra = tmp_path / "mine.yml"
    extra.write_text("dates:\n  cue_date_joiners: [in, on]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_lexicon("en", (extra,))
    assert str(err.value) == (f"{extra}: dates.cue_date_joiners lists true, which YAML reads from a bare yes, no, "
                              "on or off; quote the word (\"on\")")


def test_a_pattern_option_the_extractor_does_not_read_is_refused(tmp_path):
    from extract.lexicon import load_lexicon
    from extract.relations import compile_patterns

    extra = tmp_path / "mine.yml"
    extra.write_text("relations:\n  raised:\n    - p: \"{head} got {amount}\"\n      head_from: the_moon\n",
                     encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        compile_patterns(load_lexicon("en", (extra,)))
    assert str(err.value) == (
        "lexicon en: pattern for raised '{head} got {amount}' has head_from: the_moon; use one of "
        "chip_designer, main_company, previous_subject, provider_topic, round, sentence_subject, topic")
