#!/usr/bin/env bash
# scripts/pg.sh — make sure a PostgreSQL server is reachable and print its base URL.
#
# Usage (executed):
#   scripts/pg.sh ensure                              # prints e.g. postgres://postgres@127.0.0.1:5432
#   scripts/pg.sh ensure --port 55433 --dir .data/pg2 # always a project-local cluster
#   scripts/pg.sh stop [--dir .data/pg2]              # stops a project-local cluster (never the machine's)
#
# Usage (sourced):
#   . scripts/pg.sh
#   pg_ensure            # prints the URL and exports STEP_PG_URL (default mode only)
#   pg_ensure --port 55433 --dir .data/pg2   # prints the URL, exports nothing
#   pg_stop [--dir .data/pg2]
#
# The URL never contains a database name: tests append their own (one database per test run).
#
# Resolution order for `ensure` without --port/--dir:
#   1. $STEP_PG_URL if set (checked with pg_isready, not modified).
#   2. A server on 127.0.0.1:5432 that lets user `postgres` in without a password
#      (skipped when STEP_PG_FORCE_LOCAL=1, which is how "no machine server" is simulated).
#   3. A project-local cluster in $REPO/.data/pg on port 55432, created on first use.
#
# stdout carries only the URL so callers can do `url=$(scripts/pg.sh ensure)`; every
# diagnostic goes to stderr and server output goes to $REPO/.data/<dir>.log.

# Resolve the repo root from this file's location so the script works from any cwd and
# when sourced from another script.
_PG_SH_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_pg_log() { printf 'pg.sh: %s\n' "$*" >&2; }
_pg_die() {
  _pg_log "error: $*"
  exit 1
}

# True when something accepts TCP connections on 127.0.0.1:$1. Uses bash's /dev/tcp so a
# non-PostgreSQL listener is detected too (pg_isready alone would only say "no response").
_pg_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Run a PostgreSQL server binary. initdb, postgres and pg_ctl refuse to run as root, so
# as root we drop to the `postgres` OS user. `cd /` avoids "could not change directory"
# warnings when the caller's cwd (e.g. /root) is not readable by that user.
_pg_as_owner() {
  if [[ "$(id -u)" -ne 0 ]]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    local cmd
    printf -v cmd '%q ' "$@"
    (cd / && su postgres -s /bin/sh -c "$cmd")
  fi
}

# Pick the bin dir: the version that created the data dir if it exists (a newer major
# cannot start an older cluster), otherwise the highest installed version.
_pg_bindir() {
  local datadir="$1" v best="" d
  if [[ -f "$datadir/PG_VERSION" ]]; then
    v="$(<"$datadir/PG_VERSION")"
    [[ -x "/usr/lib/postgresql/$v/bin/postgres" ]] ||
      _pg_die "$datadir was created by PostgreSQL $v but /usr/lib/postgresql/$v/bin is missing; delete $datadir to recreate it"
    printf '%s\n' "/usr/lib/postgresql/$v/bin"
    return 0
  fi
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/initdb" ]] || continue
    v="$(basename "$(dirname "$d")")"
    if [[ -z "$best" ]] || [[ "$(printf '%s\n%s\n' "$best" "$v" | sort -V | tail -n1)" == "$v" ]]; then
      best="$v"
    fi
  done
  [[ -n "$best" ]] || _pg_die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
  printf '%s\n' "/usr/lib/postgresql/$best/bin"
}

# Parse --port/--dir into the globals _pg_port/_pg_dir/_pg_explicit.
_pg_parse_args() {
  _pg_port=55432
  _pg_dir=".data/pg"
  _pg_explicit=0
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port)
        [[ $# -ge 2 ]] || _pg_die "--port needs a value"
        _pg_port="$2"
        _pg_explicit=1
        shift 2
        ;;
      --dir)
        [[ $# -ge 2 ]] || _pg_die "--dir needs a value"
        _pg_dir="$2"
        _pg_explicit=1
        shift 2
        ;;
      *) _pg_die "unknown argument: $1" ;;
    esac
  done
  [[ "$_pg_port" =~ ^[0-9]+$ ]] || _pg_die "--port must be a number, got '$_pg_port'"
  # Relative dirs are relative to the repo, not the caller's cwd, so every caller agrees.
  [[ "$_pg_dir" == /* ]] || _pg_dir="$_PG_SH_REPO/$_pg_dir"
  _pg_dir="${_pg_dir%/}"
}

# As root the server runs as `postgres`, which must be able to reach the data dir. A clone under a
# private directory (e.g. /root, mode 700) is not reachable: the cluster then lives under
# /var/tmp/step-pg-<hash of this checkout's path>/ instead (stable, so later runs find it again).
_pg_reachable_dir() {
  [[ "$(id -u)" -eq 0 ]] && id postgres >/dev/null 2>&1 || return 0
  local parent; parent="$(dirname "$_pg_dir")"
  mkdir -p "$parent"
  runuser -u postgres -- test -x "$parent" 2>/dev/null && return 0
  local alt; alt="/var/tmp/step-pg-$(printf '%s' "$_PG_SH_REPO" | sha1sum | cut -c1-12)"
  mkdir -p "$alt"
  chmod 755 "$alt"
  _pg_log "postgres cannot reach $parent; the cluster lives in $alt/$(basename "$_pg_dir") instead"
  _pg_dir="$alt/$(basename "$_pg_dir")"
}

# Is the cluster in $1 running? Prints the port it listens on if so.
_pg_running_port() {
  local datadir="$1" bindir="$2"
  [[ -f "$datadir/postmaster.pid" ]] || return 1
  _pg_as_owner "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1 || return 1
  # Line 4 of postmaster.pid is the port.
  sed -n 4p "$datadir/postmaster.pid"
}

_pg_initdb() {
  local datadir="$1" bindir="$2" log="$3"
  _pg_log "initialising project-local cluster in $datadir (log: $log)"
  # A half-created dir (no PG_VERSION) is left over from an interrupted initdb: redo it.
  rm -rf "$datadir"
  mkdir -p "$datadir"
  chmod 700 "$datadir"
  [[ "$(id -u)" -ne 0 ]] || chown postgres:postgres "$datadir"
  # --auth=trust: the cluster listens on 127.0.0.1 only and holds throwaway test data.
  # Prefer C.UTF-8 (UTF-8 ctype, byte-order collation = reproducible sorting); fall back
  # to plain C on systems without that locale.
  if ! _pg_as_owner "$bindir/initdb" -D "$datadir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >>"$log" 2>&1; then
    _pg_log "initdb with --locale=C.UTF-8 failed, retrying with --locale=C"
    rm -rf "$datadir"
    mkdir -p "$datadir"
    chmod 700 "$datadir"
    [[ "$(id -u)" -ne 0 ]] || chown postgres:postgres "$datadir"
    _pg_as_owner "$bindir/initdb" -D "$datadir" -U postgres --auth=trust -E UTF8 --locale=C >>"$log" 2>&1 ||
      _pg_die "initdb failed, see $log"
  fi
}

# Start (or reuse) the project-local cluster described by _pg_port/_pg_dir; prints URL.
_pg_ensure_local() {
  _pg_reachable_dir
  local datadir="$_pg_dir" port="$_pg_port" log="$_pg_dir.log" bindir running
  mkdir -p "$(dirname "$datadir")"

  # Serialise concurrent callers (parallel test jobs) so only one runs initdb/start.
  local lock="$datadir.lock"
  exec 9>"$lock"
  flock -w 120 9 || _pg_die "timed out waiting for $lock"

  if [[ "$(id -u)" -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || _pg_die "running as root but there is no 'postgres' OS user to run the server as"
    # The server runs as postgres and must be able to reach its data dir.
    runuser -u postgres -- test -x "$(dirname "$datadir")" ||
      _pg_die "user postgres cannot traverse $(dirname "$datadir"); fix permissions of its parent directories"
  fi

  bindir="$(_pg_bindir "$datadir")"

  if running="$(_pg_running_port "$datadir" "$bindir")"; then
    [[ "$running" == "$port" ]] ||
      _pg_die "cluster $datadir is already running on port $running, not $port; run: scripts/pg.sh stop --dir $datadir"
    _pg_log "reusing running cluster $datadir on port $port"
  else
    # Our cluster is down, so anything on the port belongs to someone else.
    if _pg_port_open "$port"; then
      _pg_die "port $port on 127.0.0.1 is in use by a server that is not the project cluster in $datadir; stop it or use --port"
    fi
    [[ -f "$datadir/PG_VERSION" ]] || _pg_initdb "$datadir" "$bindir" "$log"
    bindir="$(_pg_bindir "$datadir")"
    touch "$log"
    [[ "$(id -u)" -ne 0 ]] || chown postgres:postgres "$log"
    # Unix sockets have a ~107 byte path limit; the socket lives in the data dir so that
    # it never clashes with /var/run/postgresql of a system server.
    local sock="$datadir/.s.PGSQL.$port"
    [[ ${#sock} -lt 100 ]] || _pg_die "socket path $sock is too long for a Unix socket; use a shorter --dir"
    # max_connections=200: tests run several connection pools in parallel.
    # `9>&-`: the postmaster must not inherit the lock fd, or it would hold the lock forever.
    _pg_log "starting cluster $datadir on 127.0.0.1:$port"
    _pg_as_owner "$bindir/pg_ctl" -D "$datadir" \
      -o "-p $port -k $datadir -c listen_addresses=127.0.0.1 -c max_connections=200" \
      -l "$log" -w -t 60 start >&2 9>&- ||
      _pg_die "pg_ctl start failed; last lines of $log:
$(tail -n 20 "$log" 2>/dev/null)"
  fi

  "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 ||
    _pg_die "cluster $datadir does not accept connections on 127.0.0.1:$port (see $log)"
  printf 'postgres://postgres@127.0.0.1:%s\n' "$port"
}

_pg_cmd_ensure() {
  _pg_parse_args "$@"
  if [[ "$_pg_explicit" -eq 0 ]]; then
    if [[ -n "${STEP_PG_URL:-}" ]]; then
      pg_isready -q -d "$STEP_PG_URL" -t 10 ||
        _pg_die "STEP_PG_URL=$STEP_PG_URL does not accept connections"
      printf '%s\n' "$STEP_PG_URL"
      return 0
    fi
    # Reuse the machine's server only if user postgres can log in without a password;
    # `-w` makes psql fail instead of prompting, PGCONNECT_TIMEOUT bounds a hung server.
    if [[ "${STEP_PG_FORCE_LOCAL:-0}" != 1 ]] &&
      pg_isready -q -h 127.0.0.1 -p 5432 -t 3 &&
      [[ "$(PGCONNECT_TIMEOUT=5 psql -w -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atc 'select 1' 2>/dev/null)" == 1 ]]; then
      printf '%s\n' "postgres://postgres@127.0.0.1:5432"
      return 0
    fi
  fi
  _pg_ensure_local
}

_pg_cmd_stop() {
  _pg_parse_args "$@"
  _pg_reachable_dir
  local datadir="$_pg_dir" bindir
  if [[ ! -f "$datadir/PG_VERSION" ]]; then
    _pg_log "no project-local cluster in $datadir; nothing to stop"
    return 0
  fi
  bindir="$(_pg_bindir "$datadir")"
  if _pg_running_port "$datadir" "$bindir" >/dev/null; then
    # fast = roll back open transactions and disconnect clients; fine for test data.
    _pg_as_owner "$bindir/pg_ctl" -D "$datadir" -m fast -w -t 60 stop >&2
  else
    _pg_log "cluster $datadir is not running"
  fi
}

_pg_main() {
  local cmd="${1:-}"
  [[ $# -eq 0 ]] || shift
  case "$cmd" in
    ensure) _pg_cmd_ensure "$@" ;;
    stop) _pg_cmd_stop "$@" ;;
    *)
      printf 'usage: %s ensure [--port N --dir DIR] | stop [--dir DIR]\n' "$0" >&2
      exit 2
      ;;
  esac
}

# Sourced-mode API. Each call runs in a subshell with strict mode so it neither changes
# the caller's shell options nor kills the caller's shell on error (it returns non-zero).
pg_ensure() {
  local url
  url="$(
    set -euo pipefail
    _pg_main ensure "$@"
  )" || return
  printf '%s\n' "$url"
  # Only the default server becomes STEP_PG_URL; a second cluster is extra.
  [[ $# -gt 0 ]] || export STEP_PG_URL="$url"
}

pg_stop() {
  (
    set -euo pipefail
    _pg_main stop "$@"
  )
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  _pg_main "$@"
fi
