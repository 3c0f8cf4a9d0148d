import type { ModelBase } from './model-base'

/**
 * A model class made by `Model()` (or a subclass of one), as the ORM's registries hold it.
 *
 * @example
 * ```ts
 * const classes: ModelConstructor[] = [User, Post]
 * ```
 */
export type ModelConstructor = typeof ModelBase

/**
 * Which class hydrates each entity. createOrm registers a class per model; a user's subclass
 * (`class User extends Model(def) {}`) replaces it the first time one of its statics runs, so query results
 * are instances of the user's class.
 *
 * @example
 * ```ts
 * const registry: ModelRegistry = orm.ctx.models
 * registry.register(User)
 * ```
 */
export class ModelRegistry {
  private readonly classes = new Map<string, ModelConstructor>()

  constructor(private readonly fallback: (entity: string) => ModelConstructor) {}

  register(model: ModelConstructor): void {
    const current = this.classes.get(model.modelName)
    if (current === model) return
    // Keep the most derived class: a base `Model(def)` call must not replace the user's subclass.
    if (current && current.prototype instanceof model) return
    this.classes.set(model.modelName, model)
  }

  classFor(entity: string): ModelConstructor {
    let model = this.classes.get(entity)
    if (!model) {
      model = this.fallback(entity)
      this.classes.set(entity, model)
    }
    return model
  }
}
