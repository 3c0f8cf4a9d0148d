#!/usr/bin/env bash
# Proves the published tarballs work outside the workspace: pack every package, install @dbtooling/local
# (and the client) into an empty folder with plain npm, start DynamoDB Local from there and call it; then the CLI
# in an empty project: start, migrate, seed, put, query, export, stop.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
npx -y pnpm@10 build >/dev/null
out=$(mktemp -d /tmp/dbtooling-pack-XXXXXX)
npx -y pnpm@10 -r --filter "./packages/*" --filter "./apps/*" exec pnpm pack --pack-destination "$out" >/dev/null
ls "$out"
app=$(mktemp -d /tmp/dbtooling-app-XXXXXX)
cd "$app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$out"/dbtooling-local-*.tgz "$out"/dbtooling-dynamo-client-*.tgz >/dev/null
cat > check.mjs <<'JS'
import { startDynamoDBLocal } from '@dbtooling/local'
const local = await startDynamoDBLocal()
const response = await fetch(local.endpoint, {
  method: 'POST',
  headers: {
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': 'DynamoDB_20120810.ListTables',
    authorization: 'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
  },
  body: '{}',
})
const body = await response.json()
await local.stop()
if (response.status !== 200 || !Array.isArray(body.TableNames)) {
  console.error('unexpected answer', response.status, body)
  process.exit(1)
}
console.log(`ESM import of @dbtooling/local from the tarball: started on ${local.endpoint}, ListTables answered, stopped`)
JS
node check.mjs
cat > check.cjs <<'JS'
const { startDynamoDBLocal } = require('@dbtooling/local')
startDynamoDBLocal().then(async (local) => {
  await local.stop()
  console.log('CJS require of @dbtooling/local from the tarball works')
})
JS
node check.cjs

# The CLI as a user installs it: the dbtooling tarball (with the packages it depends on) in an empty project.
cli=$(mktemp -d /tmp/dbtooling-cli-XXXXXX)
cd "$cli"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$out"/dbtooling-0*.tgz "$out"/dbtooling-orm-*.tgz \
  "$out"/dbtooling-schema-*.tgz "$out"/dbtooling-dynamo-client-*.tgz "$out"/dbtooling-local-*.tgz >/dev/null
mkdir models
cat > models/Note.ts <<'TS'
export default {
  name: 'Note',
  primaryKey: 'id',
  traits: { useUuid: true, useTimestamps: true },
  attributes: { title: { type: 'string', required: true, fillable: true } },
}
TS
echo "export default { tableName: 'pack-check-notes', queryBuilder: { modelsPath: './models' } }" > dbtooling.config.ts
port=$(node -e "const s = require('net').createServer().listen(0, () => { console.log(s.address().port); s.close() })")
npx dbtooling start --detach --in-memory --port "$port"
trap 'npx dbtooling stop >/dev/null 2>&1 || true' EXIT
npx dbtooling migrate
npx dbtooling seed --count 5 --seed 1 >/dev/null
npx dbtooling put Note '{"title":"from the tarball"}' >/dev/null
count=$(npx dbtooling query Note --count --json | node -e "process.stdin.on('data', d => console.log(JSON.parse(d).count))")
npx dbtooling export --model Note notes.ndjson >/dev/null
exported=$(wc -l < notes.ndjson | tr -d ' ')
npx dbtooling stop
trap - EXIT
if [ "$count" != "6" ]; then echo "the installed CLI read back $count notes, expected 6 (5 seeded, 1 put)"; exit 1; fi
if [ "$exported" != "6" ]; then echo "the installed CLI exported $exported notes, expected 6"; exit 1; fi
echo "npx dbtooling from the tarball: start --detach, migrate, seed, put, query, export, stop all worked"
cd "$root"
rm -rf "$cli"
rm -rf "$out" "$app"
echo "pack check passed"
