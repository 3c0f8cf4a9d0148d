export {
  ConditionalCheckFailedError,
  isConditionalCheckFailedError,
} from './conditional-check-failed'
export { InvalidWriteOptionError, isInvalidWriteOptionError } from './invalid-write-option'
export { ItemNotFoundError, isItemNotFoundError } from './item-not-found'
export { isKeyChangeError, KeyChangeError, type KeyChangeReason } from './key-change'
export {
  isMassAssignmentError,
  isOperationCancelledError,
  isWrongEntityTypeError,
  MassAssignmentError,
  MissingOrmError,
  OperationCancelledError,
  WrongEntityTypeError,
} from './misc-errors'
export { isOrmError, OrmError, type OrmErrorCode, type OrmErrorInit } from './orm-error'
export { isRelationNameConflictError, RelationNameConflictError } from './relation-name-conflict'
export {
  type CancelledItemReason,
  isTransactionCancelledError,
  TransactionCancelledError,
} from './transaction-cancelled'
export { isUniqueConstraintError, UniqueConstraintError } from './unique-constraint'
export { isUnknownModelError, UnknownModelError } from './unknown-model'
export { isUnsupportedConfigError, UnsupportedConfigError } from './unsupported-config'
export { type FieldIssue, isValidationError, ValidationError } from './validation-error'
export { isVersionConflictError, VersionConflictError } from './version-conflict'
