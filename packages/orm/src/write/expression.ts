import { type Condition, compileCondition, ExpressionAttributes } from '@dbtooling/dynamo-client'

/** The expression fields of one write request. */
export interface WriteExpressions {
  ConditionExpression?: string
  UpdateExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, unknown>
}

/** Collects SET/REMOVE clauses and condition terms of one request over shared placeholders. */
export class WriteExpressionBuilder {
  readonly attrs = new ExpressionAttributes()
  private readonly sets: string[] = []
  private readonly removes: string[] = []
  private readonly conditions: string[] = []

  set(path: readonly string[], value: unknown): void {
    this.sets.push(`${this.attrs.path(path)} = ${this.attrs.value(value, path.join('.'))}`)
  }

  remove(path: readonly string[]): void {
    this.removes.push(this.attrs.path(path))
  }

  exists(attribute: string): void {
    this.conditions.push(`attribute_exists(${this.attrs.name(attribute)})`)
  }

  notExists(attribute: string): void {
    this.conditions.push(`attribute_not_exists(${this.attrs.name(attribute)})`)
  }

  equals(attribute: string, value: unknown): void {
    this.conditions.push(`${this.attrs.name(attribute)} = ${this.attrs.value(value, attribute)}`)
  }

  condition(condition: Condition): void {
    this.conditions.push(`(${compileCondition(condition, this.attrs)})`)
  }

  get hasUpdates(): boolean {
    return this.sets.length > 0 || this.removes.length > 0
  }

  build(): WriteExpressions {
    const out: WriteExpressions = {}
    const clauses: string[] = []
    if (this.sets.length > 0) clauses.push(`SET ${this.sets.join(', ')}`)
    if (this.removes.length > 0) clauses.push(`REMOVE ${this.removes.join(', ')}`)
    if (clauses.length > 0) out.UpdateExpression = clauses.join(' ')
    if (this.conditions.length > 0) out.ConditionExpression = this.conditions.join(' AND ')
    const names = this.attrs.names()
    if (names) out.ExpressionAttributeNames = names
    const values = this.attrs.values()
    if (values) out.ExpressionAttributeValues = values
    return out
  }
}
