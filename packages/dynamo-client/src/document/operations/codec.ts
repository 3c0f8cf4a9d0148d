import { assertExpressionLimits } from '../../limits/expression-limits'
import { assertItemSize, assertKeySize, type LimitSubject } from '../../limits/item-limits'
import type { AttributeMap, AttributeValue } from '../attribute-value'
import { marshall, toAttributeValue } from '../marshall'
import type { MarshallOptions, UnmarshallOptions } from '../options'
import { fromAttributeValue, unmarshall } from '../unmarshall'

/**
 * Options of `new DocumentClient(client, options)`: how values are marshalled and unmarshalled, and whether DynamoDB limits are checked before sending.
 *
 * @example
 * ```ts
 * const options: DocumentClientOptions = { marshallOptions: { removeUndefinedValues: true }, validate: true }
 * const doc = new DocumentClient(new DynamoClient({ endpoint: 'http://localhost:8000' }), options)
 * ```
 */
export interface DocumentClientOptions {
  readonly marshallOptions?: MarshallOptions
  readonly unmarshallOptions?: UnmarshallOptions
  /**
   * Check item size, key sizes and expression limits before sending (default true). Turn off only when
   * a layer above already did.
   */
  readonly validate?: boolean
}

/**
 * Plain JS object as the document client returns it (item, key).
 *
 * @example
 * ```ts
 * const { Item }: { Item?: DocumentMap } = await db.get({ TableName: 'app', Key: { pk: 'USER#1', sk: 'USER#1' } })
 * ```
 */
export type DocumentMap = Record<string, unknown>

/**
 * Plain JS object accepted in a request (key, expression values, start key). `object` rather than a
 * record type, so values typed by interfaces are accepted too.
 *
 * @example
 * ```ts
 * const key: DocumentInput = { pk: 'USER#1', sk: 'USER#1' }
 * const { Item } = await doc.get({ TableName: 'app', Key: key })
 * ```
 */
export type DocumentInput = object

/** Replaces the wire-typed fields of a request/response shape with document-level ones. */
export type Replace<T, R> = Omit<T, keyof R> & R

interface ExpressionBearing {
  ExpressionAttributeValues?: DocumentInput
}

/** Conversions shared by every document operation, bound to one client's options. */
export class DocumentCodec {
  private readonly marshallOptions: MarshallOptions
  private readonly unmarshallOptions: UnmarshallOptions
  readonly validate: boolean

  constructor(options: DocumentClientOptions = {}) {
    this.marshallOptions = options.marshallOptions ?? {}
    this.unmarshallOptions = options.unmarshallOptions ?? {}
    this.validate = options.validate ?? true
  }

  item(item: object, subject: LimitSubject = 'item'): AttributeMap {
    const wire = marshall(item, this.marshallOptions)
    if (this.validate) assertItemSize(wire, subject)
    return wire
  }

  key(key: object, subject: LimitSubject = 'key'): AttributeMap {
    const wire = marshall(key, this.marshallOptions)
    if (this.validate) assertKeySize(wire, undefined, subject)
    return wire
  }

  map(map: object): AttributeMap {
    return marshall(map, this.marshallOptions)
  }

  values(list: readonly unknown[]): AttributeValue[] {
    return list.map((value) => toAttributeValue(value, this.marshallOptions))
  }

  /** Marshalls ExpressionAttributeValues in place of the document ones and checks expression limits. */
  expressions<T extends ExpressionBearing>(
    input: T,
  ): Replace<T, { ExpressionAttributeValues?: AttributeMap }> {
    const { ExpressionAttributeValues: values, ...rest } = input
    const out = rest as Replace<T, { ExpressionAttributeValues?: AttributeMap }>
    if (values !== undefined) out.ExpressionAttributeValues = this.map(values)
    if (this.validate) assertExpressionLimits(out as object, 'wire')
    return out
  }

  read<T>(map: AttributeMap): T
  read<T>(map: AttributeMap | undefined): T | undefined
  read<T>(map: AttributeMap | undefined): T | undefined {
    return map === undefined ? undefined : unmarshall<T>(map, this.unmarshallOptions)
  }

  readList<T>(maps: readonly AttributeMap[] | undefined): T[] {
    if (maps === undefined) return []
    const out = new Array<T>(maps.length)
    for (let i = 0; i < maps.length; i++) out[i] = unmarshall<T>(maps[i]!, this.unmarshallOptions)
    return out
  }

  readValue(value: AttributeValue): unknown {
    return fromAttributeValue(value, this.unmarshallOptions)
  }
}

/** Copies `source` without `undefined`-valued keys, so optional wire fields are omitted, not null. */
export function defined<T extends object>(source: T): T {
  const out = {} as T
  for (const key in source) if (source[key] !== undefined) out[key] = source[key]
  return out
}
