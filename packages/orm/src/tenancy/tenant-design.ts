import type { KeyDesign, RelationAccess, TableDesign } from '@dbtooling/schema'

type Template = { template: string }

function prefixed<T extends Template>(key: T, prefix: string): T {
  return { ...key, template: `${prefix}${key.template}` }
}

/** The key segment tenancy puts before the tenant id unless told otherwise (config `multiTenancy.keyPrefix`). */
export const DEFAULT_TENANT_KEY_PREFIX = 'TENANT'

function tenantPrefix(design: TableDesign, tenant: string, keyPrefix: string): string {
  return `${keyPrefix}${design.delimiter}${tenant}${design.delimiter}`
}

function prefixAccess(access: RelationAccess, prefix: string): RelationAccess {
  return { ...access, partitionKey: prefixed(access.partitionKey, prefix) }
}

/**
 * The design as one tenant sees it under the `prefix` strategy: every *partition* key template (base
 * items, index keys, relation access paths, pivot edges, unique guards) starts with `TENANT#<id>#`
 * (`keyPrefix` replaces `TENANT`). Every read names a partition key, so no GetItem, Query or BatchGetItem built from this design can reach
 * another tenant's partition; sort keys stay as they are, so sort order and prefixes behave the same.
 *
 * @example
 * ```ts
 * const acme = tenantDesign(orm.design, 'acme') // keys start with TENANT#acme#
 * ```
 */
export function tenantDesign(
  design: TableDesign,
  tenant: string,
  keyPrefix = DEFAULT_TENANT_KEY_PREFIX,
): TableDesign {
  const prefix = tenantPrefix(design, tenant, keyPrefix)
  const entities: TableDesign['entities'] = {}
  for (const [name, entity] of Object.entries(design.entities)) {
    const relations: typeof entity.relations = {}
    for (const [relationName, relation] of Object.entries(entity.relations)) {
      relations[relationName] = {
        ...relation,
        access: prefixAccess(relation.access, prefix),
        pivot: relation.pivot && {
          ...relation.pivot,
          partitionKey: prefixed(relation.pivot.partitionKey, prefix),
          inversePartitionKey: prefixed(relation.pivot.inversePartitionKey, prefix),
        },
      }
    }
    entities[name] = {
      ...entity,
      partitionKey: prefixed<KeyDesign>(entity.partitionKey, prefix),
      indexKeys: entity.indexKeys.map((keys) => ({
        ...keys,
        partitionKey: prefixed(keys.partitionKey, prefix),
      })),
      uniqueGuards: entity.uniqueGuards.map((guard) => prefixed(guard, prefix)),
      relations,
      access: {
        byId: prefixAccess(entity.access.byId, prefix),
        list: entity.access.list && prefixAccess(entity.access.list, prefix),
      },
    }
  }
  return { ...design, entities }
}

/**
 * The design as one tenant sees it under the `attribute` strategy: keys stay shared, except the unique
 * guards, which start with `TENANT#<id>#`. Uniqueness is then per tenant, and a taken value in another
 * tenant can neither block a write nor reveal that it exists.
 *
 * @example
 * ```ts
 * const guards = tenantGuardDesign(orm.design, 'acme')
 * ```
 */
export function tenantGuardDesign(
  design: TableDesign,
  tenant: string,
  keyPrefix = DEFAULT_TENANT_KEY_PREFIX,
): TableDesign {
  const prefix = tenantPrefix(design, tenant, keyPrefix)
  const entities: TableDesign['entities'] = {}
  for (const [name, entity] of Object.entries(design.entities)) {
    entities[name] = { ...entity, uniqueGuards: entity.uniqueGuards.map((guard) => prefixed(guard, prefix)) }
  }
  return { ...design, entities }
}
