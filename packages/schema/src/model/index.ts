export { defineModel } from './define-model'
export type {
  AttributeDefinition,
  AttributeTypeName,
  IndexDefinition,
  ModelDefinition,
  ModelTraits,
  MorphToDefinition,
  MorphToTargets,
  RelationMap,
  RelationObject,
  RelationTarget,
  RelationTargets,
  TimestampsTrait,
  ValidationDefinition,
} from './definition'
export type {
  AttributeTypeMap,
  InferAttributes,
  InferAttributeType,
  InferFillable,
  InferForeignKeys,
  InferHidden,
  InferRelations,
  InferUnique,
  ModelName,
  Pluralize,
  RelationKindOf,
  RelationNames,
  RelationTargetOf,
  RuleOutput,
} from './infer'
export { camelName, entityPrefix, foreignKeyFor, pluralize } from './naming'
export { normalizeModel } from './normalize-model'
export { defaultRelationName } from './normalize-relations'
export type {
  NormalizedAttribute,
  NormalizedIndex,
  NormalizedModel,
  NormalizedRelation,
  NormalizedTraits,
} from './normalized'
