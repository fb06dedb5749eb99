#!/usr/bin/env python3
"""Builds the data-derived lexicons of Rules/lexicons from ../shared/data (may-ship data only).

Curated by hand (not generated, edit them directly): titles, document types, organisation heads,
departments, abbreviations, family names, companies — see Rules/lexicons/README.md.

Generated here:
  provinces.txt   provinces and centrally-governed cities, 63-province structure (admin-units
                  vn-units-2025.json, MIT) and the 34-province structure of 1 July 2025
                  (open-admin-data, CC BY 4.0), names without "Tỉnh"/"Thành phố"
  districts.txt   district-level names (63-province structure), without "Quận/Huyện/Thị xã/Thành phố"
  wards.txt       commune-level names (63-province structure + the 2025 Cao Bằng sample),
                  without "Xã/Phường/Thị trấn"; numbered wards ("Phường 1") are left out
  countries.txt   country names (RDRsegmenter lexicons, Apache-2.0), capitalised ("và", "thuộc"
                  stay lower case; "Quần đảo Cook" and "Quần Đảo Cook" both), without names that
                  are mostly common words ("Áo")

Usage: python3 Scripts/build-rule-lexicons.py [SHARED_DATA_DIR]   (default ../shared/data)
"""
import csv, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
    "VIETNLP_SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))
OUT = os.path.join(ROOT, "Rules", "lexicons")

AMBIGUOUS_COUNTRIES = {"Áo"}

LEVEL_PREFIXES = ["Thành phố ", "Tỉnh ", "Quận ", "Huyện ", "Thị xã ", "Thị trấn ", "Xã ", "Phường "]


def strip_level(full_name):
    for prefix in LEVEL_PREFIXES:
        if full_name.startswith(prefix):
            return full_name[len(prefix):].strip()
    return full_name.strip()


# Words a country's name keeps in lower case after its first: "Bosnia và Herzegovina", "Samoa thuộc Mỹ".
LOWER_CASE_WORDS = {"và", "thuộc"}

# Abbreviations the source lists in lower case: "CHDCND Triều Tiên", "CHDC Congo", "UAE".
ABBREVIATIONS = {"chdcnd", "chdc", "uae"}

# Common nouns that begin a name and are written both ways: "Quần đảo Cook" and "Quần Đảo Cook",
# "Cộng hoà Séc" and "Cộng Hoà Séc".
LEADING_COMMON_NOUNS = ["quần đảo", "cộng hoà", "liên bang", "vương quốc"]


def capitalise(name):
    """The name with each word capitalised, but for abbreviations (upper case) and the connecting
    words of LOWER_CASE_WORDS after the first word (kept lower case)."""
    words = []
    for index, word in enumerate(name.split(" ")):
        if word in ABBREVIATIONS:
            words.append(word.upper())
        elif index > 0 and word in LOWER_CASE_WORDS:
            words.append(word)
        else:
            words.append(word[:1].upper() + word[1:])
    return " ".join(words)


def country_forms(name):
    """The ways a country's name is written: capitalised (capitalise), with a leading common noun's
    second word in lower case too ("Quần đảo Cook"), and with the parts after a hyphen capitalised
    too when they are longer than a syllable ("Timor-Leste", "Guinea-Bissau"; "Li-băng", "Ai-len"
    transcribe syllables and stay)."""
    forms = [capitalise(name)]
    for noun in LEADING_COMMON_NOUNS:
        if name.startswith(noun + " "):
            forms.append(noun[:1].upper() + noun[1:] + " " + capitalise(name[len(noun) + 1:]))
    for form in list(forms):
        words = form.split(" ")
        hyphenated = [w for w in words if "-" in w]
        if hyphenated and all(len(part) > 4 for w in hyphenated for part in w.split("-")[1:]):
            forms.append(" ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words))
    return forms


def write(name, header, entries):
    entries = sorted(set(e for e in entries if e and e[0].isalpha()), key=lambda s: (s.lower(), s))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for line in header.strip().splitlines():
            f.write("# " + line + "\n")
        for entry in entries:
            f.write(entry + "\n")
    print(f"{name}: {len(entries)} entries")


def main():
    with open(os.path.join(DATA, "admin-units", "vn-units-2025.json"), encoding="utf-8") as f:
        units = json.load(f)
    provinces, districts, wards = [], [], []
    for province in units:
        provinces.append(strip_level(province["FullName"]))
        for district in province.get("District") or []:
            districts.append(strip_level(district["FullName"]))
            for ward in district.get("Ward") or []:
                wards.append(strip_level(ward["FullName"]))
    post2025 = os.path.join(DATA, "admin-units", "post-2025-ccby4")
    with open(os.path.join(post2025, "all-flat.provinces.csv"), encoding="utf-8") as f:
        provinces += [row["name.local"] for row in csv.DictReader(f)]
    with open(os.path.join(post2025, "ward.cao-bang-04.csv"), encoding="utf-8") as f:
        wards += [row["name.local"] for row in csv.DictReader(f)]
    # "Bà Rịa - Vũng Tàu" is also written with an en dash or without spaces around the hyphen.
    provinces += [p.replace(" - ", " – ") for p in provinces if " - " in p]
    countries = []
    for file in ["rdr-country-l-name.txt", "rdr-country-s-name.txt"]:
        with open(os.path.join(DATA, "lexicons", file), encoding="utf-8") as f:
            countries += [form for line in f if line.strip() for form in country_forms(line.strip())]
    # "Áo" (Austria) is far more often "áo" (a garment) starting a sentence: "Áo thiết kế eo".
    countries = [c for c in countries if c not in AMBIGUOUS_COUNTRIES]
    source = "generated by Scripts/build-rule-lexicons.py; do not edit by hand"
    write("provinces.txt", f"""Provinces and centrally-governed cities of Vietnam, both the 63-province structure and the
34-province structure in force from 1 July 2025, without the level word.
Sources: admin-units/vn-units-2025.json (MIT, Thang Le Quoc) and open-admin-data/
vietnam-administrative-divisions (CC BY 4.0). {source}""", provinces)
    write("districts.txt", f"""District-level units (quận, huyện, thị xã, thành phố thuộc tỉnh) of the 63-province structure,
without the level word. Source: admin-units/vn-units-2025.json (MIT). {source}""", districts)
    write("wards.txt", f"""Commune-level units (xã, phường, thị trấn) of the 63-province structure and of Cao Bằng in the
2025 structure, without the level word; numbered wards are left out.
Sources: admin-units/vn-units-2025.json (MIT), open-admin-data (CC BY 4.0). {source}""", wards)
    write("countries.txt", f"""Country names in Vietnamese. Source: RDRsegmenter lexicons (Apache-2.0). {source}""", countries)


if __name__ == "__main__":
    main()
