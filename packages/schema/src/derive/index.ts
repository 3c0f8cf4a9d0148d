export type { LoadedModelInput, ModelInput } from './collect-models'
export { deriveDesign } from './derive-design'
export { designOptionsFromConfig } from './from-config'
export {
  DEFAULT_DESIGN_OPTIONS,
  DEFAULT_TRAIT_DEFAULTS,
  type DesignOptions,
  type ExplicitGlobalIndex,
  type ExplicitLocalIndex,
  type ResolvedDesignOptions,
  resolveDesignOptions,
  type TraitDefaults,
} from './options'
