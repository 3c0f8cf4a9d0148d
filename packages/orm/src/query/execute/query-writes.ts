import type { OrmContext } from '../../context'
import { nowIn } from '../../model/timestamps'
import { executePlan, planDelete, planUpdate } from '../../write/index'
import { withChanges } from '../description'
import { QueryError } from '../errors'
import { readAll, type StoredItem } from './read-pages'
import type { QueryRunner } from './runner'

/** Writes in flight at once: enough to hide latency, few enough not to burst a provisioned table. */
const CONCURRENCY = 10

/**
 * Updates every match through `planUpdate` (changed attributes only, index keys re-rendered, unique
 * guards moved, versions checked against what was read). Like Laravel's mass update, model events do
 * not fire. Returns the number of items written.
 */
export async function updateMatching(
  runner: QueryRunner<unknown>,
  changes: Record<string, unknown>,
): Promise<number> {
  const ctx = ormContext(runner)
  const entity = ctx.design.entities[runner.entity]!
  const stamped = { ...changes }
  const stamps = entity.traits.timestamps
  if (stamps && !(stamps.updatedAt in changes)) stamped[stamps.updatedAt] = nowIn(stamps.format)
  return writeEach(runner, (item) =>
    planUpdate(ctx, runner.entity, item, stamped, { expectedVersion: version(ctx, runner.entity, item) }),
  )
}

/**
 * Deletes every match: soft-deleting models get the soft-delete timestamp (and drop out of live-only
 * indexes), others are removed with their unique guards. Returns the number of items written.
 */
export async function deleteMatching(runner: QueryRunner<unknown>): Promise<number> {
  const ctx = ormContext(runner)
  const entity = ctx.design.entities[runner.entity]!
  const soft = entity.traits.softDeletes
  if (soft && runner.description.trashed !== 'only') {
    const now = nowIn(entity.traits.timestamps?.format ?? 'iso')
    const changes: Record<string, unknown> = { [soft.attribute]: now }
    if (entity.traits.timestamps) changes[entity.traits.timestamps.updatedAt] = now
    return writeEach(runner, (item) => planUpdate(ctx, runner.entity, item, changes, {}))
  }
  return writeEach(runner, (item) =>
    planDelete(ctx, runner.entity, item, { expectedVersion: version(ctx, runner.entity, item) }),
  )
}

/** Deletes every match for good, soft deletes or not. */
export async function forceDeleteMatching(runner: QueryRunner<unknown>): Promise<number> {
  const ctx = ormContext(runner)
  return writeEach(runner, (item) =>
    planDelete(ctx, runner.entity, item, { expectedVersion: version(ctx, runner.entity, item) }),
  )
}

async function writeEach(
  runner: QueryRunner<unknown>,
  plan: (item: StoredItem) => Parameters<typeof executePlan>[1],
): Promise<number> {
  const ctx = ormContext(runner)
  // Whole items are needed to move guards and re-render index keys, whatever select() asked for.
  const description = withChanges(runner.description, { select: null })
  const { items } = await readAll(ctx, runner.compile(description), description)
  let written = 0
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    const batch = items.slice(start, start + CONCURRENCY)
    const results = await Promise.all(batch.map((item) => executePlan(ctx, plan(item))))
    for (const result of results) written += result.items > 0 ? 1 : 0
  }
  return written
}

function version(ctx: OrmContext, entityName: string, item: StoredItem): number | null {
  const attribute = ctx.entity(entityName).versionAttribute
  if (attribute === null) return null
  const value = item[attribute]
  return typeof value === 'number' ? value : 0
}

function ormContext(runner: QueryRunner<unknown>): OrmContext {
  const ctx = runner.ctx as Partial<OrmContext>
  if (typeof ctx.entity === 'function' && ctx.client !== undefined) return ctx as OrmContext
  throw new QueryError('INVALID_ARGUMENT', 'query-level update()/delete() need an ORM context', {
    hint: 'build the query through a model or orm.model(name), not from a bare design',
    entity: runner.entity,
  })
}
