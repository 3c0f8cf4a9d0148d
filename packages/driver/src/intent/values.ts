import { DriverError } from '../errors'
import { type AstNode, isNode, nodeList } from '../sql/ast'
import { PARAM_PREFIX } from '../sql/placeholders'
import type { SqlValue } from './types'

/** The values bound to a statement's `?` placeholders, read by the names the parser reports. */
export class BoundValues {
  readonly #values: readonly unknown[]
  readonly #sql: string

  constructor(values: readonly unknown[], placeholderCount: number, sql: string) {
    if (values.length !== placeholderCount) {
      throw new DriverError(
        'PLACEHOLDER_MISMATCH',
        `The statement has ${placeholderCount} placeholders but ${values.length} values`,
        { sql, hint: 'pass one value per ? placeholder, in order' },
      )
    }
    this.#values = values
    this.#sql = sql
  }

  /** The value of a literal or parameter node. */
  valueOf(node: AstNode): SqlValue {
    switch (node.type) {
      case 'param':
        return this.#param(node.value)
      case 'number':
      case 'bool':
      case 'boolean':
        return node.value as number | boolean
      case 'single_quote_string':
      case 'string':
      case 'natural_string':
        return String(node.value)
      case 'null':
        return null
      default:
        throw new DriverError('UNSUPPORTED_EXPRESSION', `Expected a value, found ${describeNode(node)}`, {
          sql: this.#sql,
          hint: 'compare a column with a value (a ? parameter or a literal); DynamoDB conditions cannot compute',
        })
    }
  }

  /** The values of an `expr_list` node, e.g. the right side of IN or BETWEEN. */
  listOf(node: unknown): SqlValue[] {
    if (isNode(node) && node.type === 'expr_list')
      return nodeList(node.value).map((item) => this.valueOf(item))
    if (isNode(node)) return [this.valueOf(node)]
    return []
  }

  #param(name: unknown): SqlValue {
    const index = typeof name === 'string' ? Number(name.slice(PARAM_PREFIX.length)) : Number.NaN
    if (!Number.isInteger(index) || index < 0 || index >= this.#values.length) {
      throw new DriverError('PLACEHOLDER_MISMATCH', `Unknown parameter :${String(name)}`, {
        sql: this.#sql,
        hint: 'use ? placeholders only; named parameters are not supported',
      })
    }
    return this.#values[index] as SqlValue
  }
}

export function describeNode(node: AstNode): string {
  return node.type ? node.type.replace(/_/g, ' ') : 'an unknown expression'
}
