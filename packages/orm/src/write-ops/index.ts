export { addToSet, appendToList, prependToList, removeFromList, removeFromSet } from './collections'
export { type AtomicWriteOptions, ConflictingConditionsError, type WriteConditions } from './conditions'
export { decrement, increment } from './counters'
export { deleteByKey } from './delete-by-key'
export { type InsertManyOptions, insert, insertMany } from './insert'
export { isPartialInsertError, PartialInsertError } from './insert-errors'
export { KeyFieldWriteError } from './plan-atomic'
export { type PreparedWrite, prepareDelete, prepareInsert, prepareUpdate } from './prepare'
export { removeAttribute } from './remove-attribute'
export { UnsavedModelError } from './resolve-target'
export { AttributeKindError } from './run-atomic'
export type {
  AttributeNames,
  CollectionKeys,
  ElementOf,
  InstanceOf,
  KeyOf,
  ModelCtor,
  NumericKeys,
} from './types'
export { upsert } from './upsert'
