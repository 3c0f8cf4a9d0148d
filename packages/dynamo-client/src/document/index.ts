export type { AttributeMap, AttributeTypeDescriptor, AttributeValue } from './attribute-value'
export { MarshallError, type MarshallErrorCode } from './errors'
export { MAX_NESTING_DEPTH, marshall, toAttributeValue } from './marshall'
export { type CanonicalDecimal, canonicalDecimal, NumberValue } from './number-value'
export type {
  MarshallOptions,
  NativeAttributeValue,
  NativeItem,
  NativeScalar,
  UnmarshallOptions,
  WrapNumbers,
} from './options'
export { fromAttributeValue, unmarshall } from './unmarshall'
