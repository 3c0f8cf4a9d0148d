import { expectTypeOf } from 'vitest'
import {
  defineModel,
  type EntityPrefix,
  type InferAttributes,
  type InferFillable,
  type InferHidden,
  type InferUnique,
  type ModelName,
  type PartitionKey,
  type Pluralize,
  type RelationKindOf,
  type RelationNames,
  type RelationTargetOf,
  renderKey,
  type TemplateFields,
  type UniqueKey,
} from '../../src/index'
import type { Comment, Post, User } from '../fixtures/blog'
import type { ApiKey, Task } from '../fixtures/saas'
import type { Tag, Post as TaggedPost } from '../fixtures/taggable'

// Names and prefixes keep their literal types.
expectTypeOf<ModelName<typeof User>>().toEqualTypeOf<'User'>()
expectTypeOf<EntityPrefix<'OrderItem'>>().toEqualTypeOf<'ORDER_ITEM'>()
expectTypeOf<EntityPrefix<'User'>>().toEqualTypeOf<'USER'>()
expectTypeOf<EntityPrefix<'Oauth2Client'>>().toEqualTypeOf<'OAUTH2_CLIENT'>()
expectTypeOf<PartitionKey<'OrderItem'>>().toEqualTypeOf<`ORDER_ITEM#${string}`>()
expectTypeOf<UniqueKey<'User', 'email'>>().toEqualTypeOf<`UNIQUE#User#email#${string}`>()
const key: PartitionKey<'User'> = 'USER#1'
// @ts-expect-error a Post key is not a User key
const wrongKey: PartitionKey<'User'> = 'POST#1'
void key
void wrongKey

// Attributes: types from `type`, required flags, the primary key, timestamps and soft deletes.
type UserItem = InferAttributes<typeof User>
expectTypeOf<UserItem['email']>().toEqualTypeOf<string>()
expectTypeOf<UserItem['name']>().toEqualTypeOf<string>()
expectTypeOf<UserItem['status']>().toEqualTypeOf<string | undefined>()
expectTypeOf<UserItem['createdAt']>().toEqualTypeOf<string | number | undefined>()
expectTypeOf<UserItem['deletedAt']>().toEqualTypeOf<string | number | null | undefined>()
expectTypeOf<UserItem>().toHaveProperty('id')
// @ts-expect-error not an attribute of User
type _NoSuchAttribute = UserItem['title']

type PostItem = InferAttributes<typeof Post>
expectTypeOf<PostItem['views']>().toEqualTypeOf<number | undefined>()
expectTypeOf<PostItem['title']>().toEqualTypeOf<string>()
expectTypeOf<PostItem['id']>().toEqualTypeOf<string>()
expectTypeOf<PostItem>().not.toHaveProperty('deletedAt')

// Undeclared foreign keys and morph fields are optional strings; declared ones keep their declaration.
type CommentItem = InferAttributes<typeof Comment>
expectTypeOf<CommentItem['commentableType']>().toEqualTypeOf<string | undefined>()
expectTypeOf<CommentItem['commentableId']>().toEqualTypeOf<string | undefined>()
expectTypeOf<CommentItem['authorId']>().toEqualTypeOf<string>()
expectTypeOf<CommentItem>().not.toHaveProperty('userId')
expectTypeOf<UserItem['teamId']>().toEqualTypeOf<string | undefined>()
const Child = defineModel({
  name: 'Child',
  belongsTo: ['Parent', { model: 'Other', foreignKey: 'otherRef' }],
})
expectTypeOf<InferAttributes<typeof Child>>().toEqualTypeOf<{
  id: string
  parentId?: string
  otherRef?: string
}>()

type ApiKeyItem = InferAttributes<typeof ApiKey>
expectTypeOf<ApiKeyItem['organizationId']>().toEqualTypeOf<string>()
expectTypeOf<ApiKeyItem>().not.toHaveProperty('id')

type TaskItem = InferAttributes<typeof Task>
expectTypeOf<TaskItem['dueDate']>().toEqualTypeOf<string | undefined>()

// Fillable / hidden / unique names.
expectTypeOf<InferFillable<typeof User>>().toEqualTypeOf<'name' | 'email' | 'password' | 'teamId'>()
expectTypeOf<InferHidden<typeof User>>().toEqualTypeOf<'password'>()
expectTypeOf<InferUnique<typeof User>>().toEqualTypeOf<'email'>()

// Relation names follow the runtime naming rules; relationName overrides.
expectTypeOf<RelationNames<typeof User>>().toEqualTypeOf<'team' | 'posts' | 'profile' | 'roles'>()
expectTypeOf<RelationNames<typeof Comment>>().toEqualTypeOf<'commentable' | 'author'>()
expectTypeOf<RelationTargetOf<typeof User, 'posts'>>().toEqualTypeOf<'Post'>()
expectTypeOf<RelationKindOf<typeof User, 'roles'>>().toEqualTypeOf<'belongsToMany'>()
// Polymorphic many-to-many relations are named and typed from both sides.
expectTypeOf<RelationNames<typeof Tag>>().toEqualTypeOf<'posts' | 'videos'>()
expectTypeOf<RelationKindOf<typeof Tag, 'videos'>>().toEqualTypeOf<'morphedByMany'>()
expectTypeOf<RelationKindOf<typeof TaggedPost, 'tags'>>().toEqualTypeOf<'morphToMany'>()
expectTypeOf<RelationTargetOf<typeof TaggedPost, 'tags'>>().toEqualTypeOf<'Tag'>()
expectTypeOf<RelationTargetOf<typeof Comment, 'commentable'>>().toEqualTypeOf<null>()
// @ts-expect-error User has no relation called comments
type _NoSuchRelation = RelationTargetOf<typeof User, 'comments'>

expectTypeOf<Pluralize<'category'>>().toEqualTypeOf<'categories'>()
expectTypeOf<Pluralize<'day'>>().toEqualTypeOf<'days'>()
expectTypeOf<Pluralize<'box'>>().toEqualTypeOf<'boxes'>()
expectTypeOf<Pluralize<'post'>>().toEqualTypeOf<'posts'>()

// defineModel keeps literals without `as const` too.
const Inline = defineModel({
  name: 'Inline',
  attributes: { score: { type: 'number', required: true } },
  hasMany: ['Post'],
})
expectTypeOf<ModelName<typeof Inline>>().toEqualTypeOf<'Inline'>()
expectTypeOf<InferAttributes<typeof Inline>['score']>().toEqualTypeOf<number>()
expectTypeOf<RelationNames<typeof Inline>>().toEqualTypeOf<'posts'>()

// Invalid definitions fail to compile.
// @ts-expect-error a model needs a name
defineModel({ attributes: {} })
// @ts-expect-error unknown attribute type
defineModel({ name: 'Bad', attributes: { x: { type: 'strnig' } } })
// @ts-expect-error relation entries are model names or { model }
defineModel({ name: 'Bad', hasMany: [{ target: 'Post' }] })

// Template placeholders are checked where the template is a literal.
expectTypeOf<TemplateFields<'ORG#{orgId}#PROJECT#{id}'>>().toEqualTypeOf<'orgId' | 'id'>()
renderKey('ORG#{orgId}#PROJECT#{id}', { orgId: 'o', id: 'p' })
// @ts-expect-error orgId is missing
renderKey('ORG#{orgId}#PROJECT#{id}', { id: 'p' })
const dynamicTemplate: string = 'USER#{id}'
renderKey(dynamicTemplate, { anything: 1 })
