/**
 * Encryption cost per item: the same model with 0, 1, 4 and 16 encrypted attributes, side by side in
 * one run. Part 1 is the cipher alone (seal + open of one item, no network); part 2 is `create` + `find`
 * through the ORM against DynamoDB Local. Client CPU per call is the `process.cpuUsage()` delta over the
 * calls (DynamoDB Local runs in another process, so it is not counted). Run from bench/:
 *   npx tsx --expose-gc src/encryption/encryption-cost.ts [--items 300] [--endpoint URL]
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { DynamoClient } from '@dbtooling/dynamo-client'
import { createOrm, FieldCipher, LocalKeyring, Model } from '@dbtooling/orm'
import { defineModel, deriveDesign } from '@dbtooling/schema'

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '300' },
    endpoint: { type: 'string', default: process.env.DYNAMODB_ENDPOINT ?? 'http://127.0.0.1:8000' },
  },
})
const items = Number(values.items)
const COUNTS = [0, 1, 4, 16] as const
const keys = new LocalKeyring({ keys: { k1: randomBytes(32) } })

function model(encrypted: number) {
  const attributes: Record<string, unknown> = { name: { type: 'string', fillable: true } }
  for (let i = 0; i < 16; i++)
    attributes[`f${i}`] = { type: 'string', fillable: true, encrypted: i < encrypted }
  return defineModel({ name: 'Record', traits: { useUuid: true }, attributes } as never)
}

function row(): Record<string, string> {
  const out: Record<string, string> = { name: 'bench' }
  for (let i = 0; i < 16; i++) out[`f${i}`] = `value-${i}-${'x'.repeat(24)}`
  return out
}

function cpuMicros(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return used.user + used.system
}

async function cipherOnly(encrypted: number): Promise<{ seal: number; open: number }> {
  if (encrypted === 0) return { seal: 0, open: 0 }
  const design = deriveDesign([model(encrypted)], { tableName: 'bench' })
  const cipher = new FieldCipher(design, keys)
  const wire: Record<string, unknown> = { pk: { S: 'RECORD#1' }, sk: { S: 'RECORD#1' }, _et: { S: 'Record' } }
  for (const [name, value] of Object.entries(row())) wire[name] = { S: value }
  const sealed = await cipher.encryptItem(wire)
  const rounds = items * 10
  let start = process.cpuUsage()
  for (let i = 0; i < rounds; i++) await cipher.encryptItem(wire)
  const seal = cpuMicros(start) / rounds
  start = process.cpuUsage()
  for (let i = 0; i < rounds; i++) await cipher.decryptItem(sealed)
  return { seal, open: cpuMicros(start) / rounds }
}

async function throughOrm(encrypted: number): Promise<{ put: number; get: number; wallPut: number }> {
  const client = new DynamoClient({
    endpoint: values.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  })
  const definition = model(encrypted)
  const orm = createOrm({
    models: [definition],
    client,
    design: { tableName: `bench-enc-${encrypted}-${Date.now()}` },
    ...(encrypted > 0 ? { security: { encryption: { keys } } } : {}),
    setDefault: false,
  })
  const Record = Model(definition, orm) as unknown as {
    create(attributes: Record<string, string>): Promise<{ id: string }>
    find(id: string): Promise<unknown>
  }
  await orm.createTable()
  try {
    for (let i = 0; i < 20; i++) await Record.find((await Record.create(row())).id)
    const ids: string[] = []
    const wall = performance.now()
    let start = process.cpuUsage()
    for (let i = 0; i < items; i++) ids.push((await Record.create(row())).id)
    const put = cpuMicros(start) / items
    const wallPut = ((performance.now() - wall) * 1000) / items
    start = process.cpuUsage()
    for (const id of ids) await Record.find(id)
    return { put, get: cpuMicros(start) / items, wallPut }
  } finally {
    await orm.dropTable()
    await client.close()
  }
}

const rows: string[] = []
for (const count of COUNTS) {
  const cipher = await cipherOnly(count)
  const orm = await throughOrm(count)
  rows.push(
    `| ${count} | ${cipher.seal.toFixed(1)} | ${cipher.open.toFixed(1)} | ${orm.put.toFixed(0)} | ${orm.get.toFixed(0)} | ${orm.wallPut.toFixed(0)} |`,
  )
}
console.log(`node ${process.version}, ${items} items per ORM row, ${items * 10} items per cipher row`)
console.log(
  '| encrypted attributes | cipher seal µs/item | cipher open µs/item | ORM create CPU µs | ORM find CPU µs | ORM create wall µs |',
)
console.log('| --- | --- | --- | --- | --- | --- |')
for (const line of rows) console.log(line)
