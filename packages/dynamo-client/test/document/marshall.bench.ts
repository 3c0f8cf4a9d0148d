/**
 * Quick marshalling benchmark against @aws-sdk/util-dynamodb:
 *   npx tsx packages/dynamo-client/test/document/marshall.bench.ts
 * Not part of the test run (vitest only picks up *.test.ts).
 */
import { marshall as awsMarshall, unmarshall as awsUnmarshall } from '@aws-sdk/util-dynamodb'
import { marshall, unmarshall } from '../../src/document/index'

const item = (i: number) => ({
  pk: `USER#${i}`,
  sk: `PROFILE#${i}`,
  name: 'Ada Lovelace',
  age: 36,
  active: true,
  tags: ['admin', 'author'],
})
const single = item(1)
const batch = Array.from({ length: 25 }, (_, i) => item(i))
const wireSingle = marshall(single)
const wireBatch = batch.map((x) => marshall(x))

function measure(label: string, run: () => unknown): number {
  const deadline = () => performance.now()
  for (let i = 0; i < 20_000; i++) run()
  let iterations = 0
  const start = deadline()
  while (deadline() - start < 1000) {
    for (let i = 0; i < 1000; i++) run()
    iterations += 1000
  }
  const perOp = ((deadline() - start) * 1e6) / iterations
  console.log(`${label.padEnd(44)} ${perOp.toFixed(0).padStart(7)} ns/op`)
  return perOp
}

const rows: [string, () => unknown, () => unknown][] = [
  ['marshall 6-attribute item', () => marshall(single), () => awsMarshall(single)],
  ['marshall 25-item batch', () => batch.map((x) => marshall(x)), () => batch.map((x) => awsMarshall(x))],
  ['unmarshall 6-attribute item', () => unmarshall(wireSingle), () => awsUnmarshall(wireSingle as never)],
  [
    'unmarshall 25-item batch',
    () => wireBatch.map((x) => unmarshall(x)),
    () => wireBatch.map((x) => awsUnmarshall(x as never)),
  ],
]
for (const [label, ours, theirs] of rows) {
  const a = measure(`${label} (dbtooling)`, ours)
  const b = measure(`${label} (@aws-sdk/util-dynamodb)`, theirs)
  console.log(`${''.padEnd(44)} ${(b / a).toFixed(1)}x faster\n`)
}
