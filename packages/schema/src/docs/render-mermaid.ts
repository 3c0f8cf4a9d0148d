import type { EntityDesign, TableDesign } from '../design/types'

/**
 * A Mermaid `erDiagram`: entities with their attributes (PK/FK/UK) and every relation once.
 *
 * @example
 * ```ts
 * console.log(renderMermaid(design)) // an erDiagram of the entities and their relations
 * ```
 */
export function renderMermaid(design: TableDesign): string {
  const lines = ['erDiagram']
  for (const entity of Object.values(design.entities)) lines.push(...entityBlock(entity))
  lines.push(...relationLines(design))
  return `${lines.join('\n')}\n`
}

function entityBlock(entity: EntityDesign): string[] {
  const foreignKeys = new Set(
    Object.values(entity.relations)
      .filter((relation) => relation.kind === 'belongsTo' || relation.kind === 'morphTo')
      .map((relation) => relation.foreignKey),
  )
  const unique = new Set(entity.uniqueGuards.map((guard) => guard.attribute))
  const rows = new Map<string, string>()
  for (const field of entity.primaryKey) rows.set(field, `string ${field} PK`)
  for (const attribute of Object.values(entity.attributes)) {
    const marks = [
      entity.primaryKey.includes(attribute.name) ? 'PK' : null,
      foreignKeys.has(attribute.name) ? 'FK' : null,
      unique.has(attribute.name) ? 'UK' : null,
    ].filter((mark) => mark !== null)
    rows.set(
      attribute.name,
      `${attribute.type} ${attribute.name}${marks.length > 0 ? ` ${marks.join(', ')}` : ''}`,
    )
  }
  for (const field of foreignKeys) if (!rows.has(field)) rows.set(field, `string ${field} FK`)
  return [`  ${entity.name} {`, ...[...rows.values()].map((row) => `    ${row}`), '  }']
}

/** Parent-side declarations first, so `hasOne` keeps its 0..1 cardinality when the child also says belongsTo. */
function relationLines(design: TableDesign): string[] {
  const lines = new Map<string, string>()
  const add = (key: string, line: string) => {
    if (!lines.has(key)) lines.set(key, line)
  }
  const relations = Object.values(design.entities).flatMap((entity) =>
    Object.values(entity.relations).map((relation) => ({ entity: entity.name, relation })),
  )
  for (const { entity, relation } of relations) {
    const edge = `${entity}>${relation.target}:${relation.foreignKey}`
    if (relation.kind === 'hasMany' || relation.kind === 'morphMany') {
      add(edge, `  ${entity} ||--o{ ${relation.target} : "${relation.name}"`)
    } else if (relation.kind === 'hasOne' || relation.kind === 'morphOne') {
      add(edge, `  ${entity} ||--o| ${relation.target} : "${relation.name}"`)
    } else if (relation.kind === 'belongsToMany') {
      const pivot = relation.pivot?.entityType ?? relation.name
      add(`pivot:${pivot}`, `  ${entity} }o--o{ ${relation.target} : "${pivot}"`)
    } else if (relation.kind === 'morphToMany') {
      const pivot = relation.pivot?.entityType ?? relation.name
      add(`pivot:${pivot}:${entity}`, `  ${entity} }o--o{ ${relation.target} : "${pivot}"`)
    }
  }
  for (const { entity, relation } of relations) {
    if (relation.kind === 'morphedByMany') {
      const pivot = relation.pivot?.entityType ?? relation.name
      add(`pivot:${pivot}:${relation.target}`, `  ${relation.target} }o--o{ ${entity} : "${pivot}"`)
    }
    if (relation.kind === 'belongsTo') {
      add(
        `${relation.target}>${entity}:${relation.foreignKey}`,
        `  ${relation.target} ||--o{ ${entity} : "${relation.name}"`,
      )
    }
    for (const parent of relation.kind === 'morphTo' ? (relation.morph?.targets ?? []) : []) {
      add(`${parent}>${entity}:${relation.foreignKey}`, `  ${parent} ||--o{ ${entity} : "${relation.name}"`)
    }
  }
  return [...lines.values()]
}
