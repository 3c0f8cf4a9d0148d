import type { ModelDefinition } from './definition'

/**
 * Identity at runtime; at the type level it keeps every literal (`const` type parameter) so the ORM can
 * infer attributes, fillable/hidden names and relations from the definition alone.
 */
export function defineModel<const M extends ModelDefinition>(definition: M): M {
  return definition
}
