import type { ModelDefinition } from './definition'

/**
 * Identity at runtime; at the type level it keeps every literal (`const` type parameter) so the ORM can
 * infer attributes, fillable/hidden names and relations from the definition alone.
 *
 * @example
 * ```ts
 * const Post = defineModel({
 *   name: 'Post',
 *   belongsTo: ['User'],
 *   attributes: { title: { type: 'string', required: true, fillable: true } },
 * } as const)
 * ```
 */
export function defineModel<const M extends ModelDefinition>(definition: M): M {
  return definition
}
