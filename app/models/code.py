"""Clinical codes (ICD-10-CM, SNOMED CT) attached to conditions and causes."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from app.models.common import PublicModel


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
    """A clinical code: ``system`` is `icd10cm` or `snomedct`."""

    system: str
    code: str
    display: str
