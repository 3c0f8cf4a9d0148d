export {
  buildExpressions,
  buildMarshalledExpressions,
  type ExpressionFragment,
  type ExpressionInput,
} from './build-expressions'
export { compileCondition } from './compile-condition'
export { compileUpdate } from './compile-update'
export {
  and,
  attributeExists,
  attributeNotExists,
  attributeType,
  beginsWith,
  between,
  type Comparator,
  type Condition,
  type ConditionPart,
  contains,
  eq,
  ge,
  gt,
  inList,
  le,
  lt,
  MAX_IN_LIST,
  ne,
  not,
  or,
  type Subject,
} from './condition'
export { type DiffUpdateOptions, diffUpdate, sameValue } from './diff-update'
export { ExpressionError, type ExpressionErrorCode } from './errors'
export { ExpressionAttributes, type ExpressionAttributesOptions } from './expression-attributes'
export { compileKeyCondition, type KeyNames } from './key-condition'
export {
  attr,
  isOperand,
  type Operand,
  type PathOperand,
  type SizeOperand,
  size,
  type ValueOperand,
  value,
} from './operand'
export { type Path, type PathInput, type PathSegment, parsePath, pathText } from './path'
export { compileProjection } from './projection'
export { isReservedWord, isSafeAttributeName, RESERVED_WORDS } from './reserved-words'
export {
  add,
  type CounterOptions,
  decrement,
  deleteFromSet,
  ifNotExists,
  increment,
  type ListOptions,
  listAppend,
  listAppendOf,
  listPrepend,
  minus,
  plus,
  remove,
  type SetValue,
  set,
  setIfNotExists,
  type UpdateAction,
} from './update'
