/**
 * The version of @dbtooling/driver.
 *
 * @dbtooling/driver: DynamoDB for bun-query-builder, through @dbtooling/orm's planner and client.
 *
 * @example
 * ```ts
 * console.log(`@dbtooling/driver ${VERSION}`)
 * ```
 */
export const VERSION = '0.1.0'

/** The ORM of a project's dbtooling.config.ts: what both the connection and registerDynamoDBDriver take. */
export { loadOrm } from '@dbtooling/orm'

export { type BuilderMeta, builderMeta } from './builder-meta'
export {
  createDynamoConnection,
  type DynamoConnection,
  type StatementExplanation,
} from './connection/create-connection'
export { SqlQuery } from './connection/sql-query'
export { type EntityMapping, entityMappings } from './dynamo-module/entity-mappings'
export type { DynamoModuleClient, WireItem } from './dynamo-module/module-types'
export { type RegisterDynamoDBDriverOptions, registerDynamoDBDriver } from './dynamo-module/register'
export {
  DriverError,
  type DriverErrorCode,
  isDriverError,
  type RefusedClause,
  UnsupportedClauseError,
} from './errors'
export type { WriteResult } from './execute/write-result'
export { toIntent } from './intent/to-intent'
export type {
  AttachIntent,
  Condition,
  DeleteIntent,
  DetachIntent,
  InsertIntent,
  Intent,
  SelectIntent,
  SqlValue,
  UpdateIntent,
} from './intent/types'
export type { DriverOrm } from './orm-handle'
export {
  createDynamoQueryBuilder,
  type DynamoQueryBuilder,
  type QueryBuilderModule,
} from './query-builder'
export { SchemaMap } from './schema-map'
