export {
  describeValidation,
  isValidationRule,
  type RuleKind,
  type RuleStep,
  StacksShimError,
  schema as stacksSchema,
  type ToValibotOptions,
  toValibot,
  ValidationRule,
} from '../stacks-shims/index'
export { ModelLoadError, type ModelLoadErrorCode } from './errors'
export { findModelFiles } from './find-model-files'
export { ImportFailure, type ImportOptions, importModule, type ShimMode } from './import-module'
export {
  displayPath,
  type LoadedModel,
  type LoadModelsOptions,
  loadModels,
  type RawModel,
} from './load-models'
