import { parseEager } from '../loading/eager-spec'
import { eagerLoad } from '../loading/runners'
import { ModelBase } from '../model/model-base'
import { setNamedRelationResolver } from '../model/relation-accessors'
import type { RelationMethods } from '../model/relation-types'
import { relation } from './access'
import { getLoaded, isLoaded, setLoaded } from './loaded-store'
import { namedRelation } from './named-relations'
import { pivotOf } from './pivot-store'
import { ancestors, descendants, fetchRelation, getTree } from './runners'

export type { RelatedOf, RelationHandleOf } from '../model/relation-types'

const methods: RelationMethods & ThisType<ModelBase> = {
  relation(name) {
    return relation(this, name)
  },
  async related(name) {
    const value = await fetchRelation(this, name)
    setLoaded(this, name, value)
    return value
  },
  async load(...relations) {
    await eagerLoad([this], parseEager(relations))
    return this
  },
  getRelation(name) {
    return getLoaded(this, name)
  },
  relationLoaded(name) {
    return isLoaded(this, name)
  },
  pivotAttributes() {
    return pivotOf(this)
  },
  ancestors(options) {
    return ancestors(this, options)
  },
  descendants(options) {
    return descendants(this, options)
  },
  getTree(options) {
    return getTree(this, options)
  },
}

let installed = false

/** Adds the relation methods to every model instance, and what named accessors (`user.posts()`) return (idempotent). */
export function installRelations(): void {
  if (installed) return
  installed = true
  for (const [name, value] of Object.entries(methods))
    Object.defineProperty(ModelBase.prototype, name, { configurable: true, writable: true, value })
  setNamedRelationResolver(namedRelation)
}
