#!/usr/bin/env bash
# Runs qf-initiator against qf-acceptor on loopback (plain TCP and TLS),
# including crash/restart scenarios, and checks the stdout event contract.
#   ./selftest.sh [BUILD_DIR]     (default ../../../.ci/build/quickfix)
# Needs openssl (throw-away self-signed certificates). Exit 0 = all passed.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
BUILD="$(cd "${1:-$here/../../../.ci/build/quickfix}" && pwd)" || exit 2
ACC="$BUILD/qf-acceptor"
INI="$BUILD/qf-initiator"
[ -x "$ACC" ] && [ -x "$INI" ] || { echo "build first: $here/build.sh" >&2; exit 2; }

work="$(mktemp -d /tmp/qf-selftest.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  wait 2>/dev/null
  [ "${KEEP:-0}" = 1 ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
  -keyout "$work/key.pem" -out "$work/cert.pem" >/dev/null 2>&1 || { echo "openssl failed" >&2; exit 2; }
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other \
  -keyout "$work/other-key.pem" -out "$work/other.pem" >/dev/null 2>&1

# wait_line FILE REGEX [SECONDS]
wait_line() {
  local i
  for ((i = 0; i < ${3:-20} * 20; i++)); do
    grep -Eq "$2" "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}
count() { grep -Ec "$2" "$1" 2>/dev/null || true; }
# wait_count FILE REGEX N [SECONDS]: until at least N lines match
wait_count() {
  local i
  for ((i = 0; i < ${4:-20} * 20; i++)); do
    [ "$(count "$1" "$2")" -ge "$3" ] && return 0
    sleep 0.05
  done
  return 1
}

# start_acceptor NAME PORT [extra args]; sets APID, APORT
start_acceptor() {
  local name=$1 port=$2; shift 2
  "$ACC" --port "$port" --sender-comp-id SRV --target-comp-id CLI \
    --store-dir "$work/$name/store" --log-dir "$work/$name/log" "$@" \
    >>"$work/$name.out" 2>>"$work/$name.err" &
  APID=$!; pids+=("$APID")
  wait_line "$work/$name.out" '^READY [0-9]+$' 10 || { fail "$name: no READY"; return 1; }
  APORT=$(awk '/^READY/{p=$2} END{print p}' "$work/$name.out")
}

# start_initiator NAME PORT [extra args]; sets IPID
start_initiator() {
  local name=$1 port=$2; shift 2
  "$INI" --host 127.0.0.1 --port "$port" --sender-comp-id CLI --target-comp-id SRV \
    --store-dir "$work/$name/store" --log-dir "$work/$name/log" "$@" \
    >>"$work/$name.out" 2>>"$work/$name.err" &
  IPID=$!; pids+=("$IPID")
}

stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; }

# Every ClOrdID P-1..P-N has exactly one ExecutionReport in FILE.
exactly_once() {
  local file=$1 prefix=$2 n=$3
  local total distinct
  total=$(count "$file" "^APP_IN 8 [0-9]+ $prefix-[0-9]+ [YN]$")
  distinct=$(grep -E "^APP_IN 8 " "$file" | awk '{print $4}' | grep -E "^$prefix-[0-9]+$" | sort -u | wc -l)
  [ "$total" -eq "$n" ] && [ "$distinct" -eq "$n" ]
}

# ---- 1. plain TCP ----------------------------------------------------------
start_acceptor a1 0 && {
  start_initiator i1 "$APORT" --count 5 --prefix P
  if wait_line "$work/i1.out" '^DONE$' 20 && exactly_once "$work/i1.out" P 5 \
     && [ "$(count "$work/a1.out" '^APP_OUT 8 [0-9]+ P-[0-9]+$')" -eq 5 ]; then pass "plain: 5 orders, 5 ERs, DONE"
  else fail "plain"; fi
  # graceful initiator restart continues the numbering
  stop "$IPID"
  start_initiator i1 "$APORT" --count 8 --prefix P
  if wait_count "$work/i1.out" '^DONE$' 2 20 \
     && exactly_once "$work/i1.out" P 8 && [ "$(count "$work/a1.out" '^APP_IN D [0-9]+ P-[0-9]+ N$')" -eq 8 ]
  then pass "plain: restarted initiator sent only P-6..P-8"; else fail "plain restart"; fi
  stop "$IPID"; stop "$APID"
  grep -q '^LOGOUT FIX.4.4:SRV->CLI$' "$work/a1.out" && pass "plain: LOGOUT line" || fail "plain: no LOGOUT"
}

# ---- 2. TLS: wrong CA refused, right CA works, acceptor survives ------------
start_acceptor a2 0 --tls --cert "$work/cert.pem" --key "$work/key.pem" && {
  start_initiator i2bad "$APORT" --count 1 --prefix B --tls --ca "$work/other.pem"
  if wait_line "$work/i2bad.out" '^LOGON' 3; then fail "tls: logged on with the wrong CA"
  else pass "tls: wrong CA never logs on"; fi
  stop "$IPID"
  start_initiator i2 "$APORT" --count 5 --prefix T --tls --ca "$work/cert.pem"
  if wait_line "$work/i2.out" '^DONE$' 20 && exactly_once "$work/i2.out" T 5; then pass "tls: 5 orders, 5 ERs, DONE"
  else fail "tls"; fi
  stop "$IPID"; stop "$APID"
}

# ---- 3/4. kill -9 the acceptor mid-burst, restart on the same store --------
crash_acceptor() {
  local tag=$1; shift
  local n=3000
  start_acceptor "a$tag" 0 "$@" || return
  local port=$APORT
  local tlsargs=()
  [ $# -gt 0 ] && tlsargs=(--tls --ca "$work/cert.pem")
  start_initiator "i$tag" "$port" --count $n --prefix K "${tlsargs[@]}"
  wait_line "$work/a$tag.out" '^APP_IN D [0-9]+ K-300 ' 20
  # Freeze the acceptor so orders pile up unread in its socket buffer, then
  # kill it: those orders are lost and must come back through a resend.
  kill -STOP "$APID"
  local before
  before=$(count "$work/i$tag.out" '^APP_OUT D ')
  wait_count "$work/i$tag.out" '^APP_OUT D ' $((before + 100)) 10
  kill -9 "$APID"; wait "$APID" 2>/dev/null
  sleep 1
  start_acceptor "a$tag" "$port" "$@" || return
  if wait_line "$work/i$tag.out" '^DONE$' 60 && exactly_once "$work/i$tag.out" K $n \
     && [ "$(grep -E '^APP_OUT 8 ' "$work/a$tag.out" | awk '{print $4}' | sort | uniq -d | wc -l)" -eq 0 ] \
     && [ "$(count "$work/a$tag.out" '^ADMIN_OUT 2 [0-9]+ N 7=')" -ge 1 ] \
     && [ "$(count "$work/i$tag.out" '^ADMIN_OUT 4 [0-9]+ Y 36=[0-9]+,123=Y$')" -ge 1 ] \
     && [ "$(count "$work/a$tag.out" '^APP_IN D .* Y$')" -ge 1 ]
  then pass "$tag: acceptor kill -9 + restart: $n ERs exactly once" \
         "(acceptor got $(count "$work/a$tag.out" '^APP_IN D .* Y$') PossDup orders," \
         "initiator replayed $(count "$work/i$tag.out" '^APP_RESEND D ') orders)"
  else fail "$tag: acceptor crash"; fi
  [ "$(count "$work/i$tag.out" '^LOGON ')" -eq 2 ] \
    && pass "$tag: initiator logged on twice" || fail "$tag: expected two LOGON lines"
  stop "$IPID"; stop "$APID"
}
crash_acceptor crash-plain
crash_acceptor crash-tls --tls --cert "$work/cert.pem" --key "$work/key.pem"

# ---- 5. kill -9 the initiator mid-burst, restart on the same store ---------
start_acceptor a5 0 && {
  n=3000
  start_initiator i5 "$APORT" --count $n --prefix R
  wait_line "$work/i5.out" '^APP_IN 8 [0-9]+ R-300 ' 20
  # Let orders pile up at a frozen acceptor, then freeze the initiator and
  # thaw the acceptor: its ExecutionReports pile up unread at the initiator,
  # which is then killed, so they must come back through a resend.
  kill -STOP "$APID"
  before=$(count "$work/i5.out" '^APP_OUT D ')
  wait_count "$work/i5.out" '^APP_OUT D ' $((before + 100)) 10
  kill -STOP "$IPID"
  before=$(count "$work/a5.out" '^APP_OUT 8 ')
  kill -CONT "$APID"
  wait_count "$work/a5.out" '^APP_OUT 8 ' $((before + 50)) 10
  kill -9 "$IPID"; wait "$IPID" 2>/dev/null
  start_initiator i5 "$APORT" --count $n --prefix R
  fresh_dups=$(grep -E '^APP_IN D .* N$' "$work/a5.out" | awk '{print $4}' | sort | uniq -d | wc -l)
  if wait_line "$work/i5.out" '^DONE$' 60 && [ "$(grep -E '^APP_IN 8 ' "$work/i5.out" | awk '{print $4}' | sort -u | wc -l)" -eq $n ] \
     && [ "$fresh_dups" -eq 0 ] && [ "$(grep -E '^APP_OUT 8 ' "$work/a5.out" | awk '{print $4}' | sort | uniq -d | wc -l)" -eq 0 ] \
     && [ "$(count "$work/i5.out" '^APP_IN 8 .* Y$')" -ge 1 ]
  then pass "initiator kill -9 + restart: no order created twice, all $n acknowledged" \
         "(acceptor replayed $(count "$work/a5.out" '^APP_RESEND 8 ') ERs," \
         "initiator saw $(count "$work/i5.out" '^APP_IN 8 .* Y$') PossDup ERs)"
  else fail "initiator crash (fresh order dups: $fresh_dups)"; fi
  stop "$IPID"; stop "$APID"
}

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
