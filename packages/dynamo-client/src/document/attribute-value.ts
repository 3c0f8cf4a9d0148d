/**
 * DynamoDB's wire representation of a value, as it appears in the JSON protocol. Binary values are
 * base64 strings on the wire; `Uint8Array` is accepted on input so values built by other libraries work too.
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

/** A top-level item, key or expression-values map in wire form. */
export type AttributeMap = { [name: string]: AttributeValue }

/** The ten DynamoDB type descriptors, as used by `attribute_type()` and in AttributeValue keys. */
export type AttributeTypeDescriptor = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'M' | 'L' | 'SS' | 'NS' | 'BS'
