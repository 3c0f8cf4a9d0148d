import type { EntityDesign, TableDesign } from '../design/types'

/** A Mermaid `erDiagram`: entities with their attributes (PK/FK/UK) and every relation once. */
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

function relationLines(design: TableDesign): string[] {
  const lines = new Map<string, string>()
  const add = (key: string, line: string) => {
    if (!lines.has(key)) lines.set(key, line)
  }
  for (const entity of Object.values(design.entities)) {
    for (const relation of Object.values(entity.relations)) {
      const target = relation.target
      switch (relation.kind) {
        case 'hasMany':
        case 'morphMany':
          add(
            `${entity.name}>${target}:${relation.foreignKey}`,
            `  ${entity.name} ||--o{ ${target} : "${relation.name}"`,
          )
          break
        case 'hasOne':
        case 'morphOne':
          add(
            `${entity.name}>${target}:${relation.foreignKey}`,
            `  ${entity.name} ||--o| ${target} : "${relation.name}"`,
          )
          break
        case 'belongsTo':
          add(
            `${target}>${entity.name}:${relation.foreignKey}`,
            `  ${target} ||--o{ ${entity.name} : "${relation.name}"`,
          )
          break
        case 'belongsToMany': {
          const pivot = relation.pivot?.entityType ?? relation.name
          add(`pivot:${pivot}`, `  ${entity.name} }o--o{ ${target} : "${pivot}"`)
          break
        }
        case 'morphTo':
          for (const parent of relation.morph?.targets ?? []) {
            add(
              `${parent}>${entity.name}:${relation.foreignKey}`,
              `  ${parent} ||--o{ ${entity.name} : "${relation.name}"`,
            )
          }
          break
      }
    }
  }
  return [...lines.values()]
}
