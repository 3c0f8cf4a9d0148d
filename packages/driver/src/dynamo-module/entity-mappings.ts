import type { Design, EntityOf } from '../orm-handle'

/**
 * bun-query-builder's SingleTableEntityMapping: key patterns with `${field}` placeholders.
 *
 * @example
 * ```ts
 * const [user]: EntityMapping[] = entityMappings(orm.design)
 * console.log(user?.entityType, user?.pkPattern) // 'User' 'USER#${id}'
 * ```
 */
export interface EntityMapping {
  readonly entityType: string
  readonly pkPattern: string
  readonly skPattern: string
  readonly gsiMappings: {
    readonly indexName: string
    readonly pkPattern: string
    readonly skPattern: string
  }[]
}

/**
 * Our design's key templates as the module's entity mappings, so `getDriver().buildPrimaryKey('User',
 * { id })` renders the key our ORM reads (`USER#${id}` for `USER#{id}`).
 *
 * @example
 * ```ts
 * for (const mapping of entityMappings(orm.design)) dynamo.registerEntity(mapping)
 * ```
 */
export function entityMappings(design: Design): EntityMapping[] {
  return Object.values(design.entities).map((entity) => mappingOf(entity))
}

function mappingOf(entity: EntityOf): EntityMapping {
  return {
    entityType: entity.name,
    pkPattern: pattern(entity.partitionKey.template),
    skPattern: pattern(entity.sortKey.template),
    gsiMappings: entity.indexKeys.map((keys) => ({
      indexName: keys.index,
      pkPattern: pattern(keys.partitionKey.template),
      skPattern: pattern(keys.sortKey.template),
    })),
  }
}

function pattern(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, field: string) => `\${${field}}`)
}
