/**
 * The version of @dbtooling/schema.
 *
 * @dbtooling/schema: Stacks-style models in, a single-table DynamoDB design out. Derivation is pure; only the
 * config and model loaders read files.
 *
 * @example
 * ```ts
 * console.log(`@dbtooling/schema ${VERSION}`)
 * ```
 */
export const VERSION = '0.1.0'

export * from './access/index'
export * from './config/index'
export * from './derive/index'
export type * from './design/index'
export * from './docs/index'
export * from './errors/index'
export * from './keys/index'
export * from './loader/index'
export * from './model/index'
