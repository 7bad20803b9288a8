from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_type_name import RecordTypeName, check_record_type_name
from ..models.urgency import Urgency, check_urgency

if TYPE_CHECKING:
    from ..models.urgency_at_weeks import UrgencyAtWeeks
    from ..models.week_range import WeekRange


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """A record that answers the query.

    Attributes:
        slug (str): The record's permanent id, unique within its type.
        name (str): The plain name people use.
        summary (str): One or two plain sentences.
        url (str): This API's own path to the record, relative to the service (`/v1/<type>/<slug>`): `GET` it for the
            record in full.
        type_ (RecordTypeName): A record type, as it appears in URLs.
        snippet (str): Where the query matched, HTML-escaped, matches wrapped in `<mark>`.
        score (float): Relevance; higher is better. Comparable within one answer only.
        urgency (None | Urgency): On a symptom: how soon to seek care; null on other records.
        urgency_by_week (list[UrgencyAtWeeks] | None): On a symptom whose urgency depends on the week: what to do in
            each range of weeks;
            null otherwise.
        weeks (None | WeekRange): On a condition or cause: the gestational weeks it concerns; null on other records.
        phone (None | str): On an organization with a phone line: its number as it publishes it; null otherwise.
        tel (None | str): The `tel:` address that dials `phone`; null when there is no phone.
        text_line (None | str): On an organization with a text line: how to reach it by text; null otherwise.
        sms (None | str): The `sms:` address that opens a text to that line, with the word to send first where it
            asks for one; null when there is none.
    """

    slug: str
    name: str
    summary: str
    url: str
    type_: RecordTypeName
    snippet: str
    score: float
    urgency: Urgency | None
    urgency_by_week: list[UrgencyAtWeeks] | None
    weeks: WeekRange | None
    phone: str | None
    tel: str | None
    text_line: str | None
    sms: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.week_range import WeekRange

        slug = self.slug

        name = self.name

        summary = self.summary

        url = self.url

        type_: str = self.type_

        snippet = self.snippet

        score = self.score

        urgency: str | None
        if isinstance(self.urgency, str):
            urgency = self.urgency
        else:
            urgency = self.urgency

        urgency_by_week: list[dict[str, Any]] | None
        if isinstance(self.urgency_by_week, list):
            urgency_by_week = []
            for urgency_by_week_type_0_item_data in self.urgency_by_week:
                urgency_by_week_type_0_item = urgency_by_week_type_0_item_data.to_dict()
                urgency_by_week.append(urgency_by_week_type_0_item)

        else:
            urgency_by_week = self.urgency_by_week

        weeks: dict[str, Any] | None
        if isinstance(self.weeks, WeekRange):
            weeks = self.weeks.to_dict()
        else:
            weeks = self.weeks

        phone: str | None
        phone = self.phone

        tel: str | None
        tel = self.tel

        text_line: str | None
        text_line = self.text_line

        sms: str | None
        sms = self.sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "summary": summary,
                "url": url,
                "type": type_,
                "snippet": snippet,
                "score": score,
                "urgency": urgency,
                "urgency_by_week": urgency_by_week,
                "weeks": weeks,
                "phone": phone,
                "tel": tel,
                "text_line": text_line,
                "sms": sms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.urgency_at_weeks import UrgencyAtWeeks
        from ..models.week_range import WeekRange

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        summary = d.pop("summary")

        url = d.pop("url")

        type_ = check_record_type_name(d.pop("type"))

        snippet = d.pop("snippet")

        score = d.pop("score")

        def _parse_urgency(data: object) -> Urgency | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                urgency_type_0 = check_urgency(data)

                return urgency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Urgency, data)

        urgency = _parse_urgency(d.pop("urgency"))

        def _parse_urgency_by_week(data: object) -> list[UrgencyAtWeeks] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                urgency_by_week_type_0 = []
                _urgency_by_week_type_0 = data
                for urgency_by_week_type_0_item_data in _urgency_by_week_type_0:
                    urgency_by_week_type_0_item = UrgencyAtWeeks.from_dict(
                        urgency_by_week_type_0_item_data
                    )

                    urgency_by_week_type_0.append(urgency_by_week_type_0_item)

                return urgency_by_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UrgencyAtWeeks] | None, data)

        urgency_by_week = _parse_urgency_by_week(d.pop("urgency_by_week"))

        def _parse_weeks(data: object) -> WeekRange | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weeks_type_0 = WeekRange.from_dict(data)

                return weeks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WeekRange, data)

        weeks = _parse_weeks(d.pop("weeks"))

        def _parse_phone(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_tel(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        tel = _parse_tel(d.pop("tel"))

        def _parse_text_line(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        text_line = _parse_text_line(d.pop("text_line"))

        def _parse_sms(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        sms = _parse_sms(d.pop("sms"))

        search_hit = cls(
            slug=slug,
            name=name,
            summary=summary,
            url=url,
            type_=type_,
            snippet=snippet,
            score=score,
            urgency=urgency,
            urgency_by_week=urgency_by_week,
            weeks=weeks,
            phone=phone,
            tel=tel,
            text_line=text_line,
            sms=sms,
        )

        search_hit.additional_properties = d
        return search_hit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
