"""The safety checklist, held against the real data: each test fails on the text a clinician's
review found unsafe, and passes on the text that replaced it."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest

from app.config import PROJECT_ROOT
from app.loader.files import Dataset
from app.loader.pipeline import check
from app.loader.translations import english_text
from app.vocabulary import ReviewStatus, Urgency

DATA_DIR = PROJECT_ROOT / "data"


@cache
def dataset() -> Dataset:
    return check(DATA_DIR)


def record(folder: str, slug: str) -> Any:
    found = dataset().records[folder].get(slug)
    assert found is not None, f"{folder}/{slug} is missing"
    return found


def prose(folder: str, slug: str) -> str:
    """Every reader-facing sentence of a record, as one text."""
    values = english_text(record(folder, slug))
    values.pop("also_called", None)
    parts: list[str] = []
    for value in values.values():
        parts += [value] if isinstance(value, str) else value
    return "\n".join(parts)


EMERGENCY = re.compile(r"911.*999|999.*911", re.DOTALL)
NO_DRIVING = re.compile(r"\b(?:do not|don['’]t|never) drive\b", re.IGNORECASE)
ECTOPIC_SIGNS = re.compile(r"shoulder", re.IGNORECASE)


# 1. Pregnancy of unknown location: a positive test with nothing on the scan is not yet a loss.


@pytest.mark.parametrize(
    ("folder", "slug"),
    [("diagnostic-tests", "quantitative-hcg"), ("conditions", "biochemical-pregnancy")],
)
def test_a_positive_test_with_an_empty_scan_is_a_pregnancy_of_unknown_location(
    folder: str, slug: str
) -> None:
    text = prose(folder, slug)
    assert not re.search(r"fits a biochemical", text, re.IGNORECASE)
    assert "pregnancy of unknown location" in text.lower()
    assert "ectopic" in text.lower()
    assert EMERGENCY.search(text), "names the emergency numbers for ectopic warning signs"


def test_pregnancy_of_unknown_location_needs_follow_up_and_says_when_to_go_now() -> None:
    pul = record("conditions", "pregnancy-of-unknown-location")
    text = prose("conditions", "pregnancy-of-unknown-location")
    assert re.search(r"follow[- ]?up|repeat", text, re.IGNORECASE)
    assert re.search(r"hCG", text)
    assert "ectopic" in text.lower()
    assert ECTOPIC_SIGNS.search(text)
    assert EMERGENCY.search(text)
    assert NO_DRIVING.search(text)
    assert {"quantitative-hcg", "pregnancy-ultrasound"} <= set(pul.diagnostic_tests)


def test_a_complete_miscarriage_without_an_earlier_scan_needs_follow_up() -> None:
    text = prose("conditions", "complete-miscarriage")
    assert re.search(
        r"(?:no|not|never|without)\b[^.]{0,120}\b(?:scan|ultrasound)", text, re.IGNORECASE
    ), "says what happens when no earlier scan showed the pregnancy in the womb"
    assert "ectopic" in text.lower()
    assert EMERGENCY.search(text)


# 2. Heavy bleeding is a number of pads an hour, and every condition with bleeding links it.


def test_heavy_bleeding_gives_a_threshold_in_pads_an_hour() -> None:
    text = prose("symptoms", "heavy-bleeding")
    assert re.search(r"\bpads?\b[^.]{0,80}\bhour", text, re.IGNORECASE)
    assert EMERGENCY.search(text)


def test_every_condition_with_bleeding_links_heavy_bleeding() -> None:
    bleeding = {"vaginal-bleeding", "spotting", "passing-fluid-or-tissue"}
    missing = [
        slug
        for slug, condition in dataset().records["conditions"].items()
        if bleeding & set(condition.symptoms) and "heavy-bleeding" not in condition.symptoms  # type: ignore[attr-defined]
    ]
    assert missing == []


# 3. The same sign is urgent in a different way at 8, 14 and 22 weeks.


def urgency_at(symptom: Any, week: int) -> tuple[Urgency, str] | None:
    for entry in symptom.urgency_by_week:
        if entry.weeks.start <= week and (entry.weeks.end is None or week < entry.weeks.end):
            return entry.urgency, entry.text
    return None


@pytest.mark.parametrize("slug", ["vaginal-bleeding", "heavy-bleeding", "passing-fluid-or-tissue"])
def test_urgency_depends_on_the_week(slug: str) -> None:
    symptom = record("symptoms", slug)
    at = {week: urgency_at(symptom, week) for week in (8, 14, 22)}
    assert all(at.values()), at
    assert len({text for _, text in at.values()}) >= 2, "the advice changes with the week"  # type: ignore[misc]
    for entry in symptom.urgency_by_week:
        assert entry.references
        if entry.urgency is Urgency.emergency:
            assert EMERGENCY.search(entry.text)


def test_from_20_weeks_bleeding_sends_you_to_the_maternity_unit() -> None:
    _, text = urgency_at(record("symptoms", "vaginal-bleeding"), 22) or (None, "")
    assert re.search(r"maternity|labou?r and delivery|labor and delivery", text, re.IGNORECASE)


def test_a_gush_of_fluid_in_the_second_trimester_is_urgent() -> None:
    urgency, text = urgency_at(record("symptoms", "passing-fluid-or-tissue"), 16) or (None, "")
    assert urgency in (Urgency.urgent, Urgency.emergency)
    text = prose("symptoms", "passing-fluid-or-tissue")
    assert re.search(r"gush|waters? break", text, re.IGNORECASE)


# 4. Fever and infection: sepsis named, one emergency rule, misoprostol's brief fever explained.


def test_fever_gives_one_emergency_rule_and_names_sepsis() -> None:
    text = prose("symptoms", "fever")
    assert not re.search(r"more than (?:two occasions|twice)", text, re.IGNORECASE)
    assert "sepsis" in text.lower()
    assert "misoprostol" in text.lower()
    assert EMERGENCY.search(text)
    assert NO_DRIVING.search(text)


def test_sepsis_is_an_emergency_with_its_signs() -> None:
    sepsis = record("symptoms", "sepsis")
    assert sepsis.urgency is Urgency.emergency
    text = prose("symptoms", "sepsis").lower()
    assert sum(sign in text for sign in ("temperature", "shiver", "breath", "heart", "confus")) >= 3


# 5. Aftercare the guidelines give.


@pytest.mark.parametrize(
    "slug", ["expectant-management", "mifepristone-and-misoprostol", "misoprostol-alone"]
)
def test_a_pregnancy_test_three_weeks_after_medical_or_expectant_management(slug: str) -> None:
    text = prose("treatments", slug)
    assert re.search(r"pregnancy test[^.]{0,80}\b3 weeks|\b3 weeks[^.]{0,80}pregnancy test", text)
    assert "tampon" in text.lower()


def test_after_a_molar_pregnancy_hcg_follow_up_and_when_to_try_again() -> None:
    text = prose("conditions", "molar-pregnancy").lower()
    assert "hcg" in text
    assert "follow" in text
    assert re.search(r"try(?:ing)? (?:again|for another)|another pregnancy|pregnant again", text)


# 6. Reassurance belongs to its condition, never to what a stillbirth page shows.


EARLY_COMFORT = re.compile(r"miscarriage go on to have (?:a )?healthy bab", re.IGNORECASE)


@pytest.mark.parametrize(
    "slug", ["stillbirth", "neonatal-death", "termination-for-medical-reasons"]
)
def test_later_losses_show_no_comfort_borrowed_from_early_miscarriage(slug: str) -> None:
    condition = record("conditions", slug)
    shown = [("conditions", slug)]
    shown += [("symptoms", s) for s in condition.symptoms]
    shown += [("treatments", s) for s in condition.treatments]
    shown += [("diagnostic-tests", s) for s in condition.diagnostic_tests]
    shown += [
        ("causes", s)
        for s, cause in dataset().records["causes"].items()
        if slug in cause.conditions  # type: ignore[attr-defined]
    ]
    for folder, other in shown:
        summary = record(folder, other).summary
        assert not EARLY_COMFORT.search(summary), f"{folder}/{other}"
    assert not EARLY_COMFORT.search(prose("conditions", slug))


def test_reassurance_lives_in_the_outlook_of_the_conditions_it_is_true_of() -> None:
    assert any(EARLY_COMFORT.search(s.text) for s in record("conditions", "miscarriage").outlook)
    assert not EARLY_COMFORT.search(prose("treatments", "pregnancy-after-loss"))


# 7. Every emergency names the numbers and says not to drive.


def test_every_emergency_symptom_names_911_and_999() -> None:
    for slug, symptom in dataset().records["symptoms"].items():
        if symptom.urgency is Urgency.emergency:  # type: ignore[attr-defined]
            text = symptom.when_to_seek_care  # type: ignore[attr-defined]
            assert EMERGENCY.search(text), slug
            assert NO_DRIVING.search(text), slug


# Treatments as the guidelines write them.


def statements(folder: str, slug: str, field: str) -> list[tuple[str, list[str]]]:
    return [(s.text, list(s.references)) for s in getattr(record(folder, slug), field)]


def test_mifepristone_interval_and_route_from_each_guideline() -> None:
    differences = statements("treatments", "mifepristone-and-misoprostol", "guideline_differences")
    nice = [text for text, refs in differences if "nice-ng126-ectopic-and-miscarriage" in refs]
    acog = [text for text, refs in differences if "acog-pb-200-early-pregnancy-loss" in refs]
    assert any("48 hours" in text for text in nice)
    assert any("24 hours" in text for text in acog)


def test_misoprostol_alone_for_incomplete_miscarriage() -> None:
    assert "600" in prose("treatments", "misoprostol-alone")
    assert "misoprostol-alone" in record("conditions", "incomplete-miscarriage").treatments


@pytest.mark.parametrize(
    ("folder", "slug"), [("treatments", "cervical-cerclage"), ("causes", "cervical-insufficiency")]
)
def test_cerclage_leads_with_one_or_more_second_trimester_losses(folder: str, slug: str) -> None:
    text = prose(folder, slug).lower()
    assert "one or more" in text
    if "three or more" in text:
        assert text.index("one or more") < text.index("three or more")


def test_progesterone_only_once_a_heartbeat_is_confirmed() -> None:
    assert "heartbeat" in prose("treatments", "vaginal-progesterone").lower()


def test_parental_karyotype_when_tissue_testing_failed_or_no_tissue() -> None:
    text = prose("diagnostic-tests", "parental-karyotype").lower()
    assert re.search(r"fail|not successful|unsuccessful", text)
    assert re.search(r"no (?:pregnancy )?tissue", text)


def test_every_procedure_and_medicine_states_real_risks() -> None:
    for slug, treatment in dataset().records["treatments"].items():
        if treatment.kind.value in ("procedure", "medication"):  # type: ignore[attr-defined]
            risks = treatment.risks or ""  # type: ignore[attr-defined]
            assert len(risks) > 80, slug
            assert not risks.lower().startswith("like any procedure"), slug


def test_d_and_c_names_its_risks() -> None:
    risks = record("treatments", "dilation-and-curettage").risks.lower()
    for risk in ("infection", "bleeding", "perforation", "asherman"):
        assert risk in risks


def test_anti_d_where_guidelines_differ_and_where_it_is_linked() -> None:
    differences = statements("treatments", "rh-immune-globulin", "guideline_differences")
    cited = {ref for _, refs in differences for ref in refs}
    assert {"acog-2024-rh-immune-globulin", "nice-ng126-ectopic-and-miscarriage"} <= cited
    assert "12" in prose("treatments", "rh-immune-globulin")
    for slug in ("second-trimester-miscarriage", "stillbirth", "ectopic-pregnancy"):
        assert "rh-immune-globulin" in record("conditions", slug).treatments, slug


# The pathways that were missing, and honest provenance.

MINIMUM = {
    "conditions": 20,
    "causes": 35,
    "symptoms": 15,
    "diagnostic-tests": 15,
    "treatments": 25,
    "organizations": 40,
    "references": 120,
}


def test_the_pathways_are_there() -> None:
    counts = {folder: len(records) for folder, records in dataset().records.items()}
    assert {f: counts[f] >= n for f, n in MINIMUM.items()} == dict.fromkeys(MINIMUM, True), counts
    for folder, slug in [
        ("treatments", "methotrexate"),
        ("treatments", "laparoscopic-salpingectomy"),
        ("treatments", "expectant-management-of-ectopic-pregnancy"),
        ("treatments", "suction-evacuation-of-molar-pregnancy"),
        ("diagnostic-tests", "hcg-follow-up-after-molar-pregnancy"),
        ("treatments", "induction-of-labour"),
        ("treatments", "lactation-after-a-late-loss"),
        ("diagnostic-tests", "post-mortem-examination"),
        ("conditions", "neonatal-death"),
        ("conditions", "termination-for-medical-reasons"),
        ("conditions", "vanishing-twin"),
        ("treatments", "physical-recovery-after-a-loss"),
        ("treatments", "trying-again-after-a-loss"),
        ("treatments", "talking-to-children-about-a-loss"),
        ("causes", "things-that-do-not-cause-miscarriage"),
        ("causes", "pprom"),
        ("causes", "preterm-labour"),
    ]:
        record(folder, slug)


def test_stillbirth_causes_reach_late_pregnancy() -> None:
    late = [
        slug
        for slug, cause in dataset().records["causes"].items()
        if "stillbirth" in cause.conditions  # type: ignore[attr-defined]
        and cause.weeks.start <= 32  # type: ignore[attr-defined]
        and (cause.weeks.end is None or cause.weeks.end > 32)  # type: ignore[attr-defined]
    ]
    assert len(late) >= 8, late
    assert {"fetal-growth-restriction", "preeclampsia", "placental-problems"} <= set(late)


def test_uk_readers_are_served_as_well_as_us_readers() -> None:
    assert "116 123" in record("organizations", "samaritans").phone
    for slug in ("national-domestic-abuse-helpline", "nhs-111", "early-pregnancy-assessment-units"):
        assert record("organizations", slug).country == "GB"
    for slug in ("miscarriage-association", "sands"):
        assert record("organizations", slug).kind.value == "helpline"


def test_try_again_says_where_guidance_differs() -> None:
    differences = statements("treatments", "trying-again-after-a-loss", "guideline_differences")
    assert len(differences) >= 2
    assert any(re.search(r"\b(?:6|six) months", text) for text, _ in differences)


def test_every_reference_can_be_found() -> None:
    references = dataset().records["references"]
    for slug, ref in references.items():
        listing = references.get(ref.listed_on or "")  # type: ignore[attr-defined]
        assert ref.doi or ref.pmid or ref.url or (listing and listing.url), slug  # type: ignore[attr-defined]


def test_nothing_claims_a_clinicians_review_without_a_sign_off() -> None:
    for records in dataset().records.values():
        for slug, item in records.items():
            status = item.review_status  # type: ignore[attr-defined]
            signed = item.clinician_review is not None  # type: ignore[attr-defined]
            assert (status is ReviewStatus.clinician_reviewed) == signed, slug
