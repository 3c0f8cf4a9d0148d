import type { AccessPattern, EntityDesign, PivotDesign, TableDesign } from '../design/types'
import { renderMermaid } from './render-mermaid'

const MATRIX_KINDS: readonly AccessPattern['kind'][] = [
  'getById',
  'listAll',
  'childrenByParent',
  'parentOfChild',
  'byUniqueAttribute',
  'byIndexedAttribute',
  'timeRange',
  'relatedMany',
]

/**
 * Options of `renderMarkdown`: the document's heading and whether to include the Mermaid ER diagram.
 *
 * @example
 * ```ts
 * const markdown = renderMarkdown(design, { title: 'Blog table', diagram: false } satisfies MarkdownOptions)
 * ```
 */
export interface MarkdownOptions {
  /** Heading of the document (default: the table name). */
  title?: string
  /** Include the Mermaid ER diagram (default true). */
  diagram?: boolean
}

/**
 * Human documentation of a design: the table and its indexes, each entity's keys, the access-pattern
 * matrix, every pattern with sample keys and ORM code, and the warnings.
 *
 * @example
 * ```ts
 * await writeFile('docs/design.md', renderMarkdown(deriveDesign(models, { tableName: 'app' })))
 * ```
 */
export function renderMarkdown(design: TableDesign, options: MarkdownOptions = {}): string {
  const sections = [
    `# ${options.title ?? `Table \`${design.tableName}\``}`,
    tableSection(design),
    indexSection(design),
    entitySection(design),
    matrixSection(design),
    patternSection(design),
    warningSection(design),
  ]
  if (options.diagram !== false)
    sections.push(`## Entity relationships\n\n\`\`\`mermaid\n${renderMermaid(design)}\`\`\``)
  return `${sections.filter((section) => section.length > 0).join('\n\n')}\n`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

function code(text: string): string {
  return `\`${cell(text)}\``
}

function tableSection(design: TableDesign): string {
  const billing =
    design.billing.mode === 'PROVISIONED'
      ? `PROVISIONED (${design.billing.read} RCU / ${design.billing.write} WCU)`
      : 'PAY_PER_REQUEST'
  return [
    '## Table',
    '',
    `- Keys: partition ${code(design.partitionKey)}, sort ${code(design.sortKey)}; entity type in ${code(design.entityTypeAttribute)}`,
    `- Key delimiter ${code(design.delimiter)} (${design.delimiterPolicy === 'escape' ? 'escaped with a backslash inside values' : 'rejected inside values'})`,
    `- Billing: ${billing}; class ${design.tableClass}`,
    `- TTL: ${design.ttlAttribute ? code(design.ttlAttribute) : 'off'}; streams: ${design.streams?.enabled ? design.streams.viewType : 'off'}`,
  ].join('\n')
}

function indexSection(design: TableDesign): string {
  if (design.globalIndexes.length === 0 && design.localIndexes.length === 0)
    return '## Indexes\n\nNone: every read uses the table keys.'
  const rows = [
    ...design.globalIndexes.map(
      (index) =>
        `| ${index.name} | GSI | ${code(index.partitionKey)} / ${code(index.sortKey)} | ${cell(index.serves.join('; '))} |`,
    ),
    ...design.localIndexes.map(
      (index) =>
        `| ${index.name} | LSI | ${code(design.partitionKey)} / ${code(index.sortKey)} | ${cell(index.serves.join('; '))} |`,
    ),
  ]
  return ['## Indexes', '', '| Index | Kind | Keys | Serves |', '|---|---|---|---|', ...rows].join('\n')
}

function entitySection(design: TableDesign): string {
  const parts = ['## Entities']
  for (const entity of Object.values(design.entities)) parts.push(entityBlock(entity))
  for (const pivot of Object.values(design.pivots)) parts.push(pivotBlock(design, pivot))
  return parts.join('\n\n')
}

function pivotBlock(design: TableDesign, pivot: PivotDesign): string {
  const { morph } = pivot
  const types = morph?.targets.map((target) => `${design.entities[target]?.prefix ?? target} (${target})`)
  return [
    `### ${pivot.entityType} (${morph ? `morphToMany edges, morph ${code(morph.name)}` : 'belongsToMany edges'})`,
    '',
    `- Edge item: ${code(pivot.partitionKey.template)} / ${code(pivot.sortKey.template)}`,
    ...(morph && types
      ? [
          `- ${code(morph.typeAttribute)} holds ${types.join(', ')}: each tagged model's edges sit in its own partition, and the inverse view lists each type under its own sort-key prefix`,
        ]
      : []),
    `- Inverse view on ${pivot.inverseIndex}: ${code(pivot.inversePartitionKey.template)} / ${code(pivot.inverseSortKey.template)}`,
    `- Pivot attributes: ${pivot.attributes.length > 0 ? pivot.attributes.map(code).join(', ') : 'none'}`,
  ].join('\n')
}

function entityBlock(entity: EntityDesign): string {
  const lines = [`### ${entity.name}`, '']
  lines.push(
    `- Item: ${code(entity.partitionKey.template)} / ${code(entity.sortKey.template)}${entity.collectionParent ? ` (in ${entity.collectionParent.entity}'s item collection)` : ''}`,
  )
  for (const keys of entity.indexKeys) {
    lines.push(
      `- ${keys.index}: ${code(keys.partitionKey.template)} / ${code(keys.sortKey.template)} (${keys.reason}; holds ${keys.holds}; ${partitionText(keys)})`,
    )
  }
  for (const guard of entity.uniqueGuards)
    lines.push(`- Unique ${code(guard.attribute)}: guard item ${code(guard.template)}`)
  const traits = traitsLine(entity)
  if (traits) lines.push(`- Traits: ${traits}`)
  if (entity.source) lines.push(`- Source: ${code(entity.source)}`)
  return lines.join('\n')
}

function partitionText(keys: EntityDesign['indexKeys'][number]): string {
  const values = {
    one: 'one partition value',
    few: 'few partition values',
    'per-item': 'a partition per item or parent',
  }
  const shards = keys.shards
    ? `, ${keys.shards.count} write shards (${keys.shards.hash} of ${keys.shards.fields.join(', ')})`
    : ''
  return values[keys.cardinality] + shards
}

function traitsLine(entity: EntityDesign): string {
  const { timestamps, softDeletes, generatedId, ttl, versioning } = entity.traits
  return [
    timestamps ? `timestamps (${timestamps.createdAt}, ${timestamps.updatedAt}, ${timestamps.format})` : null,
    softDeletes ? `soft deletes (${softDeletes.attribute})` : null,
    generatedId ? `generated ids (${generatedId.kind})` : null,
    ttl ? `TTL (${ttl.attribute})` : null,
    versioning ? `optimistic locking (${versioning.attribute})` : null,
  ]
    .filter((part) => part !== null)
    .join(', ')
}

function matrixSection(design: TableDesign): string {
  const header = `| Entity | ${MATRIX_KINDS.join(' | ')} |`
  const rows = Object.keys(design.entities).map((name) => {
    const cells = MATRIX_KINDS.map((kind) => {
      const costs = design.accessPatterns
        .filter((pattern) => pattern.entity === name && pattern.kind === kind)
        .map((pattern) => pattern.cost)
      if (costs.length === 0) return '-'
      const worst = costs.includes('Scan') ? 'Scan' : costs.includes('Query') ? 'Query' : 'GetItem'
      return costs.length > 1 ? `${worst} x${costs.length}` : worst
    })
    return `| ${name} | ${cells.join(' | ')} |`
  })
  return [
    '## Access-pattern matrix',
    '',
    'Cost class of the most expensive request per cell (GetItem < Query < Scan).',
    '',
    header,
    `|---|${MATRIX_KINDS.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n')
}

function patternSection(design: TableDesign): string {
  const parts = ['## Access patterns']
  for (const pattern of design.accessPatterns) {
    parts.push(
      [
        `### ${pattern.entity}: ${pattern.description}`,
        '',
        `- ${pattern.operation}${pattern.index ? ` on ${pattern.index}` : ' on the table'} (${pattern.kind})`,
        `- Keys: ${code(pattern.keyCondition)}`,
        ...(pattern.alsoMatches.length > 0
          ? [
              `- Also reads ${pattern.alsoMatches.join(', ')} items under the same prefix; they are filtered out by ${code(design.entityTypeAttribute)}`,
            ]
          : []),
        '',
        '```ts',
        pattern.example,
        '```',
      ].join('\n'),
    )
  }
  return parts.join('\n\n')
}

function warningSection(design: TableDesign): string {
  if (design.warnings.length === 0) return '## Warnings\n\nNone.'
  const lines = design.warnings.map(
    (warning) =>
      `- **${warning.code}**${warning.entity ? ` (${warning.entity})` : ''}: ${warning.message}${warning.suggestion ? `. Suggestion: ${code(warning.suggestion)}` : ''}`,
  )
  return ['## Warnings', '', ...lines].join('\n')
}
