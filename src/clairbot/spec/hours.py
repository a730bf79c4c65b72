"""Business hours: when a person can take over a conversation live.

Written in the spec as ``days: {mon: "09:00-18:00", tue: ["09:00-12:00", "14:00-18:00"]}`` in
an IANA time zone; a day left out (or written ``closed``) is closed.
"""

from __future__ import annotations

import difflib
import re
from datetime import datetime, time
from typing import Annotated, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import (
    AfterValidator,
    BeforeValidator,
    StringConstraints,
    field_validator,
    model_serializer,
    model_validator,
)

from clairbot.spec._values import SpecModel

_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


class TimeRange(SpecModel):
    """An opening range within one day, ``start`` included, ``end`` excluded.

    Written ``"HH:MM-HH:MM"`` in the spec, and dumped the same way.
    """

    start: time
    end: time

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start >= self.end:
            raise ValueError(f"`{self}` must end after it starts")
        return self

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    @model_serializer
    def _as_written(self) -> str:
        # Dumped as written in the spec ("09:00-18:00"), so that a dumped spec loads back.
        return str(self)

    def contains(self, moment: time) -> bool:
        """Whether `moment` (a local time of day) falls in the range."""
        return self.start <= moment < self.end


def _parse_time(text: str, whole: str) -> time:
    hours, minutes = (int(part) for part in text.split(":"))
    if hours > 23 or minutes > 59:
        raise ValueError(f"`{whole}` is not a valid range: times go from 00:00 to 23:59")
    return time(hours, minutes)


def _parse_ranges(value: Any) -> Any:
    """``"09:00-12:00"``, a list of such ranges, or ``closed`` -> a sorted tuple of ranges."""
    if value is None or (isinstance(value, str) and value.strip().lower() == "closed"):
        return ()
    items = [value] if isinstance(value, str | int) else value
    if not isinstance(items, list | tuple):
        raise ValueError("write the opening hours as `HH:MM-HH:MM` or a list of such ranges")
    ranges: list[TimeRange] = []
    for item in items:
        if isinstance(item, TimeRange):
            ranges.append(item)
            continue
        match = _RANGE.match(item.strip()) if isinstance(item, str) else None
        if match is None:
            raise ValueError(f"`{item}` is not a time range: write `HH:MM-HH:MM` in quotes, "
                             "e.g. \"09:00-18:00\"")
        start = _parse_time(f"{match[1]}:{match[2]}", item)
        end = _parse_time(f"{match[3]}:{match[4]}", item)
        if start >= end:
            raise ValueError(f"`{item}` must end after it starts (a range cannot cross "
                             "midnight: split it over two days)")
        ranges.append(TimeRange(start=start, end=end))
    ranges.sort(key=lambda r: r.start)
    for before, after in zip(ranges, ranges[1:], strict=False):
        if after.start < before.end:
            raise ValueError(f"the ranges `{before}` and `{after}` overlap")
    return tuple(ranges)


DayHours = Annotated[tuple[TimeRange, ...], BeforeValidator(_parse_ranges)]


class WeeklyHours(SpecModel):
    """Opening ranges per weekday; a day left out (or ``closed``) is closed."""

    mon: DayHours = ()
    tue: DayHours = ()
    wed: DayHours = ()
    thu: DayHours = ()
    fri: DayHours = ()
    sat: DayHours = ()
    sun: DayHours = ()

    def on(self, weekday: int) -> tuple[TimeRange, ...]:
        """The ranges of `weekday`, numbered like `datetime.weekday` (Monday is 0)."""
        days = (self.mon, self.tue, self.wed, self.thu, self.fri, self.sat, self.sun)
        return days[weekday]


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        zones = available_timezones()
        same_city = sorted(z for z in zones if z.rsplit("/", 1)[-1].lower() == value.lower())
        close = same_city or difflib.get_close_matches(value, sorted(zones), n=1)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        raise ValueError(f"unknown time zone `{value}`: use an IANA name such as "
                         f"`Europe/Paris`{hint}") from None
    return value


class BusinessHours(SpecModel):
    """When a person can take over a conversation live."""

    timezone: Annotated[str, StringConstraints(strip_whitespace=True),
                        AfterValidator(_check_timezone)]
    days: WeeklyHours

    @field_validator("days")
    @classmethod
    def _some_day_open(cls, value: WeeklyHours) -> WeeklyHours:
        if not any(value.on(day) for day in range(7)):
            raise ValueError("no opening hours: add at least one day, e.g. `mon: \"09:00-18:00\"`")
        return value

    @property
    def zone(self) -> ZoneInfo:
        """The time zone the hours are written in."""
        return ZoneInfo(self.timezone)

    def is_open(self, moment: datetime) -> bool:
        """Whether a person is available at `moment` (which must carry its time zone)."""
        if moment.tzinfo is None:
            raise ValueError("is_open needs a timezone-aware datetime")
        local = moment.astimezone(self.zone)
        return any(r.contains(local.time()) for r in self.days.on(local.weekday()))
