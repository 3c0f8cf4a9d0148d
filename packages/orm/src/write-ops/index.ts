export { type AtomicWriteOptions, ConflictingConditionsError, type WriteConditions } from './conditions'
export type { InsertManyOptions } from './insert'
export { isPartialInsertError, PartialInsertError } from './insert-errors'
export { KeyFieldWriteError } from './plan-atomic'
export type { PreparedWrite } from './prepare'
export { UnsavedModelError } from './resolve-target'
export { AttributeKindError } from './run-atomic'
export {
  addToSet,
  appendToList,
  decrement,
  deleteByKey,
  increment,
  insert,
  insertMany,
  prepareDelete,
  prepareInsert,
  prepareUpdate,
  prependToList,
  removeAttribute,
  removeFromList,
  removeFromSet,
  upsert,
} from './runners'
export type {
  AttributeNames,
  CollectionKeys,
  ElementOf,
  InstanceOf,
  KeyOf,
  ModelCtor,
  NumericKeys,
} from './types'
