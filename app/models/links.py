"""Many-to-many link tables between record types, each with a composite primary key.

A link is written once in ``data/`` (on its owning side) and stored once here; both sides read it.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from app.vocabulary import SLUG_MAX_LENGTH


class ConditionSymptom(SQLModel, table=True):
    __tablename__ = "condition_symptom"

    condition_slug: str = Field(foreign_key="condition.slug", primary_key=True)
    symptom_slug: str = Field(foreign_key="symptom.slug", primary_key=True, index=True)


class ConditionDiagnosticTest(SQLModel, table=True):
    __tablename__ = "condition_diagnostic_test"

    condition_slug: str = Field(foreign_key="condition.slug", primary_key=True)
    diagnostic_test_slug: str = Field(
        foreign_key="diagnostic_test.slug", primary_key=True, index=True
    )


class ConditionTreatment(SQLModel, table=True):
    __tablename__ = "condition_treatment"

    condition_slug: str = Field(foreign_key="condition.slug", primary_key=True)
    treatment_slug: str = Field(foreign_key="treatment.slug", primary_key=True, index=True)


class ConditionOrganization(SQLModel, table=True):
    __tablename__ = "condition_organization"

    condition_slug: str = Field(foreign_key="condition.slug", primary_key=True)
    organization_slug: str = Field(foreign_key="organization.slug", primary_key=True, index=True)


class CauseCondition(SQLModel, table=True):
    __tablename__ = "cause_condition"

    cause_slug: str = Field(foreign_key="cause.slug", primary_key=True)
    condition_slug: str = Field(foreign_key="condition.slug", primary_key=True, index=True)


class CauseTreatment(SQLModel, table=True):
    __tablename__ = "cause_treatment"

    cause_slug: str = Field(foreign_key="cause.slug", primary_key=True)
    treatment_slug: str = Field(foreign_key="treatment.slug", primary_key=True, index=True)


class CauseDiagnosticTest(SQLModel, table=True):
    __tablename__ = "cause_diagnostic_test"

    cause_slug: str = Field(foreign_key="cause.slug", primary_key=True)
    diagnostic_test_slug: str = Field(
        foreign_key="diagnostic_test.slug", primary_key=True, index=True
    )


class CauseOrganization(SQLModel, table=True):
    __tablename__ = "cause_organization"

    cause_slug: str = Field(foreign_key="cause.slug", primary_key=True)
    organization_slug: str = Field(foreign_key="organization.slug", primary_key=True, index=True)


class RecordReference(SQLModel, table=True):
    """Which references a record cites, in the order its curator listed them.

    One table serves all six citing types (``record_type`` is the URL name of the type), because
    the citation list is the same relation for each; the reference side is a real foreign key.
    """

    __tablename__ = "record_reference"

    record_type: str = Field(primary_key=True, max_length=32)
    record_slug: str = Field(primary_key=True, max_length=SLUG_MAX_LENGTH)
    reference_slug: str = Field(foreign_key="reference.slug", primary_key=True, index=True)
    position: int
