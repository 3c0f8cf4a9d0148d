import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { account, runAll } from '../../../../tests/faults/accounting'
import { appendToList, importTable, increment } from '../../src/index'
import { Account, Note } from '../write-ops/support/fixtures'
import { census, type OrmPathContext, type OrmWritePath } from './orm-paths'

const CONCURRENCY = 8
const ids = (ctx: OrmPathContext, path: string) =>
  Array.from({ length: ctx.count }, (_, i) => `${ctx.tag}-${path}-${i}`)

/**
 * Write paths beyond the model's own: the opt-in idempotent atomic writes (the fix for the documented
 * exception), seeding through factories, and import. Each is read back directly afterwards.
 */
export const PRODUCT_PATHS: readonly OrmWritePath[] = [
  {
    name: 'increment (ADD, idempotent)',
    async run(ctx) {
      const id = `${ctx.tag}-inci`
      await Note.create({ id, body: 'counter', views: 0 })
      const errors = await runAll(ctx.count, CONCURRENCY, () =>
        increment(Note, id, 'views', 1, { idempotent: true }),
      )
      const { entities } = await census(ctx, 'Note', id)
      const views = entities[0]?.views
      return account(this.name, ctx.count, views && 'N' in views ? Number(views.N) : 0, errors)
    },
  },
  {
    name: 'appendToList (list_append, idempotent)',
    async run(ctx) {
      const id = `${ctx.tag}-appi`
      await Note.create({ id, body: 'list', lines: [] })
      const errors = await runAll(ctx.count, CONCURRENCY, (i) =>
        appendToList(Note, id, 'lines', [`line ${i}`], { idempotent: true }),
      )
      const { entities } = await census(ctx, 'Note', id)
      const lines = entities[0]?.lines
      return account(this.name, ctx.count, lines && 'L' in lines ? lines.L.length : 0, errors)
    },
  },
  {
    name: 'Factory.create (seeding, BatchWriteItem)',
    async run(ctx) {
      const keys = ids(ctx, 'fn')
      const errors = await runAll(1, 1, () =>
        Note.factory()
          .count(ctx.count)
          .seed(7)
          .state(({ index }) => ({ id: keys[index]! }))
          .create(),
      )
      const { entities } = await census(ctx, 'Note', `${ctx.tag}-fn-`)
      return account(this.name, ctx.count, entities.length, errors)
    },
  },
  {
    name: 'Factory.create (seeding, unique guards)',
    async run(ctx) {
      const keys = ids(ctx, 'fa')
      const errors = await runAll(1, 1, () =>
        Account.factory()
          .count(ctx.count)
          .seed(7)
          .state(({ index }) => ({ id: keys[index]!, email: `${keys[index]!}@x.io` }))
          .create(),
      )
      const { entities, guards } = await census(ctx, 'Account', `${ctx.tag}-fa-`)
      return {
        ...account(this.name, ctx.count, entities.length, errors),
        guardMismatches: Math.abs(guards.length - entities.length),
      }
    },
  },
  {
    name: 'importTable (rows through a model)',
    async run(ctx) {
      const keys = ids(ctx, 'im')
      const file = join(tmpdir(), `${ctx.tag}-import-${Date.now()}.ndjson`)
      writeFileSync(file, `${keys.map((id) => JSON.stringify({ id, body: 'imported' })).join('\n')}\n`)
      const errors = await runAll(1, 1, () =>
        importTable(ctx.orm, { file, model: 'Note', batchSize: Math.ceil(ctx.count / 3) }),
      )
      const { entities } = await census(ctx, 'Note', `${ctx.tag}-im-`)
      return account(this.name, ctx.count, entities.length, errors)
    },
  },
]
