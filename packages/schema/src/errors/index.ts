export { IndexBudgetError, type IndexBudgetStep } from './index-budget-error'
export { KeyError, type KeyErrorCode } from './key-error'
export { SchemaError, type SchemaErrorCode, type SchemaErrorDetails } from './schema-error'
export { didYouMean, suggestNames } from './suggest'
