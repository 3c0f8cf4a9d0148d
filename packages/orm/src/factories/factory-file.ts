import type { ModelCtor } from '../write-ops/types'
import type { FactoryContext, FactoryHook, Row } from './factory-types'

/**
 * A factory in a file of its own (`database/factories/PostFactory.ts`), for apps whose model classes are
 * made by the ORM from model files: it names its model instead of importing the class.
 *
 * @example
 * ```ts
 * const file: FactoryFile = {
 *   model: 'Post',
 *   definition: ({ faker }) => ({ title: faker.lorem.sentence() }),
 * }
 * export default factoryFile(file)
 * ```
 */
export interface FactoryFile {
  /** The model's name, as in its definition (`Post`). */
  readonly model: string
  /**
   * Attributes of one row. The file names its model instead of importing its class, so they are plain
   * values here, checked when the row is created (model validation), not by type.
   */
  readonly definition: (context: FactoryContext<ModelCtor>) => Row
  /** Named states, applied with `.state('published')`. */
  readonly states?: Readonly<
    Record<string, Row | ((context: FactoryContext<ModelCtor>, attributes: Readonly<Row>) => Row)>
  >
  readonly afterMaking?: FactoryHook<ModelCtor>
  readonly afterCreating?: FactoryHook<ModelCtor>
}

/**
 * Types a factory file's default export; returns it unchanged.
 *
 * ```ts
 * export default factoryFile({
 *   model: 'Post',
 *   definition: ({ faker, sequence }) => ({ title: `${sequence}. ${faker.lorem.sentence()}` }),
 *   states: { published: { status: 'published' } },
 * })
 * ```
 *
 * @example
 * ```ts
 * export default factoryFile({ model: 'Post', definition: ({ faker }) => ({ title: faker.lorem.sentence() }) })
 * ```
 */
export function factoryFile(file: FactoryFile): FactoryFile {
  return file
}

/** Whether a module export is a factory file (the loader refuses a file that has none). */
export function isFactoryFile(value: unknown): value is FactoryFile {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { model?: unknown; definition?: unknown }
  return typeof candidate.model === 'string' && typeof candidate.definition === 'function'
}
