"""The Python client against a running service (its address in PLAPI_BASE_URL): typed
answers, a typed problem, 304 as "use your copy", every page of a list, export then changes."""

from __future__ import annotations

import os
import unittest

from plapi_client.models import ConditionDetail, LinkedSymptom, SymptomSummary
from plapi_sdk import NOT_MODIFIED, Fetched, PregnancyLossAPI, ProblemError


class LiveService(unittest.TestCase):
    def setUp(self) -> None:
        self.api = PregnancyLossAPI(os.environ["PLAPI_BASE_URL"])
        self.addCleanup(self.api.close)

    def test_a_record_is_its_model(self) -> None:
        stillbirth = self.api.condition("stillbirth")
        self.assertIsInstance(stillbirth, ConditionDetail)
        self.assertEqual(stillbirth.slug, "stillbirth")
        self.assertTrue(stillbirth.references)
        self.assertTrue(all(isinstance(s, LinkedSymptom) for s in stillbirth.symptoms))
        self.assertEqual(stillbirth.license_, "CC-BY-4.0")

    def test_a_slug_in_another_case_is_followed(self) -> None:
        self.assertEqual(self.api.condition("Stillbirth").slug, "stillbirth")

    def test_expand_gives_the_linked_records_in_full(self) -> None:
        condition = self.api.condition("miscarriage", expand="symptoms")
        first = condition.symptoms[0]
        self.assertIn("when_to_seek_care", first.additional_properties)

    def test_a_problem_is_raised_with_its_fields(self) -> None:
        with self.assertRaises(ProblemError) as caught:
            self.api.condition("no-such-record")
        self.assertEqual(caught.exception.status, 404)
        self.assertEqual(caught.exception.instance, "/v1/conditions/no-such-record")
        with self.assertRaises(ProblemError) as invalid:
            list(self.api.causes(week=99))
        self.assertEqual(invalid.exception.status, 422)
        self.assertEqual(invalid.exception.errors[0].location, "query.week")

    def test_304_means_use_your_copy(self) -> None:
        fetched = self.api.fetch(ConditionDetail, "stillbirth")
        assert isinstance(fetched, Fetched)
        self.assertIsNotNone(fetched.etag)
        again = self.api.fetch(ConditionDetail, "stillbirth", etag=fetched.etag)
        self.assertIs(again, NOT_MODIFIED)

    def test_a_list_iterates_every_page(self) -> None:
        symptoms = list(self.api.symptoms())
        self.assertTrue(all(isinstance(s, SymptomSummary) for s in symptoms))
        self.assertEqual(len(symptoms), self.api.meta().counts["symptoms"])
        references = list(self.api.references())
        self.assertGreater(len(references), 100)  # more than one page
        self.assertEqual(len({r.slug for r in references}), len(references))

    def test_export_then_changes(self) -> None:
        *records, last = list(self.api.export())
        self.assertEqual(len(records), last["records"])
        self.assertEqual(last["dataset_version"], self.api.meta().dataset_version)
        self.assertEqual(list(self.api.changes(since=last["dataset_version"])), [])
        with self.assertRaises(ProblemError) as unknown:
            list(self.api.changes(since="0123456789abcdef"))
        self.assertEqual(unknown.exception.status, 410)

    def test_search_suggest_and_lookup(self) -> None:
        self.assertEqual(next(self.api.search("weak cervix")).slug, "cervical-insufficiency")
        self.assertTrue(self.api.suggest("cerv"))
        found = self.api.lookup("icd10cm", "O03.4")
        self.assertGreater(found.total, 0)


if __name__ == "__main__":
    unittest.main()
