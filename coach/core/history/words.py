"""The History texts' translation context and the labels of days, weeks and months."""

from __future__ import annotations

from datetime import date

from coach.core.i18n import QT_TRANSLATE_NOOP, Context, translate

MONTHS = (
    QT_TRANSLATE_NOOP("History", "Jan"),
    QT_TRANSLATE_NOOP("History", "Feb"),
    QT_TRANSLATE_NOOP("History", "Mar"),
    QT_TRANSLATE_NOOP("History", "Apr"),
    QT_TRANSLATE_NOOP("History", "May"),
    QT_TRANSLATE_NOOP("History", "Jun"),
    QT_TRANSLATE_NOOP("History", "Jul"),
    QT_TRANSLATE_NOOP("History", "Aug"),
    QT_TRANSLATE_NOOP("History", "Sep"),
    QT_TRANSLATE_NOOP("History", "Oct"),
    QT_TRANSLATE_NOOP("History", "Nov"),
    QT_TRANSLATE_NOOP("History", "Dec"),
)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("History", "January"), QT_TRANSLATE_NOOP("History", "February"), QT_TRANSLATE_NOOP("History", "March"), QT_TRANSLATE_NOOP("History", "April"), QT_TRANSLATE_NOOP("History", "May"), QT_TRANSLATE_NOOP("History", "June"),
    QT_TRANSLATE_NOOP("History", "July"), QT_TRANSLATE_NOOP("History", "August"), QT_TRANSLATE_NOOP("History", "September"), QT_TRANSLATE_NOOP("History", "October"), QT_TRANSLATE_NOOP("History", "November"), QT_TRANSLATE_NOOP("History", "December"),
)  # fmt: skip
WEEKDAYS = (
    QT_TRANSLATE_NOOP("History", "Mon"),
    QT_TRANSLATE_NOOP("History", "Tue"),
    QT_TRANSLATE_NOOP("History", "Wed"),
    QT_TRANSLATE_NOOP("History", "Thu"),
    QT_TRANSLATE_NOOP("History", "Fri"),
    QT_TRANSLATE_NOOP("History", "Sat"),
    QT_TRANSLATE_NOOP("History", "Sun"),
)

WEEKDAYS_SHORT = (  # for narrow charts
    QT_TRANSLATE_NOOP("History", "Mo"),
    QT_TRANSLATE_NOOP("History", "Tu"),
    QT_TRANSLATE_NOOP("History", "We"),
    QT_TRANSLATE_NOOP("History", "Th"),
    QT_TRANSLATE_NOOP("History", "Fr"),
    QT_TRANSLATE_NOOP("History", "Sa"),
    QT_TRANSLATE_NOOP("History", "Su"),
)


class History(Context):
    """The translation context of the history texts."""


def month_abbr(month: int) -> str:
    """``Jan`` for 1, in the user's language."""
    return translate("History", MONTHS[month - 1])


def weekday_abbr(day: date) -> str:
    """``Mon`` for a Monday, in the user's language."""
    return translate("History", WEEKDAYS[day.weekday()])


def weekday_short(day: date) -> str:
    """``Mo`` for a Monday, in the user's language."""
    return translate("History", WEEKDAYS_SHORT[day.weekday()])


def day_label(day: date, *, year: bool = False) -> str:
    """``Mon 5 Jan`` (``Mon 5 Jan 2026`` with ``year``), the same in every locale."""
    text = History.tr("{weekday} {day} {month}").format(
        weekday=weekday_abbr(day), day=day.day, month=month_abbr(day.month)
    )
    return History.tr("{date} {year}").format(date=text, year=day.year) if year else text


def short_date(day: date) -> str:
    """``5 Jan 2026``."""
    return History.tr("{day} {month} {year}").format(day=day.day, month=month_abbr(day.month), year=day.year)


def number(value: float) -> str:
    """``2`` for 2.0, ``2.5`` for 2.5: one decimal at most, none when it is zero."""
    return f"{value:.1f}".removesuffix(".0")
