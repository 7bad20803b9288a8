"""Ranking by time, matching and relaxation, snippets over folded text, and suggestions that
never offer a hurtful name."""

from __future__ import annotations

import numpy as np
import pytest

from app.search.engine import search, suggest
from app.search.index import Document, SearchIndex
from app.search.names import suggestions_for
from app.search.query import ParsedQuery, parse
from app.search.snippets import Highlighter, highlighter, snippet
from app.search.timing import time_fit


def fit(
    start: int | None = None,
    end: int | None = None,
    trimesters: tuple[str, ...] = (),
    *,
    week: int | None = None,
    trimester: str | None = None,
) -> float | None:
    document = Document(0, "conditions", "x", "X", "", trimesters, start, end)
    index = SearchIndex(documents=[document])
    found = float(
        time_fit(index, np.array([0], np.int32), ParsedQuery("", week=week, trimester=trimester))[0]
    )
    return None if np.isnan(found) else found


def test_a_record_covering_the_week_fits_and_one_excluding_it_does_not() -> None:
    assert fit(20, None, week=30) == pytest.approx(24 / 22)
    assert fit(0, 13, week=30) == 0
    assert fit(0, 13, week=8) == pytest.approx(24 / 13)
    # Narrower says more: weeks 12–24 fit week 16 better than weeks 0–24.
    assert fit(12, 24, week=16) > fit(0, 24, week=16)  # type: ignore[operator]


def test_a_trimester_fits_by_how_much_of_the_record_it_holds() -> None:
    fits = [fit(*weeks, trimester="first") or 0.0 for weeks in ((0, 13), (0, 24), (12, 24))]
    assert fits == sorted(fits, reverse=True)
    assert fit(20, None, trimester="first") == 0


def test_inherited_trimesters_only_lower_a_record() -> None:
    assert fit(trimesters=("first", "second"), week=8) is None
    assert fit(trimesters=("first", "second"), trimester="third") == 0
    assert fit(week=8) is None


def test_snippets_mark_words_whatever_their_accents() -> None:
    marks = Highlighter(("cafe",))
    assert snippet(["Un café au lait"], marks) == "Un <mark>café</mark> au lait"
    decomposed = "Un cafe\u0301 au lait"
    assert snippet([decomposed], marks) == "Un <mark>cafe\u0301</mark> au lait"


def test_snippets_escape_text_but_never_mark_inside_an_entity() -> None:
    assert snippet(["A & B <amp>"], Highlighter(("amp",))) == "A &amp; B &lt;<mark>amp</mark>&gt;"


def test_snippets_show_a_window_around_the_first_match() -> None:
    text = (
        " ".join(f"w{i}" for i in range(50))
        + " heavy bleeding "
        + " ".join(f"x{i}" for i in range(50))
    )
    shown = snippet([text], Highlighter(("bleed",)))
    assert shown.startswith("…w43 w44")
    assert shown.endswith("x14…")
    assert len(shown.split()) == 24
    assert "heavy <mark>bleeding</mark>" in shown
    assert snippet(["x heavy-bleeding unbleeding"], Highlighter(("bleed",))) == (
        "x heavy-<mark>bleeding</mark> unbleeding"
    )


def test_a_plural_marks_what_its_singular_marks(index: SearchIndex) -> None:
    texts = ["Ectopic pregnancy and pregnancies"]
    one = highlighter(parse("pregnancy", index), index)
    many = highlighter(parse("pregnancies", index), index)
    assert snippet(texts, one) == snippet(texts, many)
    assert snippet(texts, many).count("<mark>") == 2


def slugs(index: SearchIndex, q: str, limit: int = 10) -> list[str]:
    found = search(index, parse(q, index), limit=limit, offset=0)
    return [f"{hit.type}/{hit.slug}" for hit in found.hits]


def test_every_word_must_match_before_any_relaxation(index: SearchIndex) -> None:
    parsed = parse("when will my period come back", index)
    found = search(index, parsed, limit=3, offset=0)
    assert found.hits[0].slug == "physical-recovery-after-a-loss"


def test_when_nothing_matches_every_word_the_query_is_relaxed(index: SearchIndex) -> None:
    found = search(index, parse("stillbirth zebra giraffe", index), limit=5, offset=0)
    assert found.hits
    assert found.hits[0].slug == "stillbirth"
    unknown = parse("cervix placenta sleep", index)
    relaxed = search(index, unknown, limit=5, offset=0)
    assert relaxed.relaxed
    assert relaxed.total > 0


def test_an_organization_ranks_on_its_names_not_a_shared_stem(index: SearchIndex) -> None:
    assert "organizations/miss-foundation" not in slugs(index, "missed miscarriage")
    assert slugs(index, "missed miscarriage")[0] == "conditions/missed-miscarriage"
    assert slugs(index, "samaritans")[0] == "organizations/samaritans"


def test_questions_of_fault_put_the_records_that_answer_them_first(index: SearchIndex) -> None:
    for q in ("is it my fault", "did i cause my miscarriage", "i blame myself"):
        top = slugs(index, q, limit=2)
        assert "causes/things-that-do-not-cause-miscarriage" in top, q
    assert "causes/unknown-causes" in slugs(index, "is it my fault", limit=5)


def test_records_a_question_of_fault_ties_rank_the_broader_first(index: SearchIndex) -> None:
    """Unknown causes, preterm labour and previous miscarriage answer a question of fault
    alike when no word of it matches them; the record linked to more records (unknown causes)
    comes first, not the first slug."""
    for q in ("what did i do wrong", "my body failed my baby"):
        top = slugs(index, q, limit=3)
        assert "causes/unknown-causes" in top, (q, top)
        assert "causes/preterm-labour" not in top, (q, top)


def test_feelings_are_answered_by_records_about_ones_own(index: SearchIndex) -> None:
    """The records a feeling ranks first are named for feelings; another name ("Sibling grief")
    does not make a record about one's own grief."""
    feeling = {index.documents[p].slug for p in index.feeling_records.tolist()}
    assert {"feeling-low-or-anxious-after-a-loss", "grief-counseling"} <= feeling
    assert not {"talking-to-children-about-a-loss", "support-for-partners"} & feeling
    top = slugs(index, "grieving my angel baby", limit=3)
    assert "treatments/grief-counseling" in top, top


def test_a_record_linked_to_several_matched_records_ranks_above_one_matching_one_word(
    index: SearchIndex,
) -> None:
    ranked = slugs(index, "bleeding and cramps", limit=10)
    linked = ranked.index("conditions/threatened-miscarriage")
    assert all(ranked.index(s) > linked for s in ranked if s.startswith("references/"))


def test_nothing_related_answers_zero_and_offers_help(index: SearchIndex) -> None:
    found = search(index, parse("football scores", index), limit=10, offset=0)
    assert (found.hits, found.total) == ([], 0)
    assert found.help
    assert all(hit.type == "organizations" for hit in found.help)
    late = search(index, parse("zzzz at 30 weeks", index), limit=10, offset=0)
    assert late.hits  # a time alone still lists that time's records


def test_hurtful_other_names_complete_to_the_records_own_name() -> None:
    index = SearchIndex(
        suggestions=[
            *suggestions_for(
                "conditions",
                "recurrent-pregnancy-loss",
                "Recurrent pregnancy loss",
                "Habitual abortion\nRecurrent miscarriage",
                "",
            ),
            *suggestions_for(
                "references", "a-study", "Risk of spontaneous abortion", "Author A", ""
            ),
        ]
    )
    found = suggest(index, "habit")
    assert [(item.text, item.slug) for item in found] == [
        ("Recurrent pregnancy loss", "recurrent-pregnancy-loss")
    ]
    assert [item.text for item in suggest(index, "abort")] == ["Recurrent pregnancy loss"]
    assert [item.text for item in suggest(index, "recurrent m")] == ["Recurrent miscarriage"]
    assert suggest(index, "risk") == []
