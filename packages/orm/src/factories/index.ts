import { installFactories } from './install'

installFactories()

export { defineFactory, factoryFor, hasDefinedFactory, type RegisteredFactory } from './define-factory'
export {
  FactoryCountError,
  FactoryFileError,
  FactoryRelationError,
  FactoryValidationError,
  type SeedingErrorCode,
  UniqueValuesExhaustedError,
  UnknownFactoryStateError,
} from './errors'
export { Factory } from './factory'
export { type FactoryFile, factoryFile } from './factory-file'
export type {
  FactoryAttributes,
  FactoryContext,
  FactoryDefinition,
  FactoryDescription,
  FactoryHook,
  FactoryLike,
  FactoryOptions,
  FactoryState,
  PivotAttributes,
  StoredModel,
} from './factory-types'
export type { Faker } from './load-faker'
export { RandomStream, streamKey } from './random-stream'
export { loadFactoryFiles } from './runners'
export { DEFAULT_REF_DATE, type SeedProgress, SeedSession, type SeedSessionOptions } from './session'
