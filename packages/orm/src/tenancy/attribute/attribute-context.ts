import { DocumentClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import type { OrmContext } from '../../context'
import type { CompiledEntity } from '../../storage/compiled-entity'
import { TenantError } from '../errors'
import { withDesign } from '../scoped-context'
import { tenantGuardDesign } from '../tenant-design'
import { TenantAttributeClient } from './tenant-attribute-client'

/** The `attribute` strategy's options, checked against the design. */
export interface AttributeSettings {
  readonly attribute: string
  readonly index: string | null
  /** Segment before the tenant id in unique guard keys. */
  readonly keyPrefix?: string | undefined
}

function invalid(message: string, hint: string): TenantError {
  return new TenantError('INVALID_OPTIONS', message, hint)
}

function keyAttributes(design: TableDesign, except: string | null): Set<string> {
  const keys = new Set([design.partitionKey, design.sortKey, design.entityTypeAttribute])
  for (const index of design.globalIndexes) {
    if (index.name === except) continue
    keys.add(index.partitionKey).add(index.sortKey)
  }
  for (const index of design.localIndexes) keys.add(index.sortKey)
  return keys
}

/**
 * Checks the options once, in `enableTenancy`: the attribute must be free (not a key the design renders),
 * the tenant index must exist with the attribute as partition key, and every index must project the
 * attribute, or the tenant filter would silently drop every item read through it.
 */
export function resolveAttributeSettings(
  design: TableDesign,
  options: { readonly attribute?: string; readonly index?: string },
): AttributeSettings {
  const attribute = options.attribute ?? 'tenantId'
  const index = options.index ?? null
  if (keyAttributes(design, index).has(attribute)) {
    const tenantIndex = design.globalIndexes.find((gsi) => gsi.partitionKey === attribute)
    throw invalid(
      `the tenant attribute "${attribute}" is a key or entity-type attribute of the design`,
      tenantIndex && index === null
        ? `pass index: '${tenantIndex.name}' so the scope knows "${tenantIndex.name}" is the tenant index`
        : 'pick an attribute name the design does not use for keys (default tenantId)',
    )
  }
  if (index !== null) {
    const declared = design.globalIndexes.find((gsi) => gsi.name === index)
    if (!declared || declared.partitionKey !== attribute) {
      throw invalid(
        `the design has no global index "${index}" with partition key "${attribute}"`,
        `declare it: createOrm({ design: { globalIndexes: [{ name: '${index}', partitionKey: '${attribute}', sortKey: '${design.partitionKey}' }] } }) (or the config's globalSecondaryIndexes)`,
      )
    }
  }
  for (const gsi of [...design.globalIndexes, ...design.localIndexes]) {
    const projection = gsi.projection
    const projects =
      projection.type === 'ALL' ||
      gsi.name === index ||
      (projection.type === 'INCLUDE' && projection.attributes.includes(attribute))
    if (!projects) {
      throw invalid(
        `index "${gsi.name}" does not project the tenant attribute "${attribute}"`,
        `project ALL, or INCLUDE "${attribute}", so reads through the index can be checked for the tenant`,
      )
    }
  }
  return { attribute, index }
}

/** Hides the tenant attribute from models that do not declare it, like keys and the entity type. */
function hidingAttribute(attribute: string): (entity: CompiledEntity) => CompiledEntity {
  return (entity) => {
    const declared = entity.definition?.attributes?.[attribute] !== undefined
    if (declared || entity.storageAttributes.has(attribute)) return entity
    return { ...entity, storageAttributes: new Set([...entity.storageAttributes, attribute]) }
  }
}

/**
 * A tenant's context under the `attribute` strategy: the same keys, unique guards per tenant, and a client
 * (and document client over it) that scopes every item request to the tenant.
 */
export function attributeContext(ctx: OrmContext, settings: AttributeSettings, tenant: string): OrmContext {
  const scoped = withDesign(
    ctx,
    tenantGuardDesign(ctx.design, tenant, settings.keyPrefix),
    hidingAttribute(settings.attribute),
  )
  const client = new TenantAttributeClient(ctx.client, {
    tenant,
    attribute: settings.attribute,
    index: settings.index,
    table: ctx.tableName,
    partitionKey: ctx.design.partitionKey,
    sortKey: ctx.design.sortKey,
  })
  const doc = new DocumentClient(client)
  // The ORM's marshalling options travel with its codec; the scoped document client shares it.
  Object.defineProperty(doc, 'codec', { value: ctx.doc.codec })
  return { ...scoped, client, doc }
}
