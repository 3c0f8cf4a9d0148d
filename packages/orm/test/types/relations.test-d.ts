/**
 * Type tests for relation access on model instances, checked by `tsc --noEmit -p packages/orm/tsconfig.json`.
 * Lines marked `@ts-expect-error` must not compile; the file is never run.
 */
import { expectTypeOf } from 'vitest'
import {
  type BelongsToMany,
  type BelongsToRelation,
  type HasOneQuery,
  Model,
  type ModelBase,
  type RelationQuery,
  type ResultCollection,
} from '../../src/index'
import { Post as PostDefinition, User as UserDefinition } from '../relations/fixtures'

class User extends Model(UserDefinition) {}
const Post = Model(PostDefinition)

async function namedAccessors(user: User) {
  // One method per relation, named like the schema names it (hasMany: ['Post'] -> posts).
  expectTypeOf(user.posts()).toEqualTypeOf<RelationQuery>()
  expectTypeOf(user.roles()).toEqualTypeOf<BelongsToMany>()
  expectTypeOf(user.team()).toEqualTypeOf<BelongsToRelation>()
  expectTypeOf(user.profile()).toEqualTypeOf<HasOneQuery>()
  // Chains like relation('posts') does.
  const top: ResultCollection<ModelBase> = await user.posts().where('rank', '>', 1).limit(2).get()
  // belongsTo and hasOne resolve to the related model when awaited.
  expectTypeOf(await user.team()).toEqualTypeOf<ModelBase | null>()
  expectTypeOf(await user.profile()).toEqualTypeOf<ModelBase | null>()
  expectTypeOf(await user.profile().where('bio', 'x')).toEqualTypeOf<ModelBase | null>()
  expectTypeOf(await user.team().get()).toEqualTypeOf<ModelBase | null>()
  // Lists are not thenable: read them with get().
  expectTypeOf(user.posts()).not.toHaveProperty('then')
  const post = await Post.findOrFail('p1')
  expectTypeOf(post.user()).toEqualTypeOf<BelongsToRelation>()
  expectTypeOf(post.comments()).toEqualTypeOf<RelationQuery>()
  // @ts-expect-error User has no relation 'nope'
  user.nope()
  // @ts-expect-error Post has no roles relation
  post.roles()
  // @ts-expect-error accessors take no arguments
  user.posts('x')
  return top
}

async function relationByName(user: User) {
  expectTypeOf(user.relation('posts')).toEqualTypeOf<RelationQuery>()
  expectTypeOf(user.relation('team').get).returns.resolves.toEqualTypeOf<ModelBase | null>()
  expectTypeOf(await user.related('posts')).toEqualTypeOf<ModelBase[]>()
  expectTypeOf(await user.related('profile')).toEqualTypeOf<ModelBase | null>()
  // @ts-expect-error unknown relation name
  user.relation('nope')
  // Rows of relation queries still have the name-based methods.
  const first = await user.posts().first()
  if (first) expectTypeOf(first.relation).parameter(0).toBeString()
}

async function builderRelations() {
  const rows = await User.query().with('posts').withCount('posts').whereHas('posts').get()
  expectTypeOf(rows).toEqualTypeOf<ResultCollection<User>>()
}

export { builderRelations, namedAccessors, relationByName }
