import type { ModelDefinition, RelationNames, RelationTargetOf } from '@dbtooling/schema'

/**
 * The application's models by name, for types that cross from one model to another: the class a
 * relation resolves to (`(await task.project())!.name`) and nested eager paths (`with('tasks.comments')`).
 * Empty by default, so related models are `ModelBase` and nested paths unchecked; an application fills it
 * in once with its model classes (or definitions):
 *
 * ```ts
 * declare module '@dbtooling/orm' {
 *   interface RegisteredModels { Project: typeof Project; Task: typeof Task }
 * }
 * ```
 *
 * @example
 * ```ts
 * declare module '@dbtooling/orm' {
 *   interface RegisteredModels { Project: typeof Project; Task: typeof Task }
 * }
 * const project = await task.project() // a Project, not ModelBase
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by applications through declaration merging
export interface RegisteredModels {}

/**
 * The definition registered under a model name (a class's `definition`, or the definition itself).
 *
 * @example
 * ```ts
 * declare module '@dbtooling/orm' {
 *   interface RegisteredModels { Project: typeof Project }
 * }
 * type ProjectDefinition = RegisteredDefinition<'Project'> // typeof Project['definition']
 * ```
 */
export type RegisteredDefinition<Name> = Name extends keyof RegisteredModels
  ? RegisteredModels[Name] extends { readonly definition: infer D extends ModelDefinition }
    ? D
    : RegisteredModels[Name] extends ModelDefinition
      ? RegisteredModels[Name]
      : never
  : never

/**
 * Relation names of a definition (any string for a loosely typed one).
 *
 * @example
 * ```ts
 * type Relations = RelationNameOf<typeof userDefinition> // 'posts' | 'team'
 * ```
 */
export type RelationNameOf<D> = D extends ModelDefinition ? RelationNames<D> & string : string

/**
 * The model name relation `N` of `D` points at (`null` for morphTo, `string` when not known).
 *
 * @example
 * ```ts
 * type Target = RelationTargetName<typeof taskDefinition, 'project'> // 'Project'
 * ```
 */
export type RelationTargetName<D, N> = D extends ModelDefinition
  ? N extends RelationNames<D>
    ? RelationTargetOf<D, N>
    : never
  : string

type Depth = [never, 0, 1, 2]

type NestedPaths<D, N extends string, Left extends number> = [Left] extends [never]
  ? `${N}.${string}`
  : [RegisteredDefinition<RelationTargetName<D, N>>] extends [never]
    ? `${N}.${string}`
    : `${N}.${RelationPath<RegisteredDefinition<RelationTargetName<D, N>>, Left>}`

/**
 * What `with()`/`load()` accept for a definition: its relation names and dotted paths through them
 * (`'tasks'`, `'tasks.comments'`), checked four segments deep. Past that depth, or past a model not in
 * `RegisteredModels`, any tail is accepted (it is checked when the query runs); a loosely typed
 * definition accepts any string.
 *
 * @example
 * ```ts
 * const path: RelationPath<typeof projectDefinition> = 'tasks.comments'
 * const projects = await Project.query().with(path).get()
 * ```
 */
export type RelationPath<D, Left extends number = 3> =
  string extends RelationNameOf<D>
    ? string
    : { [N in RelationNameOf<D>]: N | NestedPaths<D, N, Depth[Left]> }[RelationNameOf<D>]
