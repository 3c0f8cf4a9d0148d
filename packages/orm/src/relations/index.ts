import { installEagerLoading } from '../loading/builder-extension'
import { installRelations } from './install'

installRelations()
installEagerLoading()

export { type BelongsToHandle, type RelationHandle, relation } from './access'
export { BelongsToMany, type PivotInput, type SyncResult } from './belongs-to-many'
export { isRelationError, RelationError, type RelationErrorCode } from './errors'
export { hasQuery, type RelationQuery } from './has-query'
export { getLoaded as getLoadedRelation, loadedRelations } from './loaded-store'
export { DEFAULT_CONCURRENCY, mapLimited } from './map-limited'
export { type BelongsToRelation, HasOneQuery, namedRelation } from './named-relations'
export { pivotOf } from './pivot-store'
export { relationOf } from './resolve'
export { ancestors, descendants, fetchRelation, getTree, loadBelongsTo, loadManyToMany } from './runners'
export type { TreeNode, TreeOptions } from './tree'
