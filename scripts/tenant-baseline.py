#!/usr/bin/env python3
"""Writes migrations/tenant/baseline.sql: the tenant schema as migrations 0001..N leave it, in one
script of plain CREATE statements (issue 22). New schemas run it instead of replaying every
migration; at 3,600 schemas, the old migrations' `alter table ... add column ... not null default`
and `add constraint ... check` cost 40-68 ms each, a CREATE TABLE with the column costs nothing more.

    python3 scripts/tenant-baseline.py DUMP 19 --rows scripts/tenant-baseline-rows.sql > migrations/tenant/baseline.sql

DUMP is `pg_dump --no-owner --no-privileges -n SCHEMA` of a schema made by the migration files alone,
each run in order in one transaction under `set local search_path = SCHEMA` (`step_work` made first
from migrations/work). tests/api/migrations.rs fails when the baseline differs from them. The
script folds each table's primary key, unique and foreign keys and serial columns into its CREATE
TABLE, orders the tables so each follows the tables it references, and keeps the functions, indexes,
triggers, comments and the rows the migrations insert (`--rows FILE`: the script refuses a dump with rows, whose statements it cannot know; make the
probe schema without them, or empty its tables, before dumping).
"""

import re
import sys


def statements(dump):
    """The dump's statements, without comments, SET lines and psql meta-commands."""
    body, data = [], False
    for line in dump.splitlines():
        if data:
            data = line != "\\."
            if data:
                sys.exit("the dump has rows (COPY data): put the statements that make them in --rows")
            continue
        if line.startswith("COPY "):
            data = True
            continue
        if line.startswith(("--", "\\", "SET ")) or line.startswith("SELECT pg_catalog.set"):
            continue
        body.append(line)
    text = "\n".join(body)
    # Split on semicolons at the end of a line outside dollar-quoted bodies.
    out, current, quoted = [], [], False
    for line in text.split("\n"):
        current.append(line)
        if line.count("$$") % 2 == 1:
            quoted = not quoted
        if not quoted and line.rstrip().endswith(";"):
            stmt = "\n".join(current).strip()
            if stmt:
                out.append(stmt)
            current = []
    return out


def main():
    args = sys.argv[1:]
    rows = ""
    if "--rows" in args:
        i = args.index("--rows")
        rows = open(args[i + 1], encoding="utf-8").read().strip()
        del args[i : i + 2]
    if len(args) != 2:
        sys.exit("usage: tenant-baseline.py DUMP LAST_VERSION [--rows FILE]")
    dump, last = open(args[0], encoding="utf-8").read(), int(args[1])
    schema = re.search(r"^CREATE SCHEMA (\w+);", dump, re.M).group(1)
    def unq(stmt):
        stmt = stmt.replace(schema + ".", "").replace(f"SET search_path TO '{schema}'", "SET search_path FROM CURRENT")
        # `x between a and b and y` is stored as a nested AND, which the dump prints in parentheses
        # that a new parse would flatten: written as BETWEEN again, it is stored the same.
        return re.sub(r"\(\(\((\w+\(\w+\)) >= (\d+)\) AND \(\1 <= (\d+)\)\) AND", r"((\1 BETWEEN \2 AND \3) AND", stmt)

    tables, order, sequences, defaults, constraints, rest, functions = {}, [], {}, {}, {}, [], []
    for stmt in map(unq, statements(dump)):
        if stmt.startswith("CREATE SCHEMA"):
            continue
        m = re.match(r"CREATE TABLE (\w+) \(\n(.*)\n\);$", stmt, re.S)
        if m:
            tables[m.group(1)] = m.group(2).split(",\n")
            order.append(m.group(1))
            continue
        m = re.match(r"CREATE SEQUENCE (\w+)\n    (?:AS (\w+)\n)?", stmt)
        if m:
            sequences[m.group(1)] = m.group(2) or "bigint"
            continue
        if re.match(r"ALTER SEQUENCE \w+ OWNED BY", stmt):
            continue
        m = re.match(r"ALTER TABLE ONLY (\w+) ALTER COLUMN (\w+) SET DEFAULT nextval\('(\w+)'::regclass\);", stmt)
        if m:
            defaults[(m.group(1), m.group(2))] = m.group(3)
            continue
        m = re.match(r"ALTER TABLE ONLY (\w+)\s+ADD (CONSTRAINT .*);$", stmt, re.S)
        if m:
            constraints.setdefault(m.group(1), []).append(m.group(2))
            continue
        (functions if stmt.startswith("CREATE FUNCTION") else rest).append(stmt)
    out = [
        f"-- The tenant schema as migrations 0001-{last:04} leave it (BASELINE.through = {last}), for new schemas (issue 22).",
        "-- Written by scripts/tenant-baseline.py from a schema the migrations made; tests/api/migrations.rs",
        "-- compares the two. Do not edit by hand: add a migration, and regenerate this file (raising",
        "-- BASELINE.through in services/store/src/platform/migrate.rs) when the migrations after it grow many.",
    ]
    done = set()

    def references(table):
        return {r for c in constraints.get(table, []) for r in re.findall(r"REFERENCES (\w+)\(", c) if r != table}

    while len(done) < len(order):
        ready = [t for t in order if t not in done and references(t) <= done]
        if not ready:
            sys.exit("tables reference each other in a cycle: " + ", ".join(t for t in order if t not in done))
        for t in ready:
            cols = []
            for col in tables[t]:
                name = col.split()[0]
                seq = defaults.get((t, name))
                if seq:
                    assert seq == f"{t}_{name}_seq", seq
                    kind = {"bigint": "bigserial", "integer": "serial", "smallint": "smallserial"}[sequences[seq]]
                    col = f"    {name} {kind} NOT NULL"
                cols.append(col)
            cols += ["    " + " ".join(c.split()) for c in constraints.get(t, [])]
            out.append(f"CREATE TABLE {t} (\n" + ",\n".join(cols) + "\n);\n")
            done.add(t)
    # Functions after the tables: PL/pgSQL checks a body's `table%rowtype` when it is created.
    out += [s + "\n" for s in functions + rest]
    if rows:
        out.append(rows + "\n")
    print("\n".join(out).rstrip())


if __name__ == "__main__":
    main()
