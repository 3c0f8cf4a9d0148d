import * as v from 'valibot'
import { builtOnFirstUse } from './built-on-first-use'
import { connectionEntries } from './schema-connection'
import { attributeName, fn, int } from './schema-helpers'
import { observabilitySchema } from './schema-observability'
import { queryBuilderSchema } from './schema-query-builder'
import { tableEntries } from './schema-table'

function multiTenancySchema() {
  return v.strictObject({
    enabled: v.optional(v.boolean(), false),
    strategy: v.optional(v.picklist(['table', 'prefix', 'attribute']), 'attribute'),
    tenantAttribute: v.optional(attributeName(), 'tenantId'),
    tableNamePattern: v.optional(v.string(), '{table}-{tenant}'),
    keyPrefix: v.optional(
      v.pipe(v.string(), v.minLength(1, "use a non-empty prefix such as 'TENANT'")),
      'TENANT',
    ),
    resolver: v.optional(v.nullable(fn<() => string | undefined>()), null),
  })
}

function localSchema() {
  return v.strictObject({
    host: v.optional(v.pipe(v.string(), v.minLength(1, "use a host name such as 'localhost'")), 'localhost'),
    port: v.optional(int(1, 65_535), 8000),
    inMemory: v.optional(v.boolean(), true),
    dbPath: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1, 'use a folder path or null'))), null),
    sharedDb: v.optional(v.boolean(), true),
    delayTransientStatuses: v.optional(v.boolean(), false),
  })
}

function buildConfigSchema() {
  return v.strictObject({
    ...connectionEntries(),
    ...tableEntries(),
    queryBuilder: v.optional(queryBuilderSchema(), {}),
    multiTenancy: v.optional(multiTenancySchema(), {}),
    local: v.optional(localSchema(), {}),
    observability: v.optional(observabilitySchema(), {}),
  })
}

type ConfigSchema = ReturnType<typeof buildConfigSchema>
let built: ConfigSchema | undefined

/**
 * The config schema, built on the first call: building it runs a few hundred valibot constructors, which a
 * process that never validates a config should not pay on import.
 */
export function configSchemaOf(): ConfigSchema {
  built ??= buildConfigSchema()
  return built
}

/**
 * The whole configuration; validation collects every issue (`abortEarly: false`). Built on first use (the
 * first read of a property), not at import; it stands for that one built schema object.
 *
 * @example
 * ```ts
 * import * as v from 'valibot'
 *
 * const result = v.safeParse(configSchema, { tableName: 'app' })
 * ```
 */
export const configSchema: ConfigSchema = builtOnFirstUse(configSchemaOf)

export type ParsedConfig = v.InferOutput<ConfigSchema>
