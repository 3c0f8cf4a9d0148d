import * as v from 'valibot'
import { attributeName, fn, int } from './schema-helpers'
import type { QueryHook } from './types'

const hookNames = [
  'beforeCreate',
  'afterCreate',
  'beforeUpdate',
  'afterUpdate',
  'beforeDelete',
  'afterDelete',
  'beforeQuery',
  'afterQuery',
] as const

function hooksSchema() {
  return v.strictObject(
    Object.fromEntries(hookNames.map((name) => [name, v.optional(fn<QueryHook>())])) as Record<
      (typeof hookNames)[number],
      v.OptionalSchema<v.CustomSchema<QueryHook, string>, undefined>
    >,
  )
}

function entityCachingSchema() {
  return v.strictObject({
    enabled: v.optional(v.boolean()),
    ttlMs: v.optional(int(1)),
    maxSize: v.optional(int(1)),
  })
}

function cachingSchema() {
  return v.strictObject({
    enabled: v.optional(v.boolean(), false),
    maxSize: v.optional(int(1), 1_000),
    ttlMs: v.optional(int(1), 60_000),
    perEntity: v.optional(v.record(v.string(), entityCachingSchema()), {}),
  })
}

function softDeletesSchema() {
  return v.strictObject({
    enabled: v.optional(v.boolean(), false),
    attribute: v.optional(attributeName(), 'deletedAt'),
  })
}

const folderHint = 'use a folder path such as ./app/Models, or a list of them'

/** The `queryBuilder` options of the config schema, built when the schema is (see configSchemaOf). */
export function queryBuilderSchema() {
  const folder = v.pipe(v.string(), v.minLength(1, folderHint))
  return v.strictObject({
    modelsPath: v.optional(
      v.union([folder, v.pipe(v.array(folder), v.minLength(1, folderHint))]),
      './app/Models',
    ),
    entityMappingStrategy: v.optional(v.picklist(['attribute', 'prefix']), 'attribute'),
    timestampFormat: v.optional(v.picklist(['iso', 'unix', 'unixMs']), 'iso'),
    softDeletes: v.optional(softDeletesSchema(), {}),
    hooks: v.optional(hooksSchema(), {}),
    caching: v.optional(cachingSchema(), {}),
    createdAtAttribute: v.optional(attributeName(), 'createdAt'),
    updatedAtAttribute: v.optional(attributeName(), 'updatedAt'),
    versionAttribute: v.optional(attributeName(), '_v'),
    strict: v.optional(v.boolean(), false),
  })
}
