export { AttributeModel } from './attribute-model'
export type {
  AnyDefinition,
  AutoManagedKeys,
  CreateAttributes,
  FillableKeys,
  HiddenKeys,
  KeyInput,
  ModelAttributes,
  PrimaryKeyOf,
  SearchAttributes,
  SerializedAttributes,
  UpdateAttributes,
  UpsertAttributes,
  WritableAttributes,
} from './attribute-types'
export { type AttributeCaster, type BuiltInCast, type CustomCast, casterFor, isCustomCast } from './casts'
export { generateId, type IdKind, ulid } from './generate-id'
export { HookRegistry, MODEL_EVENTS, type ModelEvent, type ModelHook } from './hooks'
export type { FindOptions, ModelClass, ModelInstance, ModelMethods, ModelStatics } from './instance-types'
export { isModelClass, Model } from './model'
export { ModelBase } from './model-base'
export { type ModelMeta, modelMeta } from './model-meta'
export { type ModelConstructor, ModelRegistry } from './model-registry'
export type { SaveOptions } from './persist'
export type {
  LoadedRelationOf,
  NamedRelationOf,
  RelatedOf,
  RelatedTypes,
  RelatedTypesOf,
  RelationAccessors,
  RelationHandleOf,
  RelationMethods,
  TypedRelationMethods,
  UnknownRelated,
} from './relation-types'
export { type NamedScope, type ScopeFunction, ScopeRegistry, SOFT_DELETE_SCOPE } from './scopes'
export type { ToJSONOptions } from './serialize'
export type { ConditionOptions, WriteCondition } from './write-condition'
