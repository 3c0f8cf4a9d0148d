import type { ModelBase } from '../model/model-base'
import { modelMeta } from '../model/model-meta'
import type { ModelCtor } from '../write-ops/types'
import { attachRelated } from './attach-related'
import { registeredFactory } from './define-factory'
import type { FactoryDescription, FactoryLike, Row } from './factory-types'
import { type MadeRow, makeRange, planRows } from './make-rows'
import { isFactory, withRecycle } from './nesting'
import { childPointer, findRelation, pointerTo } from './relation-links'
import type { SeedSession } from './session'
import { writeModels } from './write-rows'

/** Rows made and written per step; the next step is made while this one is written. */
const CHUNK = 1000

function classOf(description: FactoryDescription): typeof ModelBase {
  return description.model as unknown as typeof ModelBase
}

/** The attributes pointing every row at its `for` parents (made once, or recycled, or given). */
async function parentPointers(description: FactoryDescription, session: SeedSession): Promise<Row> {
  const meta = modelMeta(classOf(description).entity())
  const pointers: Row = {}
  for (const entry of description.for) {
    const parentName = isFactory(entry.parent)
      ? entry.parent.description.model.modelName
      : (entry.parent as ModelBase).$meta.name
    const relation = findRelation(meta, ['belongsTo', 'morphTo'], parentName, entry.relation)
    let parent: ModelBase
    if (!isFactory(entry.parent)) parent = entry.parent as ModelBase
    else {
      const pool = description.recycle.get(parentName)
      parent = pool?.length
        ? pool[session.random.at(session.seed, meta.name, 'for', relation.name).int(pool.length)]!
        : (await createRows({ ...withRecycle(entry.parent.description, description), count: 1 }, session))[0]!
    }
    Object.assign(pointers, pointerTo(relation, parent))
  }
  return pointers
}

async function runHooks(description: FactoryDescription, made: readonly MadeRow[], session: SeedSession) {
  const registered = registeredFactory((description.model as ModelCtor).modelName)
  const hooks = [...(registered?.afterCreating ?? []), ...description.afterCreating]
  if (hooks.length === 0) return
  for (const row of made) {
    session.random.at(session.seed, row.model.$meta.name, row.context.sequence, 'afterCreating')
    for (const hook of hooks) await hook(row.model as never, row.context)
  }
}

/** Makes and writes in chunks: chunk n+1 is made (CPU) while chunk n is written (network). */
async function makeAndWrite(description: FactoryDescription, session: SeedSession): Promise<MadeRow[]> {
  const plan = await planRows(description, session)
  const start = session.reserve(plan.meta.name, description.count)
  const progress = { total: description.count, done: 0 }
  const made: MadeRow[] = []
  let writing: Promise<void> = Promise.resolve()
  for (let from = 0; from < description.count; from += CHUNK) {
    const rows = await makeRange(plan, start, from, Math.min(description.count, from + CHUNK))
    made.push(...rows)
    const previous = writing
    writing = previous.then(() =>
      writeModels(
        rows.map((row) => row.model),
        session,
        progress,
      ),
    )
    // A failed write stops making further chunks.
    writing.catch(() => undefined)
  }
  await writing
  return made
}

/**
 * `create()`: the `for` parents first, then the rows (made, validated, written), afterCreating hooks,
 * `has` children (written with their foreign keys) and `hasAttached` edges.
 */
export async function createRows(
  description: FactoryDescription,
  session: SeedSession,
): Promise<ModelBase[]> {
  const pointers = await parentPointers(description, session)
  const ownRows = description.rowAttributes
  const effective: FactoryDescription =
    Object.keys(pointers).length === 0
      ? description
      : { ...description, rowAttributes: (index) => ({ ...pointers, ...ownRows?.(index) }) }
  const made = await makeAndWrite(effective, session)
  await runHooks(description, made, session)
  const models = made.map((row) => row.model)
  if (models.length > 0) session.noteCreated(models[0]!.$meta.name, models)
  for (const entry of description.has)
    await createChildren(description, models, entry.factory, entry.relation, session)
  for (const entry of description.attached) await attachRelated(description, models, entry, session)
  return models
}

async function createChildren(
  description: FactoryDescription,
  parents: readonly ModelBase[],
  child: FactoryLike,
  name: string | undefined,
  session: SeedSession,
): Promise<void> {
  if (parents.length === 0) return
  const meta = parents[0]!.$meta
  const childName = (child.description.model as ModelCtor).modelName
  const relation = findRelation(meta, ['hasMany', 'hasOne', 'morphMany', 'morphOne'], childName, name)
  const perParent = relation.kind === 'hasOne' || relation.kind === 'morphOne' ? 1 : child.description.count
  const nested = withRecycle(child.description, description)
  await createRows(
    {
      ...nested,
      count: perParent * parents.length,
      rowAttributes: (index) => ({
        ...nested.rowAttributes?.(index),
        ...childPointer(relation, parents[Math.floor(index / perParent)]!),
      }),
    },
    session,
  )
}
