// biome-ignore-all assist/source/organizeImports: relations and eager loading extend models and builders when imported, so the export order is the load order
/**
 * The version of @dbtooling/orm.
 *
 * @dbtooling/orm: Eloquent-style models and queries over a single-table DynamoDB design.
 *
 * @example
 * ```ts
 * console.log(`@dbtooling/orm ${VERSION}`)
 * ```
 */
export const VERSION = '0.1.0'

export * from './batch/index'
export * from './cache/index'
export * from './coalescing/index'
export type { OrmContext, OrmOptions, ResolvedOrmOptions } from './context'
export * from './errors/index'
export * from './factories/index'
export * from './model/index'
export * from './observability/index'
export * from './orm/index'
export * from './query/index'
export * from './raw/index'
export * from './result-cache/index'
export * from './security/index'
export * from './seeders/index'
export * from './relations/index'
export * from './loading/index'
export * from './storage/index'
export * from './table/index'
export * from './tenancy/index'
export * from './timeseries/index'
export * from './transaction/index'
export * from './write/index'
export * from './write-ops/index'
export * from './transfer/index'
export * from './migrations/index'
