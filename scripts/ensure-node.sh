#!/usr/bin/env bash
# Source this file: makes sure `node` on PATH is >= 22.12. When it is missing or
# older, Node 24 is installed from the npm registry (the `node` package ships the
# official binary) into .cache/node and put first on PATH.
_gm_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _gm_node_ok; then
  _gm_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  _gm_prefix="$_gm_root/.cache/node"
  if [ ! -x "$_gm_prefix/node_modules/node/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "ensure-node: neither Node >= 22.12 nor npm is available; install Node 24 (see README)" >&2; return 1 2>/dev/null || exit 1; }
    echo "ensure-node: $(node --version 2>/dev/null || echo 'no node') is too old; installing Node 24 from the npm registry into .cache/node"
    mkdir -p "$_gm_prefix"
    npm install --prefix "$_gm_prefix" --no-save --no-audit --no-fund node@24 >/dev/null
  fi
  export PATH="$_gm_prefix/node_modules/node/bin:$PATH"
  hash -r
  _gm_node_ok || { echo "ensure-node: Node 24 bootstrap failed" >&2; return 1 2>/dev/null || exit 1; }
fi
echo "ensure-node: using node $(node --version) at $(command -v node)"
