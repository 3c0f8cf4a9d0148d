import type { ScopeFunction, ScopeRegistry } from '../model/scopes'
import type { CompiledEntity } from '../storage/compiled-entity'

/**
 * Scopes an entity brings with it: the soft-delete global scope, `globalScopes: { name: fn }` and local
 * `scopes: { name: fn }` from the definition.
 */
export function registerDefinitionScopes(scopes: ScopeRegistry, entity: CompiledEntity): void {
  if (entity.softDeleteAttribute) scopes.registerSoftDeletes(entity.name, entity.softDeleteAttribute)
  const definition = entity.definition
  if (!definition) return
  for (const [name, fn] of functionsOf(definition.globalScopes))
    scopes.addGlobal(entity.name, { name, apply: fn })
  for (const [name, fn] of functionsOf(definition.scopes)) scopes.addLocal(entity.name, name, fn)
}

function functionsOf(value: unknown): [string, ScopeFunction][] {
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).filter(
    (entry): entry is [string, ScopeFunction] => typeof entry[1] === 'function',
  )
}
