/**
 * The parts of node-sql-parser's tree the driver reads. The parser's own types are loose unions, so the
 * driver narrows nodes with the guards below instead of casting at every use.
 */
export interface AstNode {
  readonly type?: string
  readonly [key: string]: unknown
}

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function nodeList(value: unknown): AstNode[] {
  return Array.isArray(value) ? value.filter(isNode) : []
}

export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** The column name of a column reference, or of a double-quoted identifier (the builder's quoting). */
export function columnName(node: AstNode): string | null {
  if (node.type === 'column_ref') {
    const column = node.column
    if (typeof column === 'string') return column
    if (isNode(column) && isNode(column.expr)) return text(column.expr.value)
    return null
  }
  if (node.type === 'double_quote_string') return text(node.value)
  return null
}

/** The name of a function or aggregate call node, upper-cased. */
export function functionName(node: AstNode): string | null {
  if (typeof node.name === 'string') return node.name.toUpperCase()
  if (isNode(node.name)) {
    const parts = nodeList(node.name.name)
    const first = parts[0]
    return first ? (text(first.value)?.toUpperCase() ?? null) : null
  }
  return null
}

/** Argument nodes of a function call. */
export function functionArgs(node: AstNode): AstNode[] {
  const args = node.args
  if (!isNode(args)) return []
  if (args.type === 'expr_list') return nodeList(args.value)
  return isNode(args.expr) ? [args.expr] : []
}
