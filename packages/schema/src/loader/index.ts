// Each stand-in file by name: stacks-shims/index also lists the shim writer, which needs node:crypto,
// node:module and node:os, and only file loading (a lazy chunk) uses it.
export { describeValidation } from '../stacks-shims/describe'
export { StacksShimError } from '../stacks-shims/inert'
export { type ToValibotOptions, toValibot } from '../stacks-shims/to-valibot'
export {
  isValidationRule,
  type RuleKind,
  type RuleStep,
  ValidationRule,
} from '../stacks-shims/validation-rule'
export { schema as stacksSchema } from '../stacks-shims/validation-schema'
export { displayPath } from './display-path'
export { ModelLoadError, type ModelLoadErrorCode } from './errors'
export { findModelFiles } from './find-model-files'
export { ImportFailure } from './import-failure'
export type { ImportOptions, ShimMode } from './import-module'
export { importModule, loadModels } from './load-lazily'
export type { LoadedModel, LoadModelsOptions, RawModel } from './load-models'
