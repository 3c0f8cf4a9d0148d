import { type Condition, compileCondition, ExpressionAttributes } from '@dbtooling/dynamo-client'

/**
 * The expression fields of one write request.
 *
 * @example
 * ```ts
 * const expressions: WriteExpressions = new WriteExpressionBuilder().build()
 * await rawUpdate(orm, { Key: key, ...expressions })
 * ```
 */
export interface WriteExpressions {
  ConditionExpression?: string
  UpdateExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, unknown>
}

/**
 * Collects SET/REMOVE clauses and condition terms of one request over shared placeholders. Names and
 * values get `#aN`/`:aN` placeholders from plain counters (this runs on every write, so no general-purpose
 * allocator); a custom `Condition` is compiled by the client's compiler with its own `#n`/`:v` placeholders.
 *
 * @example
 * ```ts
 * const builder = new WriteExpressionBuilder()
 * builder.setAttribute('status', 'done')
 * builder.exists('pk')
 * const { UpdateExpression, ConditionExpression } = builder.build()
 * ```
 */
export class WriteExpressionBuilder {
  /** Attribute names in placeholder order: `#a0` is `attributes[0]` (a few per write, so a scan is cheapest). */
  private readonly attributes: string[] = []
  private names: Record<string, string> | undefined
  private values: Record<string, unknown> | undefined
  private valueCount = 0
  private readonly sets: string[] = []
  private readonly removes: string[] = []
  private readonly conditions: string[] = []
  private custom: ExpressionAttributes | undefined

  private name(attribute: string): string {
    const known = this.attributes.indexOf(attribute)
    if (known >= 0) return `#a${known}`
    const placeholder = `#a${this.attributes.length}`
    this.attributes.push(attribute)
    if (this.names === undefined) this.names = {}
    this.names[placeholder] = attribute
    return placeholder
  }

  private path(path: readonly string[]): string {
    let out = this.name(path[0]!)
    for (let i = 1; i < path.length; i++) out += `.${this.name(path[i]!)}`
    return out
  }

  private value(value: unknown): string {
    const placeholder = `:a${this.valueCount++}`
    if (this.values === undefined) this.values = {}
    this.values[placeholder] = value
    return placeholder
  }

  set(path: readonly string[], value: unknown): void {
    this.sets.push(`${this.path(path)} = ${this.value(value)}`)
  }

  remove(path: readonly string[]): void {
    this.removes.push(this.path(path))
  }

  /** `set([attribute], value)` for a top-level attribute, without the path array. */
  setAttribute(attribute: string, value: unknown): void {
    this.sets.push(`${this.name(attribute)} = ${this.value(value)}`)
  }

  /** `remove([attribute])` for a top-level attribute. */
  removeAttribute(attribute: string): void {
    this.removes.push(this.name(attribute))
  }

  exists(attribute: string): void {
    this.conditions.push(`attribute_exists(${this.name(attribute)})`)
  }

  notExists(attribute: string): void {
    this.conditions.push(`attribute_not_exists(${this.name(attribute)})`)
  }

  equals(attribute: string, value: unknown): void {
    this.conditions.push(`${this.name(attribute)} = ${this.value(value)}`)
  }

  condition(condition: Condition): void {
    this.custom ??= new ExpressionAttributes()
    this.conditions.push(`(${compileCondition(condition, this.custom)})`)
  }

  get hasUpdates(): boolean {
    return this.sets.length > 0 || this.removes.length > 0
  }

  build(): WriteExpressions {
    return this.buildInto({})
  }

  /** Writes the expression fields into `target` (a request being built) and returns it. */
  buildInto<T extends WriteExpressions>(target: T): T {
    if (this.sets.length > 0 || this.removes.length > 0) {
      const set = this.sets.length > 0 ? `SET ${this.sets.join(', ')}` : ''
      const remove = this.removes.length > 0 ? `REMOVE ${this.removes.join(', ')}` : ''
      target.UpdateExpression = set && remove ? `${set} ${remove}` : set || remove
    }
    if (this.conditions.length > 0) target.ConditionExpression = this.conditions.join(' AND ')
    const customNames = this.custom?.names()
    const customValues = this.custom?.values()
    const names = customNames ? { ...this.names, ...customNames } : this.names
    const values = customValues ? { ...this.values, ...customValues } : this.values
    if (names) target.ExpressionAttributeNames = names
    if (values) target.ExpressionAttributeValues = values
    return target
  }
}
