"""Clinical codes (ICD-10-CM, SNOMED CT) attached to conditions and causes."""

from __future__ import annotations

import pydantic
from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.models.common import PublicModel
from app.vocabulary import CodeSystem


class ClinicalCode(SQLModel, table=True):
    """A code naming a condition or a cause: exactly one of the two slugs is set."""

    __tablename__ = "clinical_code"
    __table_args__ = (
        CheckConstraint("(condition_slug IS NULL) != (cause_slug IS NULL)", name="one_owner"),
    )

    id: int | None = Field(default=None, primary_key=True)
    system: str = Field(max_length=16, index=True)
    code: str = Field(max_length=20, index=True)
    normalized: str = Field(max_length=20, index=True)  # upper case, no dot: O034
    display: str
    condition_slug: str | None = Field(default=None, foreign_key="condition.slug", index=True)
    cause_slug: str | None = Field(default=None, foreign_key="cause.slug", index=True)


class Code(PublicModel):
    """A clinical code (ICD-10-CM or SNOMED CT) that names a record."""

    system: CodeSystem
    """The code system."""
    code: str = pydantic.Field(examples=["O03.4"])
    """The code in its usual form: ICD-10-CM with its dot, SNOMED CT as a concept id."""
    display: str = pydantic.Field(examples=["Incomplete spontaneous abortion without complication"])
    """The code's title in its code system: clinical wording, not the record's plain name."""
