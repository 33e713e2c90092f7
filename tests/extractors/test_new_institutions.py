"""Research institutions the registry does not know, as owners of the GPUs they run."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.new_institutions import institution_mentions


def _gpus(text):
    return [(f["owner"], f["count"], f["chip"]) for f in extract_facts(text)["gpus"]]


def _names(text, taken=()):
    return [text[s:e] for s, e, _, _ in institution_mentions(text, list(taken))]


@pytest.mark.parametrize("text, name", [
    ("The Vector Institute runs most of its GPUs in Vaughan.", "Vector Institute"),
    ("Chips for the King Abdullah University of Science and Technology arrived.",
     "King Abdullah University of Science and Technology"),
    ("The University of Toronto opened a cluster.", "University of Toronto"),
    ("Argonne National Laboratory will deploy a new system.", "Argonne National Laboratory"),
    ("It is a project of the National Centre for High-Performance Computing.",
     "National Centre for High-Performance Computing"),
])
def test_an_institution_is_named_by_capitalised_words_and_its_head_noun(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "The institute runs most of its GPUs in Vaughan.",
    "A national lab will deploy a new system.",
    "In the Lab, researchers trained a model.",
    "The GSA Data Center will draw 35 MW.",
    "Foxconn's Artificial Intelligence Research Center trained the model.",
    "Li leads the AI Research Center at Hon Hai Research Institute.",
])
def test_no_institution_without_a_capitalised_name_or_when_it_is_part_of_another(text):
    assert "Hon Hai Research Institute" in _names(text) or _names(text) == []
    assert not any(n.endswith(("Data Center", "Research Center")) for n in _names(text))


def test_a_registry_name_is_no_new_institution():
    text = "Stanford University bought chips."
    assert _names(text, [(0, 8)]) == []


def test_every_later_mention_of_an_institution_is_found():
    text = "The Vector Institute grew. Vector Institute staff said so."
    assert _names(text) == ["Vector Institute", "Vector Institute"]


@pytest.mark.parametrize("text, expected", [
    ("The Vector Institute, the AI hub in Toronto, locates most of its 1,000 graphics processing units here.",
     [("Vector Institute", 1000, "GPU")]),
    ("Saudi Arabia has purchased 3,000 Nvidia H100 chips for the King Abdullah University of Science and "
     "Technology, with plans to build a new supercomputer.", [("KAUST", 3000, "H100")]),
    ("Argonne National Laboratory will deploy 10,000 Blackwell GPUs in its new Solstice system.",
     [("Argonne National Laboratory", 10000, "Blackwell")]),
])
def test_an_institution_owns_the_gpus_it_runs(text, expected):
    assert _gpus(text) == expected


def test_a_lab_named_in_the_sentence_still_owns_its_gpus():
    text = "Li, a director at the AI Research Center at Hon Hai Research Institute, said Foxconn trained it on 120 H100 GPUs."
    assert _gpus(text) == [("Foxconn", 120, "H100")]


def test_workstation_cards_are_chips_of_their_own():
    text = "Argonne National Laboratory will add 192 RTX PRO 6000 Blackwell GPUs and 256 L40S GPUs."
    assert _gpus(text) == [("Argonne National Laboratory", 192, "RTX PRO 6000"),
                           ("Argonne National Laboratory", 256, "L40S")]


def test_processor_cores_are_no_accelerators():
    text = "Argonne National Laboratory ran the simulation on 16,000 processor cores of its supercomputer."
    assert _gpus(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Israel Innovation Authority will spend NIS 290 million on a national AI supercomputer.",
     [("Israel Innovation Authority", 290e6, "ILS")]),
    ("The Harbour Digital Agency will spend €20 billion on AI supercomputers.",
     [("Harbour Digital Agency", 20e9, "EUR")]),
])
def test_a_public_agency_spends_on_compute(text, expected):
    assert [(f["subject"], f["amount"], f["currency"]) for f in extract_facts(text)["costs"]] == expected


def test_a_public_utility_that_supplies_power_is_no_site():
    text = ("The Colossus site of xAI will receive 150 MW from the Tennessee Valley Authority. "
            "The Tennessee Valley Authority also sells power to farms.")
    assert [f["subject"] for f in extract_facts(text)["power"]] != ["Tennessee Valley Authority"]
