"""Database tables and public response models, one module per record type."""

from app.models.cause import Cause
from app.models.code import ClinicalCode
from app.models.common import DatasetMeta
from app.models.condition import Condition
from app.models.diagnostic_test import DiagnosticTest
from app.models.history import DatasetRelease, RecordChange
from app.models.links import (
    CauseCondition,
    CauseDiagnosticTest,
    CauseOrganization,
    CauseTreatment,
    ConditionDiagnosticTest,
    ConditionOrganization,
    ConditionSymptom,
    ConditionTreatment,
    RecordReference,
)
from app.models.organization import Organization
from app.models.reference import Reference
from app.models.symptom import Symptom
from app.models.treatment import Treatment

__all__ = [
    "Cause",
    "CauseCondition",
    "CauseDiagnosticTest",
    "CauseOrganization",
    "CauseTreatment",
    "ClinicalCode",
    "Condition",
    "ConditionDiagnosticTest",
    "ConditionOrganization",
    "ConditionSymptom",
    "ConditionTreatment",
    "DatasetMeta",
    "DatasetRelease",
    "DiagnosticTest",
    "Organization",
    "RecordChange",
    "RecordReference",
    "Reference",
    "Symptom",
    "Treatment",
]
