#!/usr/bin/env bash
# scripts/tools.sh — install the test tools idempotently; a no-op (well under a second)
# when they are already present, so every test script can call it unconditionally.
#
# Usage: scripts/tools.sh chromium|node|schemathesis|all
#   chromium      apt-installs /usr/bin/chromium if missing (needs root); prints its path
#   node          npm ci in tests/browser (playwright-core + axe-core); prints that dir
#   schemathesis  venv at ${STEP_CACHE:-$HOME/.cache/step}/venv; prints the executable path
#   smtp          aiosmtpd (a real SMTP server for the e-mail tests) and icalendar (a real parser for
#                 the admission talk's calendar file) in the same venv; prints its python
#   deploy        helm-python-sdk (Helm's Go SDK as a library: lint + render without a cluster),
#                 kubernetes-validate and PyYAML in the same venv; prints its python
#   s3            s3s-fs (a real S3-compatible server for the document tests), built once with cargo
#                 into ${STEP_CACHE:-$HOME/.cache/step}/s3s-fs; prints the binary
#   all           all of them, one path per line in the order above
#
# stdout carries only the printed paths; progress goes to stderr.
set -euo pipefail

# Repo root from the script's location, so it works from any cwd.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Pinned so every run tests with the same tool; bump deliberately.
SCHEMATHESIS_VERSION="4.32.5"
AIOSMTPD_VERSION="1.4.6"
# A real iCalendar parser for the admission talk's calendar file (issue 21).
ICALENDAR_VERSION="6.3.1"

log() { printf 'tools.sh: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

install_chromium() {
  local bin=/usr/bin/chromium
  if [[ ! -x "$bin" ]]; then
    [[ "$(id -u)" -eq 0 ]] || die "$bin is missing and installing it needs root (apt-get install chromium)"
    log "installing chromium with apt-get (one-off, takes a minute)"
    # noninteractive: no debconf prompts in CI. --no-install-recommends keeps the
    # install small (no fonts/extras that the headless tests do not need).
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends chromium >&2
    [[ -x "$bin" ]] || die "apt-get finished but $bin is still missing"
  fi
  printf '%s\n' "$bin"
}

# pdftotext (Debian's poppler-utils): a real PDF reader's text extraction, for the test that a
# contract's cover letter in Arabic, Russian or Turkish can be read out of the PDF (issue 18).
install_pdftotext() {
  local bin=/usr/bin/pdftotext
  if [[ ! -x "$bin" ]]; then
    [[ "$(id -u)" -eq 0 ]] || die "$bin is missing and installing it needs root (apt-get install poppler-utils)"
    log "installing poppler-utils with apt-get (one-off)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends poppler-utils >&2 || { apt-get update >&2 && apt-get install -y --no-install-recommends poppler-utils >&2; }
    [[ -x "$bin" ]] || die "apt-get finished but $bin is still missing"
  fi
  printf '%s\n' "$bin"
}

install_node() {
  local dir="$REPO/tests/browser"
  command -v npm >/dev/null 2>&1 || die "npm not found (apt-get install nodejs npm)"
  [[ -f "$dir/package.json" ]] || die "$dir/package.json is missing"
  # npm ci always wipes node_modules, so skip it when npm's own record of the installed
  # tree (node_modules/.package-lock.json) is newer than the manifest and lockfile.
  local stamp="$dir/node_modules/.package-lock.json"
  if [[ -f "$stamp" && "$stamp" -nt "$dir/package.json" &&
    (! -f "$dir/package-lock.json" || "$stamp" -nt "$dir/package-lock.json") ]]; then
    log "tests/browser/node_modules is up to date"
  else
    # Browsers come from apt (/usr/bin/chromium); playwright-core never downloads them,
    # the variable just guards against a future switch to the full `playwright` package.
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    if [[ -f "$dir/package-lock.json" ]]; then
      log "npm ci in tests/browser"
      (cd "$dir" && npm ci --no-audit --no-fund >&2)
    else
      log "npm install in tests/browser (no lockfile yet)"
      (cd "$dir" && npm install --no-audit --no-fund >&2)
    fi
  fi
  printf '%s\n' "$dir"
}

# Schemathesis 4.32.5 CLI, verified against a live local OpenAPI 3.1 server:
#
#   cd "$(mktemp -d)"   # it writes .schemathesis/ (crash cache) and .hypothesis/ into the
#                       # cwd, and picks up any schemathesis.toml in the cwd or its parents
#   "$ST" run http://127.0.0.1:PORT/api/v1/openapi.json \
#     --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
#     --max-examples 50 \
#     --request-timeout 5 \
#     --phases examples,coverage,fuzzing \
#     --wait-for-schema 30 --seed 1 --no-color
#
#   * LOCATION is positional; the base URL is taken from the schema's `servers` entry
#     (e.g. "/api/v1" -> http://127.0.0.1:PORT/api/v1); override with --url.
#   * --checks names above are the exact 4.x names (`-c`); also available:
#     response_headers_conformance, negative_data_rejection, unsupported_method, all ...
#   * --max-examples (`-n`) is per API operation.
#   * --request-timeout is in SECONDS (float) in 4.x (3.x used milliseconds).
#   * --phases: examples,coverage,fuzzing,stateful; omitting `stateful` = schema-only
#     generation, no link-following stateful phase (summary shows "Stateful (disabled)").
#   * --mode positive|negative|all (default all): negative cases expect a documented 4xx,
#     so with status_code_conformance every operation must document its 400/422.
#   * The coverage phase also sends undocumented methods (TRACE, QUERY, ...) to each path;
#     not_a_server_error fails if those get a 5xx (axum's default 405 passes).
#   * Exit code: 0 = no failures; 1 = check failures or per-request errors (incl. a
#     --request-timeout expiry: "Read timed out after 1.0 seconds"); 2 = could not run
#     (schema unreachable/invalid, bad CLI option, or nothing tested); 130 = Ctrl-C.
install_schemathesis() {
  local venv="${STEP_CACHE:-$HOME/.cache/step}/venv"
  local exe="$venv/bin/schemathesis"
  # The venv lives outside the repo so `git clean` and fresh worktrees do not force a
  # reinstall; it is reused as long as it has the pinned version.
  if [[ -x "$exe" ]] && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('schemathesis') != '$SCHEMATHESIS_VERSION')" 2>/dev/null; then
    log "schemathesis $SCHEMATHESIS_VERSION already in $venv"
  else
    command -v python3 >/dev/null 2>&1 || die "python3 not found"
    if [[ ! -x "$venv/bin/python" ]]; then
      log "creating venv $venv"
      mkdir -p "$(dirname "$venv")"
      python3 -m venv "$venv" >&2
    fi
    log "pip installing schemathesis==$SCHEMATHESIS_VERSION into $venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION" >&2
    [[ -x "$exe" ]] || die "pip finished but $exe is missing"
  fi
  printf '%s\n' "$exe"
}

install_smtp() {
  local venv="${STEP_CACHE:-$HOME/.cache/step}/venv"
  if [[ -x "$venv/bin/python" ]] && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('aiosmtpd') != '$AIOSMTPD_VERSION' or m.version('icalendar') != '$ICALENDAR_VERSION')" 2>/dev/null; then
    log "aiosmtpd $AIOSMTPD_VERSION and icalendar $ICALENDAR_VERSION already in $venv"
  else
    command -v python3 >/dev/null 2>&1 || die "python3 not found"
    [[ -x "$venv/bin/python" ]] || { mkdir -p "$(dirname "$venv")"; python3 -m venv "$venv" >&2; }
    log "pip installing aiosmtpd==$AIOSMTPD_VERSION and icalendar==$ICALENDAR_VERSION into $venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "aiosmtpd==$AIOSMTPD_VERSION" \
      "icalendar==$ICALENDAR_VERSION" >&2
  fi
  printf '%s
' "$venv/bin/python"
}

# s3s-fs 0.14.1 is the last release that builds with this toolchain (0.15+ need a newer
# rustc); without --features binary cargo installs nothing. ~2-3 min once, then cached
# outside the clone so CI does not rebuild it.
S3S_FS_VERSION="0.14.1"
install_s3() {
  local root="${STEP_CACHE:-$HOME/.cache/step}/s3s-fs"
  local exe="$root/bin/s3s-fs"
  if [[ -x "$exe" && -f "$root/.version-$S3S_FS_VERSION" ]]; then
    log "s3s-fs $S3S_FS_VERSION already in $root"
  else
    command -v cargo >/dev/null 2>&1 || die "cargo not found"
    log "cargo install s3s-fs@$S3S_FS_VERSION (one-off, takes 2-3 minutes)"
    # Its own target dir: never shares a lock with the workspace build.
    CARGO_TARGET_DIR="$root/target" cargo install "s3s-fs@$S3S_FS_VERSION" --locked \
      --features binary --root "$root" >&2
    rm -rf "$root/target"
    touch "$root/.version-$S3S_FS_VERSION"
    [[ -x "$exe" ]] || die "cargo install finished but $exe is missing"
  fi
  printf '%s\n' "$exe"
}

HELM_SDK_VERSION="0.2.2"
KUBE_VALIDATE_VERSION="1.37.0"
PYYAML_VERSION="6.0.2"
install_deploy() {
  local venv="${STEP_CACHE:-$HOME/.cache/step}/venv"
  if [[ -x "$venv/bin/python" ]] && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('helm-python-sdk') != '$HELM_SDK_VERSION' or m.version('kubernetes-validate') != '$KUBE_VALIDATE_VERSION')" 2>/dev/null; then
    log "helm-python-sdk $HELM_SDK_VERSION and kubernetes-validate $KUBE_VALIDATE_VERSION already in $venv"
  else
    command -v python3 >/dev/null 2>&1 || die "python3 not found"
    [[ -x "$venv/bin/python" ]] || { mkdir -p "$(dirname "$venv")"; python3 -m venv "$venv" >&2; }
    log "pip installing helm-python-sdk, kubernetes-validate, PyYAML into $venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "helm-python-sdk==$HELM_SDK_VERSION" \
      "kubernetes-validate==$KUBE_VALIDATE_VERSION" "PyYAML==$PYYAML_VERSION" >&2
  fi
  printf '%s\n' "$venv/bin/python"
}

case "${1:-}" in
  smtp) install_smtp ;;
  deploy) install_deploy ;;
  s3) install_s3 ;;
  chromium) install_chromium ;;
  pdftotext) install_pdftotext ;;
  node) install_node ;;
  schemathesis) install_schemathesis ;;
  all)
    install_chromium
    install_pdftotext
    install_node
    install_schemathesis
    install_smtp
    install_s3
    install_deploy
    ;;
  *)
    printf 'usage: %s chromium|pdftotext|node|schemathesis|smtp|s3|deploy|all\n' "$0" >&2
    exit 2
    ;;
esac
