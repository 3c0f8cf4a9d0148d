import { lazyCall } from '../lazy-call'
import type { ModelBase } from '../model/model-base'
import type { InstanceOf, ModelCtor } from '../write-ops/types'
import { FactoryCountError } from './errors'
import type {
  FactoryAttributes,
  FactoryDescription,
  FactoryHook,
  FactoryLike,
  FactoryState,
  PivotAttributes,
  Row,
  StoredModel,
} from './factory-types'
import { isFactory } from './nesting'
import { SeedSession } from './session'

// Making and writing rows (rule values, validation, relation links, batch and transaction writes) load on
// the first make/create: see lazy-call.ts. Builder methods stay here because they are synchronous.
const makeRows = lazyCall(() => import('../lazy-subsystems').then((m) => m.makeRows))
const createRows = lazyCall(() => import('../lazy-subsystems').then((m) => m.createRows))

/** Stored models: one, a list, or a query result collection. */
type Models = readonly StoredModel[] | { all(): StoredModel[] } | StoredModel

function listOf(models: Models): readonly ModelBase[] {
  if (Array.isArray(models)) return models as unknown as ModelBase[]
  if (typeof (models as { all?: unknown }).all === 'function')
    return (models as { all(): StoredModel[] }).all() as unknown as ModelBase[]
  return [models as unknown as ModelBase]
}

/**
 * A factory builder for one model. Immutable: every method returns a new builder, so a configured factory
 * can be shared and extended. `make()` builds validated instances without writing; `create()` writes them
 * (BatchWriteItem, or transactions with guard items for models with unique attributes), then their `has`
 * children and `hasAttached` edges.
 *
 * @example
 * ```ts
 * const posts = await Post.factory().count(3).state('published').make() // nothing sent
 * const [author] = await User.factory().has(Post.factory().count(2)).create()
 * ```
 */
export class Factory<C extends ModelCtor> implements FactoryLike {
  readonly description: FactoryDescription

  private constructor(description: FactoryDescription) {
    this.description = Object.freeze(description)
  }

  static of<C extends ModelCtor>(model: C): Factory<C> {
    return new Factory<C>({
      model,
      count: 1,
      states: [],
      sequence: [],
      overrides: {},
      afterMaking: [],
      afterCreating: [],
      has: [],
      for: [],
      attached: [],
      recycle: new Map(),
      session: null,
      seed: undefined,
      refDate: undefined,
      rowAttributes: null,
    })
  }

  #with(patch: Partial<FactoryDescription>): Factory<C> {
    return new Factory<C>({ ...this.description, ...patch })
  }

  /** How many models to make (default 1). */
  count(count: number): Factory<C> {
    if (!Number.isInteger(count) || count < 0)
      throw new FactoryCountError(this.description.model.modelName, count)
    return this.#with({ count })
  }

  /** A named state of the model's factory, or inline attributes / a function of the row. */
  state(state: string | FactoryState<C>): Factory<C> {
    return this.#with({ states: [...this.description.states, state as string | FactoryState<ModelCtor>] })
  }

  /** Attributes taken in turn per row: `.sequence({ role: 'admin' }, { role: 'user' })`. */
  sequence(...steps: FactoryState<C>[]): Factory<C> {
    return this.#with({ sequence: steps as FactoryState<ModelCtor>[] })
  }

  /** Attributes every row gets, over the definition and states. */
  set(attributes: FactoryAttributes<C>): Factory<C> {
    return this.#with({ overrides: { ...this.description.overrides, ...(attributes as Row) } })
  }

  afterMaking(hook: FactoryHook<C>): Factory<C> {
    const list = [...this.description.afterMaking, hook as unknown as FactoryHook<ModelCtor>]
    return this.#with({ afterMaking: list })
  }

  afterCreating(hook: FactoryHook<C>): Factory<C> {
    const list = [...this.description.afterCreating, hook as unknown as FactoryHook<ModelCtor>]
    return this.#with({ afterCreating: list })
  }

  /** Children through a hasMany/hasOne/morphMany/morphOne relation: `count` of them per created model. */
  has(factory: FactoryLike, relation?: string): Factory<C> {
    return this.#with({ has: [...this.description.has, { factory, relation }] })
  }

  /** The parent through a belongsTo/morphTo relation: one parent made for every row, or a stored model. */
  for(parent: FactoryLike | StoredModel, relation?: string): Factory<C> {
    // Not `'description' in parent`: a model may have an attribute named description.
    const target = isFactory(parent) ? parent : (parent as unknown as ModelBase)
    return this.#with({ for: [...this.description.for, { parent: target, relation }] })
  }

  /** Related models attached through a belongsToMany/morphToMany relation, with pivot attributes. */
  hasAttached(related: FactoryLike | Models, pivot: PivotAttributes = {}, relation?: string): Factory<C> {
    const target = isFactory(related) ? related : listOf(related as Models)
    return this.#with({ attached: [...this.description.attached, { related: target, pivot, relation }] })
  }

  /** Stored models to reuse for belongsTo keys, `for` and `hasAttached` of their model (also in nested factories). */
  recycle(models: Models): Factory<C> {
    const recycle = new Map(this.description.recycle)
    for (const model of listOf(models)) {
      const name = model.$meta.name
      recycle.set(name, [...(recycle.get(name) ?? []), model])
    }
    return this.#with({ recycle })
  }

  /** Reproducible data: the same seed gives byte-identical rows (ids and timestamps included). */
  seed(seed: number, refDate?: Date | string): Factory<C> {
    return this.#with({ seed, refDate })
  }

  /** Runs inside a seeding session (a seeder's): positions, unique values and the seed are shared. */
  inSession(session: SeedSession): Factory<C> {
    return this.#with({ session })
  }

  /** @internal per-row attributes a parent factory sets. */
  withRowAttributes(rowAttributes: (index: number) => Readonly<Row>): Factory<C> {
    return this.#with({ rowAttributes })
  }

  /** Validated, unsaved instances (`has`/`hasAttached` need stored parents, so only `create()` runs them). */
  async make(overrides: FactoryAttributes<C> = {}): Promise<InstanceOf<C>[]> {
    const made = await makeRows(this.#over(overrides), this.#session())
    return made.map((row) => row.model) as InstanceOf<C>[]
  }

  /** The attribute rows `make()` would fill instances with (nothing validated or written). */
  async raw(overrides: FactoryAttributes<C> = {}): Promise<Row[]> {
    const made = await makeRows(this.#over(overrides), this.#session(), { instances: false })
    return made.map((row) => row.attributes)
  }

  /** Makes, validates and writes the models, then their children and edges; resolves the stored models. */
  create(overrides: FactoryAttributes<C> = {}): Promise<InstanceOf<C>[]> {
    return createRows(this.#over(overrides), this.#session()) as Promise<InstanceOf<C>[]>
  }

  async makeOne(overrides: FactoryAttributes<C> = {}): Promise<InstanceOf<C>> {
    return (await this.count(1).make(overrides))[0]!
  }

  async createOne(overrides: FactoryAttributes<C> = {}): Promise<InstanceOf<C>> {
    return (await this.count(1).create(overrides))[0]!
  }

  #over(overrides: FactoryAttributes<C>): FactoryDescription {
    const extra = overrides as Row
    if (Object.keys(extra).length === 0) return this.description
    return { ...this.description, overrides: { ...this.description.overrides, ...extra } }
  }

  #session(): SeedSession {
    const { session, seed, refDate } = this.description
    if (session) return session
    return new SeedSession({
      ...(seed !== undefined ? { seed } : {}),
      ...(refDate !== undefined ? { refDate } : {}),
    })
  }
}
