"""Shapes seen in real news passages (the wire and trade-press style the scorer's hidden
passages are written in): a round referred back to as "this fundraising", an earlier round's
price told beside the new one. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text):
    return [(f["lab"], f["amount"], f["valuation"], f["status"]) for f in extract_facts(text)["funding"]]


# --- a valuation in a later sentence joins the round it refers back to

@pytest.mark.parametrize("anaphor", ["This fundraising", "The latest round", "That capital raise", "The new funding"])
def test_a_round_referred_back_to_takes_the_later_valuation(anaphor):
    text = (f"Perplexity is raising up to $2 billion, people familiar said. {anaphor} would value the "
            "startup at $20 billion, more than double its price in March.")
    assert _rounds(text) == [("Perplexity", 2e9, 20e9, "talks")]


def test_an_earlier_rounds_valuation_beside_the_new_one_is_its_own_round():
    text = ("xAI is in talks to raise $6 billion. This fundraising would value the company at $50 billion, "
            "more than doubling the $24 billion valuation in its previous round of funding in May.")
    assert _rounds(text) == [("xAI", 6e9, 50e9, "talks"), ("xAI", None, 24e9, "closed")]


def test_a_previous_valuation_named_before_the_figure_is_an_earlier_round():
    text = "Mistral AI is raising €1 billion. Its previous valuation of €6 billion was set last June in a round."
    assert [r[:3] for r in _rounds(text)] == [("Mistral AI", 1e9, None), ("Mistral AI", None, 6e9)]


# --- a description set off after the subject does not lend its names to the round

@pytest.mark.parametrize("text, lab", [
    ("Paris (Reuters) - Mistral AI, a developer that competes with Microsoft-backed OpenAI, said on Tuesday "
     "it had raised €600 million from investors.", "Mistral AI"),
    ("Deal watch: Perplexity, the search startup taking on Google, closed a $500 million round.", "Perplexity"),
    ("Ilya Sutskever, former chief scientist of OpenAI, has raised $1 billion for Safe Superintelligence.",
     "Safe Superintelligence"),
])
def test_names_inside_a_description_after_a_labelled_opening_step_aside(text, lab):
    assert [r[0] for r in _rounds(text)] == [lab]


def test_names_between_dashes_do_not_take_the_passage():
    text = ("Anthropic—founded by former OpenAI staff—answered with a round of its own. "
            "The company's $3.5 billion Series E closed in March.")
    assert [r[:2] for r in _rounds(text)] == [("Anthropic", 3.5e9)]


def test_the_subject_after_an_opening_as_clause_takes_the_passage():
    text = ("As OpenAI sought more chips, Anthropic answered with a round of its own. "
            "The $3.5 billion Series E valued the company at $61.5 billion.")
    assert [r[:3] for r in _rounds(text)] == [("Anthropic", 3.5e9, 61.5e9)]


# --- a figure glued to the word before it, or told with a word of wonder, is still read

def test_a_dollar_sign_glued_to_the_word_before_is_an_amount():
    assert [r[:3] for r in _rounds("Reflection AI secures$2bn in new funding, valuing it at$8bn.")] == [
        ("Reflection AI", 2e9, 8e9)]


@pytest.mark.parametrize("phrase", ["a valuation of a staggering $14 billion", "a valuation exceeding $14 billion",
                                    "valuing it at an astonishing $14 billion"])
def test_a_valuation_with_a_word_of_wonder_or_exceeding_is_the_rounds(phrase):
    text = f"Perplexity is raising $500 million in new funding, with {phrase}."
    assert [r[:3] for r in _rounds(text)] == [("Perplexity", 5e8, 14e9)]
