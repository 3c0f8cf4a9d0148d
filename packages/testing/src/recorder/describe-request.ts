import { type AttributeMap, unmarshall } from '@dbtooling/dynamo-client'
import type { Classified } from './classify'
import type { KeyClause } from './key-condition'

/**
 * What the recorder keeps of one request (retries are folded into the first attempt).
 *
 * @example
 * ```ts
 * const [first]: readonly RecordedRequest[] = table.recorder.requests
 * console.log(first?.operation, first?.input, first?.capacity.readUnits)
 * ```
 */
export interface RecordedRequest extends Classified {
  readonly operation: string
  readonly table: string | undefined
  /** The input as sent on the wire. */
  readonly input: Readonly<Record<string, unknown>>
  /** Capacity units the responses reported, summed over attempts (read and write separately). */
  readonly capacity: { readUnits: number; writeUnits: number; reported: boolean }
  /** `code: message` when the call failed. */
  readonly error: string | undefined
}

function clauseText(clause: KeyClause): string {
  const [first, second] = clause.values.map((value) => JSON.stringify(value))
  if (clause.op === 'begins_with') return `begins_with(${clause.attribute}, ${first})`
  if (clause.op === 'between') return `${clause.attribute} BETWEEN ${first} AND ${second}`
  return `${clause.attribute} ${clause.op} ${first}`
}

function keyText(request: RecordedRequest): string {
  if (request.keyClauses.length > 0) return ` ${request.keyClauses.map(clauseText).join(' AND ')}`
  const key = request.input.Key
  return key ? ` ${JSON.stringify(unmarshall(key as AttributeMap))}` : ''
}

function writtenText(request: RecordedRequest): string {
  if (request.written.length === 0) return ''
  const counts = new Map<string, number>()
  for (const { entity } of request.written)
    counts.set(entity ?? '(untyped)', (counts.get(entity ?? '(untyped)') ?? 0) + 1)
  return ` put ${[...counts].map(([type, n]) => (n === 1 ? type : `${type} x${n}`)).join(', ')}`
}

/**
 * One line per request, built from the request itself (what the recorder's failures list).
 *
 * @example
 * ```ts
 * console.log(table.recorder.requests.map(describeRequest).join('\n'))
 * // 1. Query on GSI1 gsi1pk = "TEAM#t1" [User; Query (bounded partition); 0.5 CU]
 * ```
 */
export function describeRequest(request: RecordedRequest): string {
  const parts = [request.operation]
  if (request.costClass?.startsWith('Query') || request.operation === 'Scan')
    parts.push(`on ${request.index ?? 'the table'}`)
  let line = parts.join(' ') + keyText(request)
  if (typeof request.input.FilterExpression === 'string') line += ` filter ${request.input.FilterExpression}`
  line += writtenText(request)
  const tags: string[] = []
  if (request.entities.length > 0) tags.push(request.entities.join(', '))
  if (request.costClass) tags.push(request.costClass)
  const units = request.capacity.readUnits + request.capacity.writeUnits
  if (request.capacity.reported) tags.push(`${units} CU`)
  if (request.error) tags.push(`failed: ${request.error}`)
  return tags.length > 0 ? `${line} [${tags.join('; ')}]` : line
}
