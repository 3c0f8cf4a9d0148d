import { defineContestant, type Target } from '../../contestant'
import { FIND_ID, NEW_USER, ORM_TABLES, ORM_UPDATES, TEAM_ID } from '../../fixtures/orm-users'
import { baselineModule, baselineUnavailable } from '../baseline'
import { ourClient } from '../client/dbtooling-module'
import { observabilityStack } from '../observability-stack'
import { countUpdates } from './update-counter'

/**
 * Our ORM doing the model-level work. It joins the table only once @dbtooling/orm exports what these
 * scenarios call (checked at run time, so the harness keeps running while the ORM is being written);
 * the surface below is what the scenarios need, nothing is stubbed.
 */
interface OrmInstance {
  update(attributes: Record<string, unknown>): Promise<unknown>
}
interface OrmQuery {
  get(): Promise<ArrayLike<unknown>>
}
interface OrmModel {
  find(key: string): Promise<OrmInstance | null>
  create(attributes: Record<string, unknown>): Promise<OrmInstance>
  where(attribute: string, value: unknown): OrmQuery
}
interface OrmModule {
  createOrm(input: {
    models: readonly object[]
    client: unknown
    design: { tableName: string }
    setDefault: boolean
    options?: { observability?: object }
  }): { model(name: string): OrmModel }
}

/** The same user model as the ElectroDB and Toolbox contestants, as a Stacks-style definition. */
const TEAM_MODEL = {
  name: 'Team',
  primaryKey: 'id',
  hasMany: ['User'],
  attributes: { name: { type: 'string', fillable: true } },
} as const
const USER_MODEL = {
  name: 'User',
  primaryKey: 'id',
  belongsTo: ['Team'],
  attributes: {
    name: { type: 'string', fillable: true, required: true },
    email: { type: 'email', fillable: true, required: true },
    age: { type: 'integer', fillable: true, required: true },
  },
} as const

const REQUIRED = 'createOrm(), and model classes with find(), create(), where().get() and instance update()'

async function loadOrm(specifier = '@dbtooling/orm'): Promise<OrmModule | string> {
  try {
    // A computed specifier keeps the type-check off the ORM's declarations, which change daily; the
    // structural type above plus the run-time checks are what this contestant relies on.
    const module: Partial<OrmModule> = await import(specifier)
    if (typeof module.createOrm !== 'function') return `@dbtooling/orm does not export ${REQUIRED} yet`
    return module as OrmModule
  } catch (error) {
    return `@dbtooling/orm cannot be imported (build it first): ${(error as Error).message}`
  }
}

function userModel(orm: OrmModule, client: unknown, observability?: object): OrmModel {
  const models = [TEAM_MODEL, USER_MODEL]
  const design = { tableName: ORM_TABLES.dbtooling }
  const options = observability ? { observability } : {}
  return orm.createOrm({ models, client, design, setDefault: false, options }).model('User')
}

/** Builds the model against a client that never sends, to see whether the API is there. */
export async function ormUnavailable(): Promise<string | undefined> {
  const orm = await loadOrm()
  if (typeof orm === 'string') return orm
  try {
    const { client } = await ourClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      credentials: { accessKeyId: 'probe', secretAccessKey: 'probe' },
      table: ORM_TABLES.dbtooling,
    })
    const User = userModel(orm, client)
    const missing = (['find', 'create', 'where'] as const).filter((name) => typeof User[name] !== 'function')
    await client.close()
    return missing.length > 0
      ? `@dbtooling/orm models lack ${missing.join(', ')} (needs ${REQUIRED})`
      : undefined
  } catch (error) {
    return `@dbtooling/orm could not build the user model: ${(error as Error).message}`
  }
}

const VARIANTS = {
  plain: { name: 'dbtooling-orm', label: '@dbtooling/orm model (createOrm over our DynamoClient)' },
  observed: {
    name: 'dbtooling-orm-observed',
    label: '@dbtooling/orm model with pino logging, OpenTelemetry metrics and tracing on',
  },
  baseline: { name: 'dbtooling-orm-baseline', label: '@dbtooling/orm model built from DBTOOLING_BASELINE' },
} as const

export const dbtoolingOrm = ormContestant('plain')

/** The same ORM with pino logging, OpenTelemetry metrics and tracing (ORM and client spans) on. */
export const dbtoolingOrmObserved = ormContestant('observed')

/** The ORM and client built from the baseline checkout (`DBTOOLING_BASELINE`), read against `dbtooling-orm`. */
export const dbtoolingOrmBaseline = ormContestant('baseline')

function ormContestant(variant: keyof typeof VARIANTS) {
  const observed = variant === 'observed'
  const baseline = variant === 'baseline'
  return defineContestant({
    ...VARIANTS[variant],
    unavailable: baseline ? async () => baselineUnavailable('orm') : ormUnavailable,
    async setup(target: Target) {
      const orm = await loadOrm(baseline ? (baselineModule('orm') ?? undefined) : undefined)
      if (typeof orm === 'string') throw new Error(orm)
      const { client } = await ourClient(
        target,
        baseline ? (baselineModule('dynamo-client') ?? undefined) : undefined,
      )
      const stack = observed ? observabilityStack() : null
      const observability = stack
        ? { logger: stack.logger, tracer: stack.tracer, meter: stack.meter }
        : undefined
      const User = userModel(orm, client, observability)
      // update() is an instance method: find the user once, then each call writes the two attributes.
      const user = await User.find(FIND_ID)
      if (!user) throw new Error(`User.find(${FIND_ID}) returned nothing`)
      // A model skips the write when nothing changed, so each call writes the other of two value sets
      // (ORM_UPDATES) and the count of UpdateItem responses proves a request went out.
      const state = countUpdates(client)
      return { client, User, user, state, stack }
    },
    async teardown(ctx) {
      await ctx.client.close()
      await ctx.stack?.close()
    },
    scenarios: {
      find: async ({ User }) => ((await User.find(FIND_ID)) ? 1 : 0),
      create: async ({ User }) => ((await User.create({ ...NEW_USER })) ? 1 : 0),
      where10: async ({ User }) => (await User.where('teamId', TEAM_ID).get()).length,
      update2: async ({ user, state }) => {
        const before = state.updates
        // Both attributes change on every call; the plain client contestants send the same two requests in turn.
        await user.update({ ...ORM_UPDATES[state.calls++ % 2]! })
        return state.updates - before
      },
    },
  })
}
