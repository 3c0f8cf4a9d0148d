import type { ModelBase } from '../model/model-base'
import { modelMeta } from '../model/model-meta'
import type { ModelCtor } from '../write-ops/types'
import { registeredFactory } from './define-factory'
import { UniqueValuesExhaustedError } from './errors'
import type { FactoryContext, FactoryDescription, Row } from './factory-types'
import { recyclePools } from './relation-links'
import { fillManaged, type RowPlan, resolveStates, rowAttributes } from './row-attributes'
import type { SeedSession } from './session'
import { validateMade } from './validate-row'

/** A made row: its attributes as generated, and the validated (unsaved) instance when asked for. */
export interface MadeRow {
  readonly attributes: Row
  readonly model: ModelBase
  readonly context: FactoryContext<ModelCtor>
}

/** Attempts per row at a value of a unique attribute not used before in the session. */
export const UNIQUE_ATTEMPTS = 25

function modelClass(description: FactoryDescription): typeof ModelBase {
  return description.model as unknown as typeof ModelBase
}

export async function planRows(description: FactoryDescription, session: SeedSession): Promise<RowPlan> {
  const ctor = modelClass(description)
  const meta = modelMeta(ctor.entity())
  const registered = registeredFactory(meta.name)
  return {
    description,
    meta,
    session,
    faker: await session.faker(),
    registered,
    states: resolveStates(meta.name, registered, description.states),
    pools: recyclePools(meta, description.recycle),
  }
}

/** Replaces values of unique attributes already used in the session by values from retry streams. */
function makeUnique(plan: RowPlan, attributes: Row, index: number, sequence: number): void {
  for (const guard of plan.meta.entity.guards) {
    const field = guard.attribute
    const used = plan.session.usedValues(plan.meta.name, field)
    let attempt = 0
    while (used.has(JSON.stringify(attributes[field]))) {
      attempt += 1
      if (attempt > UNIQUE_ATTEMPTS)
        throw new UniqueValuesExhaustedError(plan.meta.name, field, UNIQUE_ATTEMPTS, used.size)
      attributes[field] = rowAttributes(plan, index, sequence, attempt)[field]
    }
    if (attributes[field] !== undefined && attributes[field] !== null)
      used.add(JSON.stringify(attributes[field]))
  }
}

/**
 * Builds rows `from` to `to` (exclusive) of a call whose first session position is `start`: attributes per
 * row from its own seeded stream, unique values checked against the session, ids and timestamps filled,
 * each instance validated by the model, then the afterMaking hooks. Building a call in ranges gives the same
 * rows as building it at once.
 */
export async function makeRange(
  plan: RowPlan,
  start: number,
  from: number,
  to: number,
  instances = true,
): Promise<MadeRow[]> {
  const { description, session } = plan
  const ctor = modelClass(description)
  const hooks = [...(plan.registered?.afterMaking ?? []), ...description.afterMaking]
  const rows: MadeRow[] = []
  for (let index = from; index < to; index++) {
    const sequence = start + index
    const attributes = rowAttributes(plan, index, sequence, 0)
    makeUnique(plan, attributes, index, sequence)
    fillManaged(plan, attributes, sequence)
    const context = { faker: plan.faker, sequence, index, model: description.model }
    if (!instances) {
      rows.push({ attributes, model: null as unknown as ModelBase, context })
      continue
    }
    const model = new ctor().forceFill(attributes)
    await validateMade(model, index)
    if (hooks.length > 0) session.random.at(session.seed, plan.meta.name, sequence, 'afterMaking')
    for (const hook of hooks) await hook(model as never, context)
    rows.push({ attributes, model, context })
  }
  return rows
}

/** Builds every row of a factory call (see `makeRange`). */
export async function makeRows(
  description: FactoryDescription,
  session: SeedSession,
  options: { instances?: boolean } = {},
): Promise<MadeRow[]> {
  const plan = await planRows(description, session)
  const start = session.reserve(plan.meta.name, description.count)
  return makeRange(plan, start, 0, description.count, options.instances !== false)
}
