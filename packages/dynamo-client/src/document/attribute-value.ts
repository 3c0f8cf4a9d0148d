/**
 * DynamoDB's wire representation of a value, as it appears in the JSON protocol. Binary values are
 * base64 strings on the wire; `Uint8Array` is accepted on input so values built by other libraries work too.
 *
 * @example
 * ```ts
 * const value: AttributeValue = { M: { city: { S: 'London' }, zip: { N: '1' } } }
 * fromAttributeValue(value) // { city: 'London', zip: 1 }
 * ```
 */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly B: string | Uint8Array }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly M: AttributeMap }
  | { readonly L: readonly AttributeValue[] }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly string[] }
  | { readonly BS: readonly (string | Uint8Array)[] }

/**
 * A top-level item, key or expression-values map in wire form.
 *
 * @example
 * ```ts
 * const key: AttributeMap = { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } }
 * const { Item } = await client.getItem({ TableName: 'app', Key: key })
 * ```
 */
export type AttributeMap = { [name: string]: AttributeValue }

/**
 * The ten DynamoDB type descriptors, as used by `attribute_type()` and in AttributeValue keys.
 *
 * @example
 * ```ts
 * const type: AttributeTypeDescriptor = 'N'
 * const filter = attributeType('price', type)
 * ```
 */
export type AttributeTypeDescriptor = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'M' | 'L' | 'SS' | 'NS' | 'BS'
