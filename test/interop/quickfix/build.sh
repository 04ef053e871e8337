#!/usr/bin/env bash
# Builds qf-acceptor and qf-initiator.
#   ./build.sh [BUILD_DIR]     (default: <repo>/.ci/build/quickfix, git-ignored)
# Needs g++, make and the Debian packages libquickfix-dev (1.15.1) and libssl-dev.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../../.ci/build/quickfix}"

missing=()
[ -f /usr/include/quickfix/ThreadedSSLSocketAcceptor.h ] || missing+=(libquickfix-dev)
[ -f /usr/include/openssl/ssl.h ] || missing+=(libssl-dev)
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
if [ ${#missing[@]} -gt 0 ]; then
  echo "build.sh: missing ${missing[*]}; install with:" >&2
  echo "  apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
if ! compgen -G '/usr/lib/*/libquickfix.so' >/dev/null && ! compgen -G '/usr/lib/libquickfix.so' >/dev/null; then
  echo "build.sh: libquickfix.so not found (is libquickfix-dev fully installed?)" >&2
  exit 1
fi

mkdir -p "$build"
make -C "$here" --no-print-directory BUILD="$(cd "$build" && pwd)"
echo "built: $(cd "$build" && pwd)/qf-acceptor $(cd "$build" && pwd)/qf-initiator"
