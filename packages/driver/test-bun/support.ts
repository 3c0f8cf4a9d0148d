import { randomBytes } from 'node:crypto'
import { createOrm, type ModelSources } from '@dbtooling/orm'
import * as bqb from 'bun-query-builder'
import { createDynamoQueryBuilder, type WriteResult } from '../src/index'

/** The DynamoDB Local the run-tests script started (or the one CI was given). */
export function endpoint(): string {
  const value = process.env.DYNAMODB_ENDPOINT
  if (!value)
    throw new Error('DYNAMODB_ENDPOINT is not set: run scripts/run-tests.sh or point it at a DynamoDB Local')
  return value
}

export function uniqueTableName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
}

/** One model per relation kind: Team hasMany User, User belongsTo Team, hasMany Post, hasOne Profile, belongsToMany Role. */
export const models = {
  Team: {
    name: 'Team',
    primaryKey: 'id',
    hasMany: ['User'],
    attributes: { name: { type: 'string', fillable: true } },
  },
  User: {
    name: 'User',
    primaryKey: 'id',
    traits: { useTimestamps: true },
    belongsTo: ['Team'],
    hasMany: ['Post'],
    hasOne: ['Profile'],
    belongsToMany: ['Role'],
    attributes: {
      name: { type: 'string', fillable: true },
      email: { type: 'string', fillable: true, unique: true },
      age: { type: 'number', fillable: true },
      teamId: { type: 'string', fillable: true },
    },
  },
  Post: {
    name: 'Post',
    primaryKey: 'id',
    belongsTo: ['User'],
    attributes: {
      title: { type: 'string', fillable: true },
      status: { type: 'string', fillable: true },
      userId: { type: 'string', fillable: true },
    },
    indexes: [{ name: 'byStatus', columns: ['status', 'title'] }],
  },
  Profile: {
    name: 'Profile',
    primaryKey: 'id',
    belongsTo: ['User'],
    attributes: { bio: { type: 'string', fillable: true }, userId: { type: 'string', fillable: true } },
  },
  Role: {
    name: 'Role',
    primaryKey: 'id',
    belongsToMany: ['User'],
    attributes: { name: { type: 'string', fillable: true } },
  },
} as const

export interface Sent {
  readonly operation: string
  readonly input: Record<string, unknown>
}

export interface OrmOptions {
  readonly strict?: boolean
  readonly warn?: (message: string) => void
}

/** An ORM over `models` on a fresh table, with every request it sends recorded (first attempts only). */
export function freshOrm(prefix: string, options: OrmOptions = {}) {
  return freshOrmOf(models, prefix, options)
}

/** freshOrm over other models (types inferred from them). */
export async function freshOrmOf<const M extends ModelSources>(
  sources: M,
  prefix: string,
  options: OrmOptions = {},
) {
  const orm = createOrm({
    models: sources,
    clientConfig: {
      endpoint: endpoint(),
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    },
    design: { tableName: uniqueTableName(prefix) },
    options: { strict: options.strict ?? false, warn: options.warn ?? (() => {}) },
    setDefault: false,
  })
  const sent: Sent[] = []
  orm.client.use({
    name: 'recorder',
    onRequest(event) {
      if (event.attempt === 1)
        sent.push({ operation: event.operation, input: { ...(event.input as object) } })
    },
  })
  await orm.createTable()
  sent.length = 0
  return { orm, sent, db: createDynamoQueryBuilder(orm, bqb) }
}

/** The requests `run` sent, without the per-call token DynamoDB uses for idempotency. */
export async function requestsOf(sent: Sent[], run: () => Promise<unknown>): Promise<Sent[]> {
  const from = sent.length
  await run()
  return sent.slice(from).map(({ operation, input }) => {
    const { ClientRequestToken: _token, ...rest } = input
    return { operation, input: rest }
  })
}

/**
 * A write statement's result as the driver returns it. bun-query-builder types `execute()` for its own
 * drivers (a number, or rows); the driver returns Bun's SQL result shape, which this checks.
 */
export function writeResult(value: unknown): WriteResult {
  if (!Array.isArray(value) || typeof (value as { count?: unknown }).count !== 'number')
    throw new Error(`not a write result: ${JSON.stringify(value)}`)
  return value as WriteResult
}

type Row = Record<string, unknown>

/** `query.with(...relations)`: 0.1.13 has it (contract.test.ts checks), its types declare it optional. */
export function withRelations<Q>(query: { with?: (...relations: string[]) => Q }, ...relations: string[]): Q {
  if (!query.with) throw new Error('this bun-query-builder has no with()')
  return query.with(...relations)
}

/** Rows a select resolved to, as plain records. */
export function rowsOf(value: unknown): Row[] {
  if (!Array.isArray(value)) throw new Error(`not rows: ${JSON.stringify(value)}`)
  return value as Row[]
}
