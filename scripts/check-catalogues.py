#!/usr/bin/env python3
"""Checks a family catalogue against the German source: the same message ids, the same placeables
({ $name }) per message, plural selectors only with the language's CLDR categories, balanced braces.
Usage: scripts/check-catalogues.py [lang ...]   (default: every folder under services/portal/locales)
The Rust test `catalogues_are_complete` checks the same in `./dev test`; this is the quick loop for translators."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(__file__), '..', 'services', 'portal', 'locales')
CATEGORIES = {
    'de': {'one', 'other'}, 'en': {'one', 'other'}, 'tr': {'one', 'other'},
    'ar': {'zero', 'one', 'two', 'few', 'many', 'other'},
    'ru': {'one', 'few', 'many', 'other'}, 'uk': {'one', 'few', 'many', 'other'},
    'pl': {'one', 'few', 'many', 'other'}, 'qps': {'one', 'other'},
}


def parse(path):
    msgs, key = {}, None
    for line in open(path, encoding='utf-8').read().split('\n'):
        m = re.match(r'^([a-z][a-z0-9_-]*) =(.*)$', line)
        if m:
            key = m.group(1)
            if key in msgs:
                raise SystemExit(f'{path}: {key} twice')
            msgs[key] = m.group(2)
        elif key and (line.startswith((' ', '\t')) or line.startswith('}')):
            msgs[key] += '\n' + line
        elif not line.startswith('#') and line.strip():
            raise SystemExit(f'{path}: a line that is neither message, continuation nor comment: {line!r}')
        else:
            key = None if line.startswith('#') else key
    return msgs


def placeables(text):
    return set(re.findall(r'\$([a-z_]+)', text))


def check(lang):
    source = parse(os.path.join(ROOT, 'de', 'family.ftl'))
    path = os.path.join(ROOT, lang, 'family.ftl')
    target = parse(path)
    problems = []
    for key, text in source.items():
        if key not in target:
            problems.append(f'missing: {key}')
            continue
        if placeables(text) != placeables(target[key]):
            problems.append(f'{key}: placeables {sorted(placeables(target[key]))}, German has {sorted(placeables(text))}')
        if target[key].count('{') != target[key].count('}'):
            problems.append(f'{key}: unbalanced braces')
        # A language not in the table may use every CLDR category (the Rust test checks the same).
        allowed = CATEGORIES.get(lang, {'zero', 'one', 'two', 'few', 'many', 'other'})
        for cat in re.findall(r'\*?\[([a-z]+)\]', target[key]):
            if cat not in allowed and not cat.isdigit():
                problems.append(f'{key}: [{cat}] is not a plural category of {lang}')
        if '->' in target[key] and '*[' not in target[key]:
            problems.append(f'{key}: a selector needs a default variant *[other]')
        if not target[key].strip():
            problems.append(f'{key}: empty')
    for key in target:
        if key not in source:
            problems.append(f'not in German: {key}')
    return problems


langs = sys.argv[1:] or sorted(d for d in os.listdir(ROOT) if d != 'de')
bad = False
for lang in langs:
    problems = check(lang)
    print(f'{lang}: {len(problems)} problem(s)')
    for p in problems[:60]:
        print('  ', p)
    bad |= bool(problems)
sys.exit(1 if bad else 0)
