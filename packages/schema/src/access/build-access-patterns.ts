import type { AccessPattern, DesignWarning, EntityDesign, RelationDesign, TableDesign } from '../design/types'
import { camelName, pluralize } from '../model/naming'
import { suggestedIndex, unindexedFilters } from './likely-patterns'
import { needlessPrefix } from './needless-prefix'
import { describeAccess, sampleValue } from './samples'

/**
 * The access-pattern matrix: for every entity the reads an application will make, the request that
 * serves each one, and a warning (with the index to add) where only a Scan can.
 *
 * @example
 * ```ts
 * const { patterns, warnings } = buildAccessPatterns(deriveDesign(models, { tableName: 'app' }))
 * console.log(patterns.length, warnings.length)
 * ```
 */
export function buildAccessPatterns(design: TableDesign): {
  patterns: AccessPattern[]
  warnings: DesignWarning[]
} {
  const patterns: AccessPattern[] = []
  const warnings: DesignWarning[] = []
  for (const entity of Object.values(design.entities)) {
    patterns.push(getById(design, entity))
    patterns.push(listAll(design, entity, warnings))
    const range = timeRange(entity, warnings)
    if (range) patterns.push(range)
    for (const relation of Object.values(entity.relations))
      patterns.push(relationPattern(design, entity, relation))
    patterns.push(...uniqueLookups(design, entity), ...indexedLookups(design, entity, warnings))
  }
  return { patterns: patterns.sort(byEntityAndKind), warnings }
}

const KIND_ORDER: readonly AccessPattern['kind'][] = [
  'getById',
  'listAll',
  'timeRange',
  'byUniqueAttribute',
  'byIndexedAttribute',
  'childrenByParent',
  'parentOfChild',
  'relatedMany',
]

function byEntityAndKind(a: AccessPattern, b: AccessPattern): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
  return (
    text(a.entity, b.entity) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    text(a.description, b.description)
  )
}

function variable(entity: EntityDesign): string {
  return camelName(entity.name)
}

function getById(design: TableDesign, entity: EntityDesign): AccessPattern {
  const access = entity.access.byId
  return {
    entity: entity.name,
    kind: 'getById',
    description: `${entity.name} by ${entity.primaryKey.join(' + ')}`,
    operation: access.operation,
    index: access.index,
    keyCondition: describeAccess(design, access, entity),
    example: `await ${entity.name}.find(${entity.primaryKey.length === 1 ? "'123'" : `{ ${entity.primaryKey.map((field) => `${field}: '${sampleValue(design, entity, field)}'`).join(', ')} }`})`,
    cost: access.operation === 'GetItem' ? 'GetItem' : 'Query',
    alsoMatches: [...access.alsoMatches],
  }
}

function listAll(design: TableDesign, entity: EntityDesign, warnings: DesignWarning[]): AccessPattern {
  const access = entity.access.list
  const base = {
    entity: entity.name,
    kind: 'listAll' as const,
    description: `every ${entity.name}`,
    example: `await ${entity.name}.all()`,
  }
  if (access) {
    const keys = entity.indexKeys.find((entry) => entry.accessPath === 'type')
    return {
      ...base,
      operation: 'Query',
      index: access.index,
      keyCondition: describeAccess(design, access, entity) + shardNote(design, keys),
      cost: 'Query',
      alsoMatches: [...access.alsoMatches],
    }
  }
  warnings.push({
    code: 'SCAN_FOR_LIST',
    entity: entity.name,
    message: `listing every ${entity.name} scans the whole table`,
    suggestion: entity.typeIndex
      ? 'enable the type index (options.typeIndex: true)'
      : `remove typeIndex: false from ${entity.name}`,
  })
  return {
    ...base,
    operation: 'Scan',
    index: null,
    keyCondition: `${design.entityTypeAttribute} = ${entity.name} (filter)`,
    cost: 'Scan',
    alsoMatches: [],
  }
}

function timeRange(entity: EntityDesign, warnings: DesignWarning[]): AccessPattern | null {
  const created = entity.traits.timestamps?.createdAt
  if (!created) return null
  const list = entity.access.list
  const keys = entity.indexKeys.find((entry) => entry.index === list?.index)
  const example = `await ${entity.name}.where('${created}', '>=', from).where('${created}', '<', to).get()`
  const base = {
    entity: entity.name,
    kind: 'timeRange' as const,
    description: `${pluralize(entity.name)} created in a time range`,
    example,
  }
  if (list && keys && keys.sortKey.fields[0] === created) {
    const condition = `${list.partitionKey.attribute} = ${entity.prefix} AND ${keys.sortKey.attribute} BETWEEN 2026-01-01 AND 2026-02-01`
    return {
      ...base,
      operation: 'Query',
      index: list.index,
      keyCondition: condition,
      cost: 'Query',
      alsoMatches: [...list.alsoMatches],
    }
  }
  warnings.push({
    code: 'SCAN_FOR_TIME_RANGE',
    entity: entity.name,
    message: `${entity.name} by ${created} needs a Scan`,
    suggestion: `enable options.typeIndex, or ${suggestedIndex(created)}`,
  })
  return {
    ...base,
    operation: 'Scan',
    index: null,
    keyCondition: `${created} BETWEEN ... (filter)`,
    cost: 'Scan',
    alsoMatches: [],
  }
}

function relationPattern(design: TableDesign, entity: EntityDesign, relation: RelationDesign): AccessPattern {
  const { access } = relation
  const target = relation.target ?? `${relation.name} (any type)`
  const single = relation.kind === 'belongsTo' || relation.kind === 'morphTo'
  const kind = single ? 'parentOfChild' : relation.pivot ? 'relatedMany' : 'childrenByParent'
  const plural = relation.kind !== 'hasOne' && relation.kind !== 'morphOne'
  const through = relation.pivot?.morph ? `, ${relation.pivot.entityType} edges` : ''
  const description = single
    ? `${target} of a ${entity.name} (${relation.name})`
    : `${plural ? pluralize(target) : target} of a ${entity.name} (${relation.name}${through})`
  const whereCall = relation.kind === 'hasMany' || relation.kind === 'hasOne'
  const bare = whereCall && relation.target !== null && needlessPrefix(design, access, relation.target)
  return {
    entity: single ? entity.name : (relation.target ?? entity.name),
    kind,
    description,
    operation: access.operation,
    index: access.index,
    keyCondition: describeAccess(design, bare ? { ...access, sortKey: null } : access, entity),
    example: relationExample(entity, relation),
    cost: access.operation === 'GetItem' ? 'GetItem' : 'Query',
    alsoMatches: [...access.alsoMatches],
  }
}

function relationExample(entity: EntityDesign, relation: RelationDesign): string {
  const owner = variable(entity)
  switch (relation.kind) {
    case 'belongsTo':
      return `await ${relation.target}.find(${owner}.${relation.foreignKey})`
    case 'hasMany':
      return `await ${relation.target}.where('${relation.foreignKey}', ${owner}.${relation.localKey}).get()`
    case 'hasOne':
      return `await ${relation.target}.where('${relation.foreignKey}', ${owner}.${relation.localKey}).first()`
    default:
      // related() resolves to the model(s) themselves.
      return `await ${owner}.related('${relation.name}')`
  }
}

function uniqueLookups(design: TableDesign, entity: EntityDesign): AccessPattern[] {
  return entity.uniqueGuards.map((guard) => {
    const value = sampleValue(design, entity, guard.attribute)
    const key = guard.template.replace(`{${guard.attribute}}`, value)
    return {
      entity: entity.name,
      kind: 'byUniqueAttribute' as const,
      description: `${entity.name} by unique ${guard.attribute}`,
      operation: 'GetItem' as const,
      index: null,
      keyCondition: `${design.partitionKey} = ${key} AND ${design.sortKey} = ${key} (guard item, then the ${entity.name})`,
      example: `await ${entity.name}.where('${guard.attribute}', '${value}').first()`,
      cost: 'GetItem' as const,
      alsoMatches: [],
    }
  })
}

function indexedLookups(
  design: TableDesign,
  entity: EntityDesign,
  warnings: DesignWarning[],
): AccessPattern[] {
  const patterns: AccessPattern[] = entity.indexKeys
    .filter((keys) => keys.reason.startsWith('index ') || keys.reason.startsWith('local index '))
    .map((keys) => {
      const [column = ''] = keys.reason.startsWith('local') ? keys.sortKey.fields : keys.partitionKey.fields
      const value = sampleValue(design, entity, column)
      // A sparse index holds only items with its fields: the call that may use it says it wants only those.
      const optional = [...keys.partitionKey.fields, ...keys.sortKey.fields].filter(
        (field) => field !== column && keys.sparse && !isAlwaysSet(entity, field),
      )
      const notNull = optional.map((field) => `.whereNotNull('${field}')`).join('')
      return {
        entity: entity.name,
        kind: 'byIndexedAttribute' as const,
        description: `${pluralize(entity.name)} by ${column} (${keys.reason})${keys.sparse ? `, holds ${keys.holds}` : ''}`,
        operation: 'Query' as const,
        index: keys.index,
        keyCondition: indexCondition(design, entity, keys, column, value) + shardNote(design, keys),
        example: `await ${entity.name}.where('${column}', '${value}')${notNull}.get()`,
        cost: 'Query' as const,
        alsoMatches: [],
      }
    })
  for (const attribute of unindexedFilters(entity)) {
    const value = sampleValue(design, entity, attribute)
    warnings.push({
      code: 'NO_INDEX_FOR_LIKELY_PATTERN',
      entity: entity.name,
      message: `${entity.name} by ${attribute} looks like a common filter but ${entity.access.list ? `reads every ${entity.name}` : 'needs a Scan'}`,
      suggestion: suggestedIndex(attribute),
    })
    const list = entity.access.list
    patterns.push({
      entity: entity.name,
      kind: 'byIndexedAttribute',
      description: `${pluralize(entity.name)} by ${attribute} (no index)`,
      operation: list ? 'Query' : 'Scan',
      index: list ? list.index : null,
      keyCondition: list
        ? `${describeAccess(design, list, entity)} (whole type: reads every ${entity.name}, filter ${attribute} = ${value})`
        : `${attribute} = ${value} (filter)`,
      example: `await ${entity.name}.where('${attribute}', '${value}').get()`,
      cost: list ? 'Query' : 'Scan',
      alsoMatches: [],
    })
  }
  return patterns
}

/** How a sharded entry is read: one Query per shard, merged by the sort key. */
function shardNote(design: TableDesign, keys: EntityDesign['indexKeys'][number] | undefined): string {
  if (!keys?.shards) return ''
  const last = keys.shards.count - 1
  return ` on each of ${keys.shards.count} shards (${keys.partitionKey.attribute} suffix ${design.delimiter}0 .. ${design.delimiter}${last}), merged by ${keys.sortKey.attribute}`
}

function indexCondition(
  design: TableDesign,
  entity: EntityDesign,
  keys: EntityDesign['indexKeys'][number],
  column: string,
  value: string,
): string {
  if (keys.partitionKey.attribute === design.partitionKey) {
    const partition = describeAccess(
      design,
      {
        ...entity.access.byId,
        operation: 'Query',
        index: null,
        partitionKey: entity.partitionKey,
        sortKey: null,
      },
      entity,
    )
    return `${partition} AND begins_with(${keys.sortKey.attribute}, ${entity.prefix}${design.delimiter}${value})`
  }
  const pk = keys.partitionKey.template.replace(`{${column}}`, value)
  return `${keys.partitionKey.attribute} = ${pk}`
}

/** Fields every stored item of the entity has: its primary key, required attributes and timestamps. */
function isAlwaysSet(entity: EntityDesign, field: string): boolean {
  if (entity.primaryKey.includes(field) || entity.attributes[field]?.required === true) return true
  const stamps = entity.traits.timestamps
  return stamps !== null && (stamps.createdAt === field || stamps.updatedAt === field)
}
