"""Expands .ics files with python3-recurring-ical-events, the reference for the import tests.

usage: expand-ics-reference.py ZONE FROM_UTC TO_UTC FILE...
Prints one JSON object: file name -> sorted list of [uid, start, end, all_day] of the instances
that overlap [FROM_UTC, TO_UTC). Timed instants are UTC ("2026-10-26T23:00:00Z"); all-day
instances are dates ("2026-10-27"). Floating times are read in ZONE, with fold=0 (the first of
an ambiguous time; a time in a gap takes the offset before the gap), as RFC 5545 reads them.
Cancelled instances (STATUS:CANCELLED) are left out, as the planner leaves them out.
"""
import datetime
import json
import sys
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

UTC = datetime.timezone.utc


def instant(value, zone):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=zone, fold=0)
        return value.astimezone(UTC)
    return datetime.datetime(value.year, value.month, value.day, tzinfo=zone).astimezone(UTC)


def main():
    zone = ZoneInfo(sys.argv[1])
    start = datetime.datetime.fromisoformat(sys.argv[2].replace("Z", "+00:00"))
    stop = datetime.datetime.fromisoformat(sys.argv[3].replace("Z", "+00:00"))
    out = {}
    for path in sys.argv[4:]:
        with open(path, "rb") as f:
            calendar = icalendar.Calendar.from_ical(f.read())
        # A wide window of days, then the exact instants: the library's own span test mixes
        # naive and aware times.
        wide_start = (start - datetime.timedelta(days=3)).date()
        wide_stop = (stop + datetime.timedelta(days=3)).date()
        rows = []
        for event in recurring_ical_events.of(calendar).between(wide_start, wide_stop):
            if str(event.get("STATUS", "")).upper() == "CANCELLED":
                continue
            begin = event["DTSTART"].dt
            end = event["DTEND"].dt if "DTEND" in event else begin
            if instant(end, zone) <= start or instant(begin, zone) >= stop:
                continue
            all_day = not isinstance(begin, datetime.datetime)
            if all_day:
                rows.append([str(event["UID"]), begin.isoformat(), end.isoformat(), True])
            else:
                fmt = "%Y-%m-%dT%H:%M:%SZ"
                rows.append([str(event["UID"]), instant(begin, zone).strftime(fmt), instant(end, zone).strftime(fmt), False])
        out[path.rsplit("/", 1)[-1]] = sorted(rows)
    print(json.dumps(out, indent=1, sort_keys=True))


main()
