export { KeyError, type KeyErrorCode } from './key-error'
export { SchemaError, type SchemaErrorCode, type SchemaErrorDetails } from './schema-error'
export { didYouMean, suggestNames } from './suggest'
