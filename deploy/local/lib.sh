# shellcheck shell=bash
# Shared helpers for the Docker-free local stack (deploy/local/*.sh). Source it; don't run it.
#
# Conventions:
#   - Everything the stack downloads or writes lives under $STATE_DIR (default: <repo>/.local,
#     which is git-ignored), so `rm -rf .local` is a full reset.
#   - A pid file is written only for a process these scripts started, and `stop` only ever
#     signals that process group. Servers somebody else started are reused and left alone.

# Resolve the repository root from this file's location, so the scripts work from any cwd.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="${MERIDIAN_STATE_DIR:-$REPO_ROOT/.local}"
RUN_DIR="$STATE_DIR/run"
export REPO_ROOT STATE_DIR

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() {
  printf '[%s] ERROR: %s\n' "$(basename "$0" .sh)" "$*" >&2
  exit 1
}

# Major version of a java binary: 'openjdk version "25.0.1"' -> 25, '"1.8.0_412"' -> 8.
java_major() {
  local line version
  line="$("$1" -version 2>&1 | head -n 1)" || return 1
  version="$(sed -n 's/.*version "\([^"]*\)".*/\1/p' <<<"$line")"
  [[ -n "$version" ]] || return 1
  version="${version#1.}"
  printf '%s\n' "${version%%[.+-]*}"
}

# Print a JAVA_HOME of a JDK 21+ (Keycloak needs 21+, Meridian targets 21).
# Order: $JAVA_HOME, then `java` on PATH, then the newest JDK under /usr/lib/jvm.
meridian_java_home() {
  local candidate major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    major="$(java_major "$JAVA_HOME/bin/java")" || major=0
    if ((major >= 21)); then
      printf '%s\n' "$JAVA_HOME"
      return 0
    fi
  fi
  if command -v java >/dev/null 2>&1; then
    major="$(java_major java)" || major=0
    if ((major >= 21)); then
      # /usr/bin/java is usually a chain of symlinks into the real JDK.
      candidate="$(readlink -f "$(command -v java)")"
      printf '%s\n' "$(dirname "$(dirname "$candidate")")"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [[ -x "$candidate/bin/java" && ! -L "$candidate" ]] || continue
    major="$(java_major "$candidate/bin/java")" || continue
    if ((major >= 21 && major > best_major)); then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [[ -n "$best" ]]; then
    printf '%s\n' "$best"
    return 0
  fi
  echo "ERROR: no JDK 21+ found (checked \$JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
  echo "       Install one (e.g. Temurin 25) or point JAVA_HOME at it." >&2
  return 1
}

# Run Maven: the repo's wrapper when there is one (pinned Maven version), else the system `mvn`.
mvn_cmd() {
  if [[ -x "$REPO_ROOT/mvnw" ]]; then
    "$REPO_ROOT/mvnw" "$@"
  else
    command -v mvn >/dev/null 2>&1 || die "neither $REPO_ROOT/mvnw nor mvn found"
    mvn "$@"
  fi
}

# True when something accepts TCP connections on host:port (bash's /dev/tcp, no nc needed).
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# wait_for [--pid PID] [--log FILE] LABEL TIMEOUT_SECONDS CMD...
# Polls CMD every second, printing a dot per poll and the elapsed time every 10 s.
# With --pid it fails fast when that process dies (and shows the tail of --log).
# Sets WAIT_ELAPSED to the seconds it took.
WAIT_ELAPSED=0
wait_for() {
  local pid="" logfile="" label timeout start now
  while [[ "${1:-}" == --* ]]; do
    case "$1" in
      --pid) pid="$2"; shift 2 ;;
      --log) logfile="$2"; shift 2 ;;
      *) die "wait_for: unknown option $1" ;;
    esac
  done
  label="$1" timeout="$2"
  shift 2
  start="$SECONDS"
  printf '[%s] waiting for %s (up to %ss) ' "$(basename "$0" .sh)" "$label" "$timeout"
  while true; do
    if "$@" >/dev/null 2>&1; then
      WAIT_ELAPSED=$((SECONDS - start))
      printf ' ready after %ss\n' "$WAIT_ELAPSED"
      return 0
    fi
    now=$((SECONDS - start))
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      printf ' process %s exited after %ss\n' "$pid" "$now"
      [[ -n "$logfile" && -f "$logfile" ]] && tail -n 30 "$logfile" >&2
      return 1
    fi
    if ((now >= timeout)); then
      printf ' timed out after %ss\n' "$now"
      [[ -n "$logfile" && -f "$logfile" ]] && tail -n 30 "$logfile" >&2
      return 1
    fi
    if ((now > 0 && now % 10 == 0)); then printf '%ss' "$now"; else printf '.'; fi
    sleep 1
  done
}

# ---- pid files: "<pid> <start-time-in-ticks>" so a recycled pid is never mistaken for ours ----

pid_file() { printf '%s/%s.pid\n' "$RUN_DIR" "$1"; }

# Start time of a process (field 22 of /proc/PID/stat), used to detect pid reuse.
proc_start_ticks() {
  local stat fields
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }" # drop "pid (comm) ", comm may contain spaces
  read -ra fields <<<"$stat"
  printf '%s\n' "${fields[19]}"
}

# Print the pid recorded for NAME if that very process is still alive; else clean up and fail.
owned_pid() {
  local file pid ticks
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  read -r pid ticks <"$file" || true
  if [[ -n "${pid:-}" ]] && [[ "$(proc_start_ticks "$pid" 2>/dev/null)" == "${ticks:-}" ]]; then
    printf '%s\n' "$pid"
    return 0
  fi
  rm -f "$file" # stale: the process we started is gone
  return 1
}

# start_owned NAME LOGFILE CMD...: run CMD in the background in its own session/process group
# (setsid) so `stop_owned` can end it and every child it forks (kc.sh runs java as a child).
# Sets STARTED_PID.
STARTED_PID=""
start_owned() {
  local name="$1" logfile="$2" pgid
  shift 2
  mkdir -p "$RUN_DIR" "$(dirname "$logfile")"
  # A child forked by a non-interactive shell is never a group leader, so setsid does not fork
  # again and $! is the new session's leader: pid == pgid.
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  STARTED_PID=$!
  sleep 0.2
  pgid="$(ps -o pgid= -p "$STARTED_PID" 2>/dev/null | tr -d ' ')" || true
  if [[ -n "$pgid" && "$pgid" != "$STARTED_PID" ]]; then
    kill "$STARTED_PID" 2>/dev/null || true
    die "$name: expected its own process group (pid $STARTED_PID, pgid $pgid)"
  fi
  printf '%s %s\n' "$STARTED_PID" "$(proc_start_ticks "$STARTED_PID" || echo 0)" >"$(pid_file "$name")"
}

# stop_owned NAME [GRACE_SECONDS]: TERM the process group we started, KILL it after the grace
# period. Does nothing (and says so) when we did not start NAME.
stop_owned() {
  local name="$1" grace="${2:-30}" pid waited=0
  if ! pid="$(owned_pid "$name")"; then
    log "$name: not started by these scripts; nothing to stop"
    return 0
  fi
  log "$name: stopping process group $pid"
  kill -TERM -- "-$pid" 2>/dev/null || true
  while kill -0 -- "-$pid" 2>/dev/null; do
    if ((waited >= grace)); then
      warn "$name: still running after ${grace}s; sending KILL"
      kill -KILL -- "-$pid" 2>/dev/null || true
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "$(pid_file "$name")"
  log "$name: stopped (${waited}s)"
}

# RSS in MiB of the session we started (sum over its processes), for status lines.
group_rss_mib() {
  ps -o rss= --sid "$1" 2>/dev/null | awk '{s += $1} END {printf "%d\n", s / 1024}'
}
