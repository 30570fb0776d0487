#!/usr/bin/env bash
# Installs everything the tests and the demo need on a fresh Debian machine (as root): Debian packages, the
# npm dependencies, and a real VS Code (the server bundled in code-server) for integration tests. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

# git: status drafts and marker search; chromium: the workbench for integration and end-to-end tests;
# build-essential, python3, libkrb5-dev, ripgrep: code-server's native modules, offline; faketime: `npm test`
# runs the unit suite again under a shifted date and time zone. (The coverage tools
# that made the committed fixtures are installed by scripts/fixtures/makeCoverage.sh, which alone needs them.)
need=()
for p in git build-essential python3 libkrb5-dev ripgrep chromium faketime; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup: run as root to apt-get install ${need[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ -f scripts/vscode-host/install.sh ]; then
  bash scripts/vscode-host/install.sh
fi
