import { readFileSync } from 'node:fs'
import { createRequestCounter } from '@dbtooling/dynamo-client'
import { createOrm } from '@dbtooling/orm'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localEndpoint, uniqueTableName } from '../../../../tests/support'
import { docsDir } from './support/generate-docs'

/**
 * The "Coming from SQL" guide's table says which DynamoDB requests each call sends; every row is run here
 * against DynamoDB Local over the guide's own model, and the operations the client sent must be the ones
 * the row names.
 */
const team = defineModel({
  name: 'Team',
  hasMany: ['User'],
  attributes: { name: { type: 'string', fillable: true } },
} as const)
const user = defineModel({
  name: 'User',
  primaryKey: 'id',
  traits: { useUuid: true, useTimestamps: true },
  belongsTo: ['Team'],
  attributes: {
    email: { type: 'string', required: true, unique: true, fillable: true },
    name: { type: 'string', required: true, fillable: true },
  },
} as const)

const requests = createRequestCounter()
const orm = createOrm({
  models: [team, user],
  clientConfig: {
    endpoint: localEndpoint(),
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    middleware: [requests],
  },
  design: { tableName: uniqueTableName('from-sql') },
})
const Team = orm.model('Team')
const User = orm.model('User')

/** A row of the guide's table: the dbtooling call and the backticked operation names of its last column. */
function documentedRows(): { call: string; operations: string[] }[] {
  const page = readFileSync(`${docsDir}guide/from-sql.md`, 'utf8')
  return page
    .split('\n')
    .filter((line) => /^\| `(SELECT|INSERT|UPDATE)/.test(line))
    .map((line) => line.split(' | '))
    .map(([, call = '', sends = '']) => ({
      call: call.replace(/`/g, ''),
      operations: [...sends.matchAll(/`([A-Z][A-Za-z]+)`/g)].map((m) => m[1]!),
    }))
    .filter((row) => row.operations.length > 0)
}

const createAda = (teamId: string) => User.create({ email: 'ada@example.com', name: 'Ada', teamId })
let ada: Awaited<ReturnType<typeof createAda>>
let teamId = ''

beforeAll(async () => {
  await orm.createTable()
  teamId = (await Team.create({ name: 'Engines' })).id
  ada = await createAda(teamId)
  // Users in two teams: with one team between them, eager loading reads it with a GetItem.
  const other = await Team.create({ name: 'Looms' })
  await User.create({ email: 'charles@example.com', name: 'Charles', teamId: other.id })
}, 120_000)
afterAll(() => orm.dropTable())

const calls: Record<string, () => Promise<unknown>> = {
  'User.find(id)': () => User.find(ada.id),
  "User.where('email', email).first()": () => User.where('email', 'ada@example.com').first(),
  "User.where('teamId', teamId).get()": () => User.where('teamId', teamId).get(),
  'User.create({ ... })': () => User.create({ email: `g${Date.now()}@example.com`, name: 'Grace', teamId }),
  'user.update({ name })': () => ada.update({ name: `Ada ${Date.now()}` }),
  "User.query().with('team').get()": () => User.query().with('team').get(),
}

describe('docs/guide/from-sql.md', () => {
  const rows = documentedRows()

  it('has a checked call for every row that names requests', () => {
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.map((row) => row.call).filter((call) => !calls[call])).toEqual([])
  })

  it.each(rows.map((row) => [row.call, row] as const))('%s sends what the guide says', async (_call, row) => {
    requests.reset()
    await calls[row.call]!()
    expect(Object.keys(requests.counts).sort()).toEqual([...new Set(row.operations)].sort())
  })
})
