import type { AttributeMap, DynamoClient } from '@dbtooling/dynamo-client'
import { account, type PathResult, runAll } from '../../../../tests/faults/accounting'
import { increment, insertMany, type Orm } from '../../src/index'
import { Account, Note } from '../write-ops/support/fixtures'

export interface OrmPathContext {
  orm: Orm<readonly [typeof Account, typeof Note]>
  direct: DynamoClient
  table: string
  count: number
  tag: string
}

const CONCURRENCY = 8

/** Every item of the table, read straight from DynamoDB Local. */
export async function scanAll(direct: DynamoClient, table: string): Promise<AttributeMap[]> {
  const items: AttributeMap[] = []
  for await (const page of direct.paginateScan({ TableName: table, ConsistentRead: true }))
    items.push(...(page.Items ?? []))
  return items
}

const text = (value: AttributeMap[string] | undefined) => (value && 'S' in value ? value.S : undefined)
const number = (value: AttributeMap[string] | undefined) => (value && 'N' in value ? Number(value.N) : 0)

/** Entities of `type` whose id starts with `prefix`, and unique guards whose value starts with it. */
export async function census(ctx: OrmPathContext, type: string, prefix: string) {
  const items = await scanAll(ctx.direct, ctx.table)
  const entities = items.filter((item) => text(item._et) === type && (text(item.id) ?? '').startsWith(prefix))
  const guards = items.filter(
    (item) => (text(item.pk) ?? '').startsWith('UNIQUE#') && (text(item.pk) ?? '').includes(prefix),
  )
  return { entities, guards }
}

/**
 * Guards consistent with entities: one guard per live unique value, each naming an existing entity, and
 * no guard left for a value no entity holds. Returns the number of inconsistent guards or entities.
 */
function guardMismatches(entities: AttributeMap[], guards: AttributeMap[]): number {
  const emails = new Set(entities.map((entity) => text(entity.email)))
  const guarded = guards.map((guard) => text(guard.pk) ?? '')
  const orphans = guarded.filter(
    (pk) => ![...emails].some((email) => email !== undefined && pk.endsWith(`#${email}`)),
  )
  const unguarded = [...emails].filter((email) => !guarded.some((pk) => pk.endsWith(`#${email}`)))
  return orphans.length + unguarded.length
}

export interface OrmWritePath {
  readonly name: string
  run(ctx: OrmPathContext): Promise<PathResult & { guardMismatches?: number }>
}

const ids = (ctx: OrmPathContext, path: string) =>
  Array.from({ length: ctx.count }, (_, i) => `${ctx.tag}-${path}-${i}`)

export const ORM_PATHS: readonly OrmWritePath[] = [
  {
    name: 'Model.create (plain)',
    async run(ctx) {
      const keys = ids(ctx, 'nc')
      const errors = await runAll(ctx.count, CONCURRENCY, (i) => Note.create({ id: keys[i]!, body: 'b' }))
      const { entities } = await census(ctx, 'Note', `${ctx.tag}-nc-`)
      return account(this.name, ctx.count, entities.length, errors)
    },
  },
  {
    name: 'Model.create (unique guard)',
    async run(ctx) {
      const keys = ids(ctx, 'ac')
      const errors = await runAll(ctx.count, CONCURRENCY, (i) =>
        Account.create({ id: keys[i]!, email: `${keys[i]!}@x.io`, balance: 1 }),
      )
      const { entities, guards } = await census(ctx, 'Account', `${ctx.tag}-ac-`)
      return {
        ...account(this.name, ctx.count, entities.length, errors),
        guardMismatches: guardMismatches(entities, guards),
      }
    },
  },
  {
    name: 'instance.save (versioned)',
    async run(ctx) {
      const keys = ids(ctx, 'as')
      await insertMany(
        Account,
        keys.map((id) => ({ id, email: `${id}@x.io`, balance: 1 })),
      )
      const errors = await runAll(ctx.count, CONCURRENCY, async (i) => {
        const found = await Account.findOrFail(keys[i]!)
        found.note = 'saved'
        await found.save()
      })
      const { entities } = await census(ctx, 'Account', `${ctx.tag}-as-`)
      const saved = entities.filter((entity) => text(entity.note) === 'saved' && number(entity._v) === 2)
      return account(this.name, ctx.count, saved.length, errors)
    },
  },
  {
    name: 'instance.update (unique value moved)',
    async run(ctx) {
      const keys = ids(ctx, 'au')
      await insertMany(
        Account,
        keys.map((id) => ({ id, email: `${id}@x.io` })),
      )
      const errors = await runAll(ctx.count, CONCURRENCY, async (i) => {
        const found = await Account.findOrFail(keys[i]!)
        await found.update({ email: `${keys[i]!}-new@x.io` })
      })
      const { entities, guards } = await census(ctx, 'Account', `${ctx.tag}-au-`)
      const moved = entities.filter((entity) => (text(entity.email) ?? '').endsWith('-new@x.io'))
      return {
        ...account(this.name, ctx.count, moved.length, errors),
        guardMismatches: guardMismatches(entities, guards),
      }
    },
  },
  {
    name: 'instance.forceDelete (with guard)',
    async run(ctx) {
      const keys = ids(ctx, 'ad')
      await insertMany(
        Account,
        keys.map((id) => ({ id, email: `${id}@x.io` })),
      )
      const errors = await runAll(ctx.count, CONCURRENCY, async (i) => {
        await (await Account.findOrFail(keys[i]!)).forceDelete()
      })
      const { entities, guards } = await census(ctx, 'Account', `${ctx.tag}-ad-`)
      const deleted = ctx.count - entities.length
      return {
        ...account(this.name, ctx.count, deleted, errors),
        guardMismatches: guardMismatches(entities, guards),
      }
    },
  },
  {
    name: 'insertMany (BatchWriteItem)',
    async run(ctx) {
      const keys = ids(ctx, 'ni')
      const errors = await runAll(1, 1, () =>
        insertMany(
          Note,
          keys.map((id) => ({ id, body: 'b' })),
        ),
      )
      const { entities } = await census(ctx, 'Note', `${ctx.tag}-ni-`)
      return account(this.name, ctx.count, entities.length, errors)
    },
  },
  {
    name: 'insertMany (transactions, unique guards)',
    async run(ctx) {
      const keys = ids(ctx, 'ai')
      const errors = await runAll(1, 1, () =>
        insertMany(
          Account,
          keys.map((id) => ({ id, email: `${id}@x.io` })),
        ),
      )
      const { entities, guards } = await census(ctx, 'Account', `${ctx.tag}-ai-`)
      return {
        ...account(this.name, ctx.count, entities.length, errors),
        guardMismatches: guardMismatches(entities, guards),
      }
    },
  },
  {
    name: 'orm.transaction',
    async run(ctx) {
      const keys = ids(ctx, 'tx')
      const errors = await runAll(ctx.count, CONCURRENCY, (i) =>
        ctx.orm.transaction(async (trx) => {
          await trx.create(Account, { id: keys[i]!, email: `${keys[i]!}@x.io` })
          await trx.create(Note, { id: keys[i]!, body: 'with account' })
        }),
      )
      const accounts = await census(ctx, 'Account', `${ctx.tag}-tx-`)
      const notes = await census(ctx, 'Note', `${ctx.tag}-tx-`)
      const found = accounts.entities.length + notes.entities.length
      return {
        ...account(this.name, ctx.count * 2, found, errors),
        guardMismatches: guardMismatches(accounts.entities, accounts.guards),
      }
    },
  },
]

/** The documented exception: increment is an ADD, doubled when its answer is lost after it was applied. */
export const ORM_INCREMENT: OrmWritePath = {
  name: 'increment (ADD, default)',
  async run(ctx) {
    const id = `${ctx.tag}-inc`
    await Note.create({ id, body: 'counter', views: 0 })
    const errors = await runAll(ctx.count, CONCURRENCY, () => increment(Note, id, 'views'))
    const { entities } = await census(ctx, 'Note', id)
    return account(this.name, ctx.count, number(entities[0]?.views), errors)
  },
}
