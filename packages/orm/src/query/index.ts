export { Collection, type FlatItem } from '../collection/index'
export { QueryBuilder } from './builder'
export type {
  CompiledQuery,
  CompiledRequest,
  CompileOptions,
  CostClass,
  QueryExplanation,
} from './compile/compile-query'
export { compileQuery } from './compile/compile-query'
export type { ReadEstimate } from './compile/estimate'
export type { QueryContext, QueryScope } from './context'
export { createQueryBuilder, type ModelQuery } from './create-query-builder'
export type {
  ComparisonOperator,
  Predicate,
  QueryDescription,
  SortDirection,
  TrashedMode,
  WhereClause,
  WhereOperator,
} from './description'
export { emptyDescription } from './description'
export {
  InvalidCursorError,
  isInvalidCursorError,
  isQueryError,
  QueryError,
  type QueryErrorCode,
  ScanNotAllowedError,
  WholeTypeReadNotAllowedError,
} from './errors'
export type { CursorPage, LengthAwarePage } from './execute/paginate'
export { ResultCollection } from './execute/results'
export type { QueryStats } from './execute/stats'
export type {
  RegisteredDefinition,
  RegisteredModels,
  RelationNameOf,
  RelationPath,
  RelationTargetName,
} from './relation-paths'
export type {
  AttributeName,
  FieldValue,
  ModelIndexName,
  NumericAttribute,
  QueryIndexName,
  WhereObject,
} from './types'
