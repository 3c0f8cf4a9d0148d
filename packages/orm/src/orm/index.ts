export { createOrm } from './create-orm'
export { getDefaultOrm, type OrmHandle, setDefaultOrm } from './default-orm'
export { type LoadOrmOptions, loadOrm } from './load-orm'
export { Orm } from './orm'
export type {
  CreateOrmInput,
  DefinitionNamed,
  DefinitionOf,
  DefinitionsOf,
  LoadedModelSource,
  ModelNamesOf,
  ModelSource,
  ModelSources,
} from './orm-types'
