import type { RelationAccess } from '../design/types'
import type { Slot } from './allocate-indexes'
import type { DeriveContext } from './context'
import { fieldsOf, literalPrefix } from './template-tools'

/** A GetItem on the base table with the given pk/sk templates. */
export function getItemAccess(
  context: DeriveContext,
  pk: string,
  sk: string,
  entityType: string | null,
  inParentCollection: boolean,
): RelationAccess {
  const { delimiter, partitionKey, sortKey } = context.options
  return {
    operation: 'GetItem',
    index: null,
    partitionKey: { attribute: partitionKey, template: pk, fields: fieldsOf(pk, delimiter) },
    sortKey: { attribute: sortKey, template: sk, fields: fieldsOf(sk, delimiter) },
    sortKeyBeginsWith: null,
    inParentCollection,
    entityType,
    alsoMatches: [],
  }
}

/** A Query on the table (slot null) or an index slot, with an optional `begins_with` sort key prefix. */
export function queryAccess(
  context: DeriveContext,
  slot: Slot | null,
  pk: string,
  skPrefix: string | null,
  entityType: string,
  inParentCollection: boolean,
): RelationAccess {
  const { delimiter } = context.options
  const pkAttribute = slot ? slot.partitionKey : context.options.partitionKey
  const skAttribute = slot ? slot.sortKey : context.options.sortKey
  const prefix = skPrefix === null ? null : literalPrefix(skPrefix)
  return {
    operation: 'Query',
    index: slot ? slot.index : null,
    partitionKey: { attribute: pkAttribute, template: pk, fields: fieldsOf(pk, delimiter) },
    sortKey:
      skPrefix === null
        ? null
        : { attribute: skAttribute, template: skPrefix, fields: prefixFields(skPrefix, delimiter) },
    sortKeyBeginsWith: prefix?.isStatic ? prefix.prefix : null,
    inParentCollection,
    entityType,
    alsoMatches: [],
  }
}

/** Prefix templates end with the delimiter (`POST#`), which `parseTemplate` reads as a literal tail. */
function prefixFields(template: string, delimiter: string): string[] {
  return template.includes('{') ? fieldsOf(template, delimiter) : []
}
