"""``/v1/search`` and ``/v1/search/suggest`` over the real data."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.models.search import SearchPage


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/search", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def slugs(body: dict[str, Any]) -> list[str]:
    return [f"{item['type']}/{item['slug']}" for item in body["items"]]


def test_answer_shape(client: TestClient) -> None:
    body = search(client, q="weak cervix", limit=3)
    assert {
        "items", "total", "limit", "offset", "facets", "did_you_mean", "interpretation", "help"
    } <= set(body)  # fmt: skip
    first = body["items"][0]
    assert (first["type"], first["slug"]) == ("causes", "cervical-insufficiency")
    assert first["url"] == "/v1/causes/cervical-insufficiency"
    assert set(first) == {
        "type", "slug", "name", "summary", "url", "snippet", "score",
        "urgency", "urgency_by_week", "weeks", "phone", "tel", "text_line", "sms",
    }  # fmt: skip
    assert first["weeks"] is not None
    assert (first["urgency"], first["phone"]) == (None, None)
    scores = [item["score"] for item in body["items"]]
    assert scores == sorted(scores, reverse=True)
    assert "<mark>" in "".join(item["snippet"] for item in body["items"])


@pytest.mark.parametrize(
    "q", ["weak cervix", "heavy bleeding", "988", "cafe", "16 weeks", "is it my fault"]
)
def test_the_answer_is_what_its_model_says(client: TestClient, q: str) -> None:
    """The route writes its JSON itself (the hot path skips validation): it must be what
    ``SearchPage`` validates and serializes, field for field."""
    response = client.get("/v1/search", params={"q": q})
    page = SearchPage.model_validate_json(response.content)
    assert page.model_dump(mode="json") == response.json()


def test_hits_carry_what_their_type_needs(client: TestClient) -> None:
    symptom = search(client, q="heavy bleeding", type="symptoms", limit=1)["items"][0]
    assert symptom["urgency"] == "emergency"
    assert symptom["urgency_by_week"][0]["weeks"] == {"start": 0, "end": 20}
    record = client.get(symptom["url"]).json()
    assert symptom["urgency"] == record["urgency"]
    assert symptom["urgency_by_week"] == record["urgency_by_week"]
    condition = search(client, q="stillbirth", type="conditions", limit=1)["items"][0]
    assert condition["weeks"] == client.get(condition["url"]).json()["weeks"]
    line = search(client, q="988", limit=1)["items"][0]
    assert (line["slug"], line["phone"], line["tel"]) == ("988-lifeline", "988", "tel:988")
    vanity = search(client, q="1-800-799-SAFE", limit=1)["items"][0]
    assert vanity["tel"] == "tel:+18007997233"
    assert vanity["tel"] == client.get(vanity["url"]).json()["tel"]


def test_snippets_are_escaped(client: TestClient) -> None:
    for item in search(client, q="pregnancy", limit=100)["items"]:
        text = item["snippet"].replace("<mark>", "").replace("</mark>", "")
        assert "<" not in text
        assert ">" not in text


def test_facets_count_matches_per_type(client: TestClient) -> None:
    body = search(client, q="bleeding", limit=100)
    assert sum(body["facets"]["type"].values()) == body["total"]
    for type_name, count in body["facets"]["type"].items():
        assert search(client, q="bleeding", type=type_name, limit=100)["total"] == count


def test_type_and_trimester_filters(client: TestClient) -> None:
    body = search(client, q="miscarriage", type="causes", trimester="second", limit=100)
    assert body["items"]
    assert {item["type"] for item in body["items"]} == {"causes"}
    for item in body["items"]:
        cause = client.get(item["url"]).json()
        assert "second" in cause["trimesters"]


def test_week_in_the_text_ranks_that_time_first(client: TestClient) -> None:
    body = search(client, q="why did I miscarry at 16 weeks", limit=3)
    assert body["interpretation"]["week"] == 16
    assert "conditions/second-trimester-miscarriage" in slugs(body)


def test_typo_is_corrected_and_used(client: TestClient) -> None:
    body = search(client, q="misscarriage")
    assert body["did_you_mean"] == "miscarriage"
    assert slugs(body)[0] == "conditions/miscarriage"


def test_paging_and_link_header(client: TestClient) -> None:
    everything = slugs(search(client, q="pregnancy", limit=100))
    response = client.get("/v1/search", params={"q": "pregnancy", "limit": 5, "offset": 5})
    assert slugs(response.json()) == everything[5:10]
    assert 'rel="next"' in response.headers["link"]
    assert 'rel="prev"' in response.headers["link"]


def test_only_stop_words_gives_an_empty_answer_with_help(client: TestClient) -> None:
    body = search(client, q="what is the")
    assert (body["items"], body["total"]) == ([], 0)
    assert body["help"]
    assert {item["type"] for item in body["help"]} == {"organizations"}


def test_a_relaxed_answer_says_so(client: TestClient) -> None:
    body = search(client, q="bleeding tampons", limit=5)
    interpretation = body["interpretation"]
    assert body["items"]
    assert interpretation["relaxed"] is (body["total"] > 0 and interpretation["relaxed"])
    strict = search(client, q="weak cervix")["interpretation"]
    assert (strict["relaxed"], strict["dropped"]) == (False, [])


@pytest.mark.parametrize(
    ("q", "first"),
    [
        ("mmc", "conditions/missed-miscarriage"),
        ("TFMR", "conditions/termination-for-medical-reasons"),
        ("sex after miscarriage", "treatments/sex-exercise-and-work-after-a-loss"),
        ("samaritans", "organizations/samaritans"),
        ("listeria", "causes/infection"),
        ("ｍｉｓｃａｒｒｉａｇｅ", "conditions/miscarriage"),
        ("when will my period come back", "treatments/physical-recovery-after-a-loss"),
        ("missed miscarriage", "conditions/missed-miscarriage"),
        ("what to tell my other kids", "treatments/talking-to-children-about-a-loss"),
        ("is it my fault", "causes/things-that-do-not-cause-miscarriage"),
        ("down syndrome", "causes/chromosomal-abnormalities"),
    ],
)
def test_what_failed_a_new_user_finds_its_record(client: TestClient, q: str, first: str) -> None:
    body = search(client, q=q, limit=3)
    assert slugs(body)[0] == first, slugs(body)
    assert body["did_you_mean"] is None


@pytest.mark.parametrize(
    ("q", "lang"),
    [("my heart is broken", "en"), ("i'm broken", "en"), ("me siento muy rota", "es")],
)
def test_a_broken_heart_is_a_feeling(client: TestClient, q: str, lang: str) -> None:
    found = slugs(search(client, q=q, lang=lang, limit=3))
    assert found[0] == "symptoms/feeling-low-or-anxious-after-a-loss", found
    assert "causes/pprom" not in found, found


@pytest.mark.parametrize(
    ("q", "wanted"),
    [
        ("empty sac", "conditions/anembryonic-pregnancy"),
        ("scan showed an empty womb", "conditions/pregnancy-of-unknown-location"),
        ("my waters have broken", "causes/pprom"),
    ],
)
def test_words_of_the_body_do_not_read_as_feelings(client: TestClient, q: str, wanted: str) -> None:
    """An "empty" sac or womb, or waters that have "broken", ask about the body: the records
    about feelings do not crowd the answer."""
    feelings = {"symptoms/feeling-low-or-anxious-after-a-loss", "treatments/grief-counseling",
                "treatments/mental-health-support"}  # fmt: skip
    found = slugs(search(client, q=q, limit=3))
    assert wanted in found, found
    assert not feelings & set(found), found


def test_single_letters_highlight_nothing_and_sql_finds_nothing(client: TestClient) -> None:
    body = search(client, q="bleeding after d&c", limit=10)
    for item in body["items"]:
        marked = re.findall(r"<mark>(.*?)</mark>", item["snippet"])
        assert all(len(word) > 1 for word in marked), marked
        assert not any(word.lower() in {"do", "care", "come", "and"} for word in marked), marked
    injected = search(client, q="' OR 1=1 --")
    assert (injected["items"], injected["total"]) == ([], 0)


def test_a_paragraph_finds_its_answer(client: TestClient) -> None:
    question = (
        "had a miscarriage 3 weeks ago and I'm still bleeding on and off and have some "
        "cramps, is this normal or should I go back to the doctor? " * 5
    )[:990]
    body = search(client, q=question, limit=3)
    assert body["items"]
    assert body["interpretation"]["dropped"]


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '"unbalanced quote',
        "*",
        "stillbirth*",
        "NEAR(",
        "NEAR(stillbirth ectopic, 2)",
        "AND",
        "OR OR OR",
        "NOT stillbirth",
        "stillbirth AND ectopic OR NOT caffeine",
        "name:stillbirth",
        "{name aliases}: ectopic",
        "^ectopic",
        "- + ( ) : ; ' \\ / @ # $ % & =",
        "🤰💔",
        "🤰 stillbirth",
        "\x00",
        "ñandú",
        "' OR 1=1 --",
        "a" * 200,
        "x " * 100,
        "a" * 1000,
        "why " * 250,
    ],
)
def test_hostile_queries_get_normal_answers(client: TestClient, hostile: str) -> None:
    response = client.get("/v1/search", params={"q": hostile})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    "params",
    [{"q": ""}, {}, {"q": "a" * 1001}, {"q": "x" * 1500}, {"q": "ok", "type": "cause"}],
)
def test_bad_search_input_is_a_422_problem(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/v1/search", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_a_3000_character_query_is_refused_as_too_long(client: TestClient) -> None:
    response = client.get("/v1/search", params={"q": "x" * 3000})
    assert response.status_code == 414
    assert response.headers["content-type"] == "application/problem+json"


def test_suggest_completes_names(client: TestClient) -> None:
    response = client.get("/v1/search/suggest", params={"q": "cerv"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert 0 < len(items) <= 10
    assert items[0]["slug"] in {"cervical-insufficiency", "cervical-cerclage"}
    for item in items:
        assert "cerv" in item["text"].lower()
        assert item["url"] == f"/v1/{item['type']}/{item['slug']}"


def test_suggest_matches_other_names_and_later_words(client: TestClient) -> None:
    texts = {
        item["slug"]: item["text"]
        for item in client.get("/v1/search/suggest", params={"q": "blighted"}).json()["items"]
    }
    assert "anembryonic-pregnancy" in texts
    later = client.get("/v1/search/suggest", params={"q": "insuff"}).json()["items"]
    assert "cervical-insufficiency" in [item["slug"] for item in later]


@pytest.mark.parametrize("q", ["", "x" * 101, "🤰"])
def test_suggest_bad_or_odd_input(client: TestClient, q: str) -> None:
    response = client.get("/v1/search/suggest", params={"q": q})
    if q == "🤰":
        assert response.json() == {"items": [], "total": 0, "limit": 10, "offset": 0}
    else:
        assert response.status_code == 422


def covers(client: TestClient, item: dict[str, Any], week: int) -> bool:
    weeks = client.get(item["url"]).json()["weeks"]
    return bool(weeks["start"] <= week and (weeks["end"] is None or week < weeks["end"]))


@pytest.mark.parametrize("q", ["16 weeks", "week 16", "weeks 16", "at 16 weeks"])
def test_a_week_alone_lists_what_matters_then(client: TestClient, q: str) -> None:
    body = search(client, q=q, limit=100)
    assert body["interpretation"] == {
        "terms": [], "phrases": [], "week": 16, "trimester": None, "relaxed": False,
        "dropped": [], "unknown": [],
    }  # fmt: skip
    assert body == search(client, q="16 weeks", limit=100)
    assert slugs(body)[0] == "conditions/second-trimester-miscarriage"
    types = [item["type"] for item in body["items"]]
    assert types == sorted(types, key=lambda name: name != "conditions")
    assert {"conditions", "causes", "symptoms"} <= set(types)
    for item in body["items"]:
        if item["type"] in ("conditions", "causes"):
            assert covers(client, item, 16), item["slug"]


@pytest.mark.parametrize(
    ("q", "first"),
    [
        ("at 20 weeks", "conditions/second-trimester-miscarriage"),
        ("second trimester", "conditions/second-trimester-miscarriage"),
        ("3rd trimester", "conditions/stillbirth"),
        ("third trimester", "conditions/stillbirth"),
    ],
)
def test_a_trimester_or_week_alone_is_answered(client: TestClient, q: str, first: str) -> None:
    body = search(client, q=q)
    assert body["total"] > 0
    assert slugs(body)[0] == first


@pytest.mark.parametrize(
    ("q", "lang", "first"),
    [
        ("lost my baby at 30 weeks", "en", "conditions/stillbirth"),
        ("perdí a mi bebé a las 30 semanas", "es", "conditions/stillbirth"),
        ("pérdida a las 30 semanas", "es", "conditions/stillbirth"),
        ("perdí el embarazo a las 8 semanas", "es", "conditions/early-miscarriage"),
    ],
)
def test_a_loss_at_a_week_lists_the_losses_of_that_week(
    client: TestClient, q: str, lang: str, first: str
) -> None:
    """Words for a loss itself, beside a week, ask what loss happens then, in either language,
    however many records hold those words."""
    body = search(client, q=q, lang=lang, limit=10)
    assert slugs(body)[0] == first, slugs(body)


@pytest.mark.parametrize(
    ("q", "lang"),
    [("what does a miscarriage look like", "en"), ("cómo se ve un aborto espontáneo", "es")],
)
def test_what_something_looks_like_is_one_question(client: TestClient, q: str, lang: str) -> None:
    """ "Look like" is not two common words: the record that says what passing pregnancy
    tissue looks like answers first."""
    found = slugs(search(client, q=q, lang=lang, limit=3))
    assert found[0] == "symptoms/passing-fluid-or-tissue", found


def test_tengo_perdidas_is_bleeding_not_a_loss(client: TestClient) -> None:
    """In Spanish, "tengo pérdidas" is mostly said of bleeding or spotting: beside a week it
    asks about bleeding in a pregnancy going on, not what loss happens then."""
    found = slugs(search(client, q="tengo pérdidas a las 8 semanas", lang="es", limit=3))
    assert "symptoms/spotting" in found or "symptoms/vaginal-bleeding" in found, found
    assert "conditions/early-miscarriage" not in found, found


def test_an_ordinal_trimester_does_not_match_the_word_second(client: TestClient) -> None:
    body = search(client, q="1st trimester", limit=100)
    assert body["interpretation"]["terms"] == []
    assert body["interpretation"]["trimester"] == "first"
    top = slugs(body)[:5]
    assert "conditions/early-miscarriage" in top
    assert "conditions/second-trimester-miscarriage" not in top
    assert "conditions/stillbirth" not in slugs(body)


def test_records_excluding_the_asked_week_rank_below_those_covering_it(
    client: TestClient,
) -> None:
    body = search(client, q="loss at 30 weeks", limit=100)
    found = slugs(body)
    assert found[0] == "conditions/stillbirth"
    for early in ("conditions/biochemical-pregnancy", "conditions/early-miscarriage"):
        assert found.index(early) > found.index("causes/placental-problems")
    conditions = [item for item in body["items"] if item["type"] == "conditions"]
    assert covers(client, conditions[0], 30)


def test_a_plural_ranks_as_its_singular(client: TestClient) -> None:
    many = search(client, q="miscarriages", limit=100)
    one = search(client, q="miscarriage", limit=100)
    assert slugs(many)[0] == "conditions/miscarriage"
    assert [(i["slug"], i["score"]) for i in many["items"]] == [
        (i["slug"], i["score"]) for i in one["items"]
    ]


def test_letters_beyond_ascii_are_searched(client: TestClient) -> None:
    body = search(client, q="Mølgaard")
    assert body["interpretation"]["terms"] == ["mølgaard"]
    assert "references/molgaard-nielsen-2016-fluconazole" in slugs(body)
    assert any("<mark>Mølgaard</mark>" in item["snippet"] for item in body["items"])
    assert search(client, q="molgaard")["did_you_mean"] == "mølgaard"


def test_hurtful_names_still_find_their_records(client: TestClient) -> None:
    assert slugs(search(client, q="habitual abortion"))[0] == "conditions/recurrent-pregnancy-loss"
    assert slugs(search(client, q="incompetent cervix"))[0] == "causes/cervical-insufficiency"
    assert slugs(search(client, q="missed abortion"))[0] == "conditions/missed-miscarriage"


def suggestions(client: TestClient, q: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/search/suggest", params={"q": q, **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_suggest_never_offers_a_hurtful_name(client: TestClient) -> None:
    from app.vocabulary import HURTFUL, HURTFUL_TERMS

    prefixes = {term[:length] for term in HURTFUL_TERMS for length in range(3, len(term) + 1)}
    for prefix in sorted({*prefixes, "abort", "habitual", "incompetent"}):
        for item in suggestions(client, prefix):
            assert not HURTFUL.search(item["text"]), (prefix, item["text"])
    habitual = suggestions(client, "habitual")
    assert [(item["slug"], item["text"]) for item in habitual] == [
        ("recurrent-pregnancy-loss", "Recurrent pregnancy loss")
    ]
    incompetent = suggestions(client, "incompetent")
    assert [(item["slug"], item["text"]) for item in incompetent] == [
        ("cervical-insufficiency", "Cervical insufficiency")
    ]


@pytest.mark.parametrize("limit", [11, 100, 5000])
def test_suggest_treats_a_large_limit_as_its_maximum(client: TestClient, limit: int) -> None:
    items = suggestions(client, "m", limit=limit)
    assert items == suggestions(client, "m", limit=10)
    assert len(items) == 10


def test_suggest_refuses_a_limit_below_one(client: TestClient) -> None:
    response = client.get("/v1/search/suggest", params={"q": "m", "limit": 0})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_a_word_common_as_pregnancy_does_not_outweigh_the_time(client: TestClient) -> None:
    assert slugs(search(client, q="16 weeks pregnant", limit=6)) == slugs(
        search(client, q="16 weeks", limit=6)
    )
    for query in ("20 weeks pregnant", "loss at 20 weeks pregnant"):
        top = slugs(search(client, q=query, limit=3))
        assert top[0] == "conditions/second-trimester-miscarriage"
        assert "conditions/stillbirth" in top
    early = slugs(search(client, q="miscarriage at 8 weeks pregnant", limit=3))
    assert early[0] == "conditions/early-miscarriage"


@pytest.mark.parametrize("query", ["café", "fausse couche", "<script>alert(1)</script>"])
def test_words_that_are_no_typo_are_not_corrected(client: TestClient, query: str) -> None:
    body = search(client, q=query)
    assert body["did_you_mean"] is None
    assert "care" not in body["interpretation"]["terms"]


def test_suggestions_fold_what_is_typed(client: TestClient) -> None:
    def texts(prefix: str) -> list[str]:
        response = client.get("/v1/search/suggest", params={"q": prefix})
        return [item["text"] for item in response.json()["items"]]

    assert texts("Cäff")[0] == texts("caff")[0] == "Caffeine"
    # "café" is "cafe" folded, which begins no name: no completion rather than another word.
    assert texts("café") == []


def test_search_in_spanish(client: TestClient) -> None:
    body = search(client, q="ectopico", lang="es", limit=3)
    first = body["items"][0]
    assert (first["slug"], first["name"]) == ("ectopic-pregnancy", "Embarazo ectópico")
    assert first["url"] == "/v1/conditions/ectopic-pregnancy"
    assert "<mark>ectópico</mark>" in first["snippet"]
    assert body["interpretation"]["terms"] == ["ectopico"]
    # English is the default, and searches the English text.
    assert search(client, q="ectopic")["items"][0]["name"] == "Ectopic pregnancy"
    assert search(client, q="ectopic", lang="en")["items"][0]["name"] == "Ectopic pregnancy"


def test_spanish_interpretation_and_help(client: TestClient) -> None:
    body = search(client, q="perdí a mi bebé a los 5 meses", lang="es")
    assert body["interpretation"]["week"] == 22
    assert "aborto espontaneo" in body["interpretation"]["phrases"]
    nothing = search(client, q="receta de tamales", lang="es")
    assert (nothing["items"], nothing["total"]) == ([], 0)
    assert nothing["help"]
    assert "tamales" in nothing["interpretation"]["unknown"]


def test_a_language_not_served_is_refused(client: TestClient) -> None:
    for path in ("/v1/search", "/v1/search/suggest"):
        response = client.get(path, params={"q": "mola", "lang": "fr"})
        assert response.status_code == 422
        assert response.json()["errors"][0]["location"] == "query.lang"


def test_suggestions_in_spanish(client: TestClient) -> None:
    response = client.get("/v1/search/suggest", params={"q": "aborto hab", "lang": "es"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert [(item["slug"], item["text"]) for item in items] == [
        ("recurrent-pregnancy-loss", "Pérdida recurrente del embarazo")
    ]
    assert items[0]["url"] == "/v1/conditions/recurrent-pregnancy-loss"
