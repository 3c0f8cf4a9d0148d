/**
 * Driver overhead per call, under Bun: the same intent through bun-query-builder + @dbtooling/driver and
 * through @dbtooling/orm directly, against the canned DynamoDB server (its own process), so what differs
 * is the driver's work: the builder assembling SQL, node-sql-parser, the intent, the ORM query it builds.
 * Both sides send the same request (checked before measuring) and hydrate the same answer.
 *
 *   packages/driver/node_modules/.bin/bun bench/src/driver/driver-overhead.ts [--rounds 15] [--calls 400]
 *
 * Rounds interleave the two sides; each round times `calls` sequential calls; the figure is the median
 * round's time per call. "translate only" is the same comparison with explain() (no request sent).
 */
import { createOrm } from '@dbtooling/orm'
import * as bqb from '../../../packages/driver/node_modules/bun-query-builder/dist/index.js'
import { createDynamoQueryBuilder } from '../../../packages/driver/src/index'
import { ORM_TABLES, TEAM_ID } from '../fixtures/orm-users'
import { startCannedServer } from '../server/start-canned-server'

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}
const ROUNDS = option('rounds', 15)
const CALLS = option('calls', 400)

const TEAM = {
  name: 'Team',
  primaryKey: 'id',
  hasMany: ['User'],
  attributes: { name: { type: 'string' } },
} as const
const USER = {
  name: 'User',
  primaryKey: 'id',
  belongsTo: ['Team'],
  attributes: { name: { type: 'string' }, email: { type: 'email' }, age: { type: 'integer' } },
} as const

const server = await startCannedServer()
const orm = createOrm({
  models: [TEAM, USER],
  clientConfig: {
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  },
  design: { tableName: ORM_TABLES.dbtooling },
  setDefault: false,
})
const sent: unknown[] = []
orm.client.use({ name: 'bench-check', onRequest: (event) => void sent.push(event.input) })
const User = orm.model('User')
const db = createDynamoQueryBuilder(orm, bqb as never) as never as {
  selectFrom(table: string): {
    where(column: string, op: string, value: unknown): { get(): Promise<unknown[]>; count(): Promise<number> }
  }
  sql: { explain(text: string, values: unknown[]): unknown }
}

type Call = () => Promise<unknown> | unknown
const scenarios: Array<{ name: string; driver: Call; orm: Call }> = [
  {
    name: 'where team_id = ? (Query, 10 users hydrated)',
    driver: () => db.selectFrom('users').where('team_id', '=', TEAM_ID).get(),
    orm: () => User.query().where('teamId', TEAM_ID).get(),
  },
  {
    name: 'count where team_id = ? (Select COUNT)',
    driver: () => db.selectFrom('users').where('team_id', '=', TEAM_ID).count(),
    orm: () => User.query().where('teamId', TEAM_ID).count(),
  },
  {
    name: 'translate only: explain(where team_id = ?)',
    driver: () => db.sql.explain('SELECT * FROM users WHERE team_id = ?', [TEAM_ID]),
    orm: () => User.query().where('teamId', TEAM_ID).explain(),
  },
]

async function sameRequest(driver: Call, ours: Call): Promise<void> {
  sent.length = 0
  await driver()
  const viaDriver = JSON.stringify(sent)
  sent.length = 0
  await ours()
  if (viaDriver !== JSON.stringify(sent))
    throw new Error(`requests differ:\n${viaDriver}\n${JSON.stringify(sent)}`)
}

async function round(call: Call): Promise<number> {
  const start = process.hrtime.bigint()
  for (let i = 0; i < CALLS; i++) await call()
  return Number(process.hrtime.bigint() - start) / CALLS / 1000
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

console.log(
  `Bun ${process.versions.bun}, ${ROUNDS} rounds x ${CALLS} calls per side, canned server ${server.endpoint}\n`,
)
console.log('| scenario | ORM µs/call | driver µs/call | driver overhead |')
console.log('|---|---|---|---|')
try {
  for (const scenario of scenarios) {
    await sameRequest(scenario.driver, scenario.orm)
    for (let i = 0; i < 200; i++) {
      await scenario.driver()
      await scenario.orm()
    }
    const driverRounds: number[] = []
    const ormRounds: number[] = []
    for (let r = 0; r < ROUNDS; r++) {
      // Alternating which side goes first keeps drift (GC, the other tenants of the box) off one side.
      if (r % 2 === 0) {
        driverRounds.push(await round(scenario.driver))
        ormRounds.push(await round(scenario.orm))
      } else {
        ormRounds.push(await round(scenario.orm))
        driverRounds.push(await round(scenario.driver))
      }
    }
    const ormMedian = median(ormRounds)
    const driverMedian = median(driverRounds)
    const extra = driverMedian - ormMedian
    console.log(
      `| ${scenario.name} | ${ormMedian.toFixed(1)} | ${driverMedian.toFixed(1)} | +${extra.toFixed(1)} µs (${((extra / ormMedian) * 100).toFixed(0)} %) |`,
    )
  }
} finally {
  await orm.client.close()
  await server.stop()
}
