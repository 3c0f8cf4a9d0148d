/**
 * Walks the valibot config schema (as plain objects: valibot schemas are data) into one row per option,
 * so the config reference lists exactly what `validateConfig` accepts, with the defaults it fills in.
 */
export interface OptionRow {
  /** Dotted path as users write it; `[]` is an array element, `<Model>` a record key. */
  path: string
  type: string
  /** The default `validateConfig` fills in, or undefined when the option has none. */
  default: unknown
  hasDefault: boolean
  /** Picklist members, when the option is one. */
  choices: readonly unknown[] | null
  /** Sections (objects) are listed too; their leaves follow them. */
  isSection: boolean
}

interface Node {
  type: string
  wrapped?: Node
  default?: unknown
  entries?: Record<string, Node>
  options?: readonly (Node | unknown)[]
  item?: Node
  value?: Node
  literal?: unknown
  pipe?: readonly { type: string; kind: string; requirement?: unknown }[]
}

export function walkConfigSchema(schema: unknown): OptionRow[] {
  const rows: OptionRow[] = []
  const root = schema as Node
  for (const [key, child] of Object.entries(root.entries ?? {})) visit(child, key, rows)
  return rows
}

function visit(node: Node, path: string, rows: OptionRow[]): void {
  const hasDefault = node.type === 'optional' && 'default' in node && node.default !== undefined
  const inner = unwrap(node)
  const object = objectOf(inner)
  rows.push({
    path,
    type: object ? sectionType(node) : typeOf(node),
    default: hasDefault ? node.default : undefined,
    hasDefault,
    choices: inner.type === 'picklist' ? (inner.options as unknown[]) : null,
    isSection: object !== null,
  })
  if (!object) return
  const prefix = inner.type === 'array' ? `${path}[]` : inner.type === 'record' ? `${path}.<Model>` : path
  for (const [key, child] of Object.entries(object.entries ?? {})) visit(child, `${prefix}.${key}`, rows)
}

function sectionType(node: Node): string {
  const nullable = node.type === 'nullable' || (node.type === 'optional' && node.wrapped?.type === 'nullable')
  const inner = unwrap(node)
  const base =
    inner.type === 'array' ? 'Array<object>' : inner.type === 'record' ? 'Record<string, object>' : 'object'
  return nullable ? `${base} | null` : base
}

/** The object schema an option holds directly, as an array element or as record values. */
function objectOf(node: Node): Node | null {
  if (node.type === 'strict_object' || node.type === 'object') return node
  if (node.type === 'array' && node.item) return objectOf(unwrap(node.item))
  if (node.type === 'record' && node.value) return objectOf(unwrap(node.value))
  return null
}

function unwrap(node: Node): Node {
  return (node.type === 'optional' || node.type === 'nullable') && node.wrapped ? unwrap(node.wrapped) : node
}

/** A TypeScript-like rendering of what the schema accepts, bounds included. */
export function typeOf(node: Node): string {
  switch (node.type) {
    case 'optional':
      return typeOf(node.wrapped!)
    case 'nullable':
      return `${typeOf(node.wrapped!)} | null`
    case 'picklist':
      return (node.options as unknown[]).map((o) => JSON.stringify(o).replaceAll('"', "'")).join(' | ')
    case 'literal':
      return JSON.stringify(node.literal).replaceAll('"', "'")
    case 'union':
      return (node.options as Node[]).map(typeOf).join(' | ')
    case 'variant':
      return (node.options as Node[]).map(typeOf).join(' | ')
    case 'array':
      return `Array<${typeOf(node.item!)}>`
    case 'record':
      return `Record<string, ${typeOf(node.value!)}>`
    case 'custom':
      return 'function'
    case 'strict_object':
    case 'object':
      return objectType(node)
    case 'number':
      return numberType(node)
    default:
      return node.type
  }
}

function objectType(node: Node): string {
  const entries = Object.entries(node.entries ?? {})
  if (entries.length > 4) return 'object'
  return `{ ${entries.map(([key, child]) => `${key}${child.type === 'optional' ? '?' : ''}: ${typeOf(child)}`).join('; ')} }`
}

function numberType(node: Node): string {
  const actions = node.pipe ?? []
  const integer = actions.some((a) => a.type === 'integer')
  const min = actions.find((a) => a.type === 'min_value')?.requirement
  const max = actions.find((a) => a.type === 'max_value')?.requirement
  const base = integer ? 'integer' : 'number'
  if (min === undefined && max === undefined) return base
  if (max === undefined || max === Number.MAX_SAFE_INTEGER) return `${base} >= ${String(min)}`
  return `${base} ${String(min)}..${String(max)}`
}
