import type { WritableAttributes } from '../model/attribute-types'
import type { ModelBase } from '../model/model-base'
import type { InstanceOf, ModelCtor } from '../write-ops/types'
import type { Faker } from './load-faker'
import type { SeedSession } from './session'

export type Row = Record<string, unknown>

/**
 * A model instance as user code holds it (any model class).
 *
 * @example
 * ```ts
 * const [team]: StoredModel[] = await Team.factory().create()
 * await User.factory().count(3).recycle([team]).create()
 * ```
 */
export interface StoredModel {
  readonly exists: boolean
  toStorage(): Record<string, unknown>
}

/**
 * Attributes a factory may set on a model of class `C` (every attribute but the auto-managed ones).
 *
 * @example
 * ```ts
 * const overrides: FactoryAttributes<typeof User> = { role: 'admin' }
 * const admin = await User.factory().makeOne(overrides)
 * ```
 */
export type FactoryAttributes<C extends ModelCtor> = Partial<WritableAttributes<C['definition']>>

/**
 * What a factory definition, a state or a sequence step gets for each row.
 *
 * @example
 * ```ts
 * defineFactory(User, (context: FactoryContext<typeof User>) => ({ email: `user${context.sequence}@example.com` }))
 * ```
 */
export interface FactoryContext<C extends ModelCtor> {
  /** faker seeded for this row alone (same seed, model and position: same values). */
  readonly faker: Faker
  /** The row's position among every row of this model in the seeding session (0, 1, 2...). */
  readonly sequence: number
  /** The row's position in this factory call. */
  readonly index: number
  readonly model: C
}

/**
 * How a factory makes one row: a function of the row's context (seeded faker, sequence) returning attributes.
 *
 * @example
 * ```ts
 * const definition: FactoryDefinition<typeof Post> = ({ faker }) => ({ title: faker.lorem.sentence() })
 * defineFactory(Post, definition)
 * ```
 */
export type FactoryDefinition<C extends ModelCtor> = (context: FactoryContext<C>) => FactoryAttributes<C>

/**
 * A state: attributes, or a function of the row's context and the attributes so far.
 *
 * @example
 * ```ts
 * const verified: FactoryState<typeof User> = (_context, attributes) => ({ verifiedAt: attributes.createdAt })
 * const users = await User.factory().state(verified).make()
 * ```
 */
export type FactoryState<C extends ModelCtor> =
  | FactoryAttributes<C>
  | ((context: FactoryContext<C>, attributes: Readonly<Row>) => FactoryAttributes<C>)

/**
 * A hook a factory runs on each made or created instance (`afterMaking`, `afterCreating`).
 *
 * @example
 * ```ts
 * const log: FactoryHook<typeof User> = (user, { index }) => console.log('made', index, user.email)
 * const users = await User.factory().afterMaking(log).count(2).make()
 * ```
 */
export type FactoryHook<C extends ModelCtor> = (
  model: InstanceOf<C>,
  context: FactoryContext<C>,
) => void | Promise<void>

/**
 * Options of `defineFactory`: named states and the hooks to run after making or creating each instance.
 *
 * @example
 * ```ts
 * const options: FactoryOptions<typeof User> = { states: { admin: { role: 'admin' } } }
 * defineFactory(User, ({ faker }) => ({ name: faker.person.fullName() }), options)
 * ```
 */
export interface FactoryOptions<C extends ModelCtor> {
  /** Named states, applied with `.state('admin')`. */
  readonly states?: Readonly<Record<string, FactoryState<C>>>
  readonly afterMaking?: FactoryHook<C>
  readonly afterCreating?: FactoryHook<C>
}

/**
 * Pivot attributes for `hasAttached`: fixed, or per edge.
 *
 * @example
 * ```ts
 * const pivot: PivotAttributes = ({ index }) => ({ level: index + 1 })
 * await User.factory().hasAttached(Role.factory().count(2), pivot).create()
 * ```
 */
export type PivotAttributes =
  | Readonly<Row>
  | ((edge: { parent: StoredModel; related: StoredModel; faker: Faker; index: number }) => Readonly<Row>)

/**
 * Something a relation of a factory points at: another factory or stored models.
 *
 * @example
 * ```ts
 * const parent: FactoryLike = Team.factory()
 * await User.factory().count(3).for(parent).create()
 * ```
 */
export interface FactoryLike {
  readonly description: FactoryDescription
}

export interface HasEntry {
  readonly factory: FactoryLike
  readonly relation: string | undefined
}

export interface ForEntry {
  readonly parent: FactoryLike | ModelBase
  readonly relation: string | undefined
}

export interface AttachedEntry {
  readonly related: FactoryLike | readonly ModelBase[]
  readonly pivot: PivotAttributes
  readonly relation: string | undefined
}

/**
 * The frozen description a factory builder holds; every builder method returns a new one.
 *
 * @example
 * ```ts
 * const description: FactoryDescription = User.factory().count(3).state('admin').description
 * console.log(description.count, description.states) // 3 ['admin']
 * ```
 */
export interface FactoryDescription {
  readonly model: ModelCtor
  readonly count: number
  readonly states: readonly (string | FactoryState<ModelCtor>)[]
  readonly sequence: readonly FactoryState<ModelCtor>[]
  readonly overrides: Readonly<Row>
  readonly afterMaking: readonly FactoryHook<ModelCtor>[]
  readonly afterCreating: readonly FactoryHook<ModelCtor>[]
  readonly has: readonly HasEntry[]
  readonly for: readonly ForEntry[]
  readonly attached: readonly AttachedEntry[]
  /** Stored models by model name that belongsTo keys (and `for`/`hasAttached` of that model) reuse. */
  readonly recycle: ReadonlyMap<string, readonly ModelBase[]>
  readonly session: SeedSession | null
  readonly seed: number | undefined
  readonly refDate: Date | string | undefined
  /** Per-row attributes a parent factory sets (foreign keys of `has` children). */
  readonly rowAttributes: ((index: number) => Readonly<Row>) | null
}
