/**
 * What the x-amz-crc32 check costs per response:
 *   npx tsx packages/dynamo-client/test/unit/crc32.bench.ts
 * Not part of the test run (vitest only picks up *.test.ts).
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as undici from 'undici'
import { crc32Js, loadCrc32 } from '../../src/transport/crc32'
import { DEFAULT_HTTP_OPTIONS } from '../../src/transport/types'
import { UndiciTransport } from '../../src/transport/undici-transport'
import { verifiedBodyText } from '../../src/transport/verify-checksum'

const text = JSON.stringify({
  Items: Array.from({ length: 40 }, (_, i) => ({ pk: { S: `USER#${i}` }, n: { S: 'x'.repeat(60) } })),
})
const body = new TextEncoder().encode(text.padEnd(4096, ' ')).slice(0, 4096)
const decoder = new TextDecoder()

function microseconds(run: () => unknown, iterations = 50_000): number {
  for (let i = 0; i < 5000; i++) run()
  const start = performance.now()
  for (let i = 0; i < iterations; i++) run()
  return ((performance.now() - start) * 1000) / iterations
}

async function main() {
  const native = await loadCrc32()
  const header = String(native(body))
  const meta = { statusCode: 200, requestId: undefined }
  console.log(`node ${process.versions.node}, body ${body.length} bytes`)
  console.log(`crc32 node:zlib       ${microseconds(() => native(body)).toFixed(2)} µs`)
  console.log(`crc32 JS slicing-by-8 ${microseconds(() => crc32Js(body)).toFixed(2)} µs`)
  console.log(`decode only           ${microseconds(() => decoder.decode(body)).toFixed(2)} µs`)
  console.log(
    `verify + decode       ${microseconds(() => verifiedBodyText(body, header, native, meta)).toFixed(2)} µs`,
  )
  await roundTrips(header)
}

/** Whole round trips over a kept-alive connection, checks on and off, interleaved to share the noise. */
async function roundTrips(header: string) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'x-amz-crc32': header })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const crc = await loadCrc32()
  const on = new UndiciTransport(undici, DEFAULT_HTTP_OPTIONS, crc)
  const off = new UndiciTransport(undici, { ...DEFAULT_HTTP_OPTIONS, checksums: false }, crc)
  const request = { origin, path: '/', method: 'POST' as const, headers: {}, body: '{}' }
  const totals = { on: 0, off: 0 }
  const rounds = 20
  const perRound = 500
  for (let round = 0; round < rounds + 2; round++) {
    // Alternating which goes first cancels the advantage of running second (warm pool, caches).
    const order =
      round % 2 === 0
        ? ([
            ['on', on],
            ['off', off],
          ] as const)
        : ([
            ['off', off],
            ['on', on],
          ] as const)
    for (const [name, transport] of order) {
      const start = performance.now()
      for (let i = 0; i < perRound; i++) await transport.send(request)
      if (round >= 2) totals[name] += performance.now() - start
    }
  }
  const per = (ms: number) => ((ms * 1000) / (rounds * perRound)).toFixed(1)
  console.log(`round trip, checks on  ${per(totals.on)} µs`)
  console.log(`round trip, checks off ${per(totals.off)} µs`)
  await Promise.all([on.close(), off.close()])
  server.close()
}

await main()
