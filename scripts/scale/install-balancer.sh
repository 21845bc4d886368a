#!/usr/bin/env bash
# The scale load test's balancer: nginx from Debian's packages (nginx-light: the proxy and upstream
# modules, nothing else). Installed here, never in .ci/run: the scale test is not part of CI.
set -euo pipefail
if command -v nginx >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "loadtest:scale needs nginx: run 'sudo apt-get install -y nginx-light' first" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
