#!/usr/bin/env python3
"""Writes the schemathesis configuration for one signed-in run of `./dev test` (issue 19.11).

The API document carries every constraint JSON Schema can say (formats, lengths, patterns,
ranges, choices, and today's date windows in the descriptions). What it cannot say is which rows
exist: a facility of this municipality, a child of this family. Those real values come from the
running portal and are bound here as dictionaries, so that schemathesis' positive data reaches
the code behind the checks; a share of cases keeps the generated values, which the server must
refuse cleanly. A run where an operation's valid data is all refused fails
(`validation_mismatch`).

Usage: config.py URL SESSION TOKEN SLUG > schemathesis.toml
"""

import datetime
import json
import re
import sys
import urllib.request


def get(url, session):
    req = urllib.request.Request(url, headers={"Cookie": f"step_session={session}"})
    with urllib.request.urlopen(req, timeout=20) as res:
        return json.load(res)


def window(description):
    days = re.findall(r"\d{4}-\d{2}-\d{2}", description or "")
    return [datetime.date.fromisoformat(d) for d in days[:2]] if len(days) >= 2 else None


def spread(first, last, n=6):
    """n days spread over the window, ends included."""
    step = max((last - first).days // (n - 1), 1)
    return sorted({(first + datetime.timedelta(days=i * step)).isoformat() for i in range(n)} | {last.isoformat()})


def toml_list(values):
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


def main():
    url, session, _token, slug = sys.argv[1:5]
    doc = get(f"{url}/api/v1/openapi.json", session)
    schemas = doc["components"]["schemas"]
    prop = lambda schema, field: schemas[schema]["properties"][field].get("description")
    dictionaries = {"slug": [slug]}
    parameters = {"path.slug": ("slug", 0.8)}

    born = window(prop("ChildBody", "birth_date"))
    expected = window(prop("ChildBody", "expected_birth_date"))
    start = window(prop("RegistrationBody", "start"))
    # Children of kindergarten age, so that a start in the next year fits most facilities.
    today = datetime.date.today()
    dictionaries["born"] = spread(max(born[0], today - datetime.timedelta(days=5 * 365)), born[1])
    dictionaries["expected"] = spread(*expected)
    dictionaries["start"] = spread(start[0], min(start[1], start[0] + datetime.timedelta(days=300)))
    parameters["body.birth_date"] = ("born", 0.8)
    parameters["body.expected_birth_date"] = ("expected", 0.8)
    parameters["body.start"] = ("start", 0.9)

    found = get(f"{url}/api/v1/tenants/{slug}/facilities?kind=kita", session)["items"]
    kitas = [f for f in found if 35 in f.get("hours_offered", []) and f["age_min_months"] <= 24 and f["age_max_months"] >= 60]
    if kitas:
        dictionaries["facility"] = [f["id"] for f in kitas]
        dictionaries["hours"] = [35]
        parameters["body.facility_id"] = ("facility", 0.9)
        parameters["body.hours"] = ("hours", 0.9)
    try:
        children = get(f"{url}/api/v1/tenants/{slug}/children", session)
    except OSError:
        children = []
    if children:
        dictionaries["child"] = [c["id"] for c in children]
        parameters["body.child_id"] = ("child", 0.9)
    # The family is taken over from this municipality into the others.
    dictionaries["from"] = [slug]
    parameters["body.from"] = ("from", 0.9)
    slugs = next(p["schema"]["enum"] for p in doc["paths"]["/api/v1/tenants/{slug}/family/copy"]["post"]["parameters"])
    dictionaries["elsewhere"] = [s for s in slugs if s != slug]
    # Brand colours with enough contrast against white (the rule is a computation, not a pattern).
    dictionaries["color"] = ["#1d4ed8", "#7a1f1f", "#0f5132", "#5b21b6", "#374151"]
    parameters["body.primary_color"] = ("color", 0.8)

    out = ['# Written by tests/schemathesis/config.py for one run; see its docstring.',
           'warnings = { fail-on = ["validation_mismatch"] }', ""]
    for name, values in dictionaries.items():
        out += [f"[dictionaries.{name}]", f"values = {toml_list(values)}", ""]
    out.append("[parameters]")
    for key, (name, p) in parameters.items():
        out.append(f'"{key}" = {{ dictionary = "{name}", probability = {p} }}')
    out += ["", "[[operations]]", 'include-operation-id = "family_copy"',
            'parameters = { "path.slug" = { dictionary = "elsewhere", probability = 0.9 } }']
    print("\n".join(out))


if __name__ == "__main__":
    main()
