import { expectTypeOf } from 'vitest'
import {
  defineModel,
  type InferAttributes,
  type RelationKindOf,
  type RelationNames,
  type RelationTargetOf,
} from '../../src/index'

// The same relations written as lists and as Stacks' keyed form infer the same names, kinds, targets and keys.
const Listed = defineModel({
  name: 'Listed',
  belongsTo: ['Team', { model: 'User', relationName: 'owner', foreignKey: 'ownerId' }],
  hasMany: ['Post', { model: 'PersonalAccessToken', relationName: 'tokens' }],
  hasOne: ['Profile'],
  belongsToMany: [{ model: 'Category', pivotTable: 'categorizable_models' }],
  morphTo: 'commentable',
})
const Keyed = defineModel({
  name: 'Keyed',
  belongsTo: { team: 'Team', owner: { model: 'User', foreignKey: 'ownerId' } },
  hasMany: { posts: 'Post', tokens: { model: 'PersonalAccessToken' } },
  hasOne: { profile: 'Profile' },
  belongsToMany: { categories: { model: 'Category', table: 'categorizable_models' } },
  morphTo: { commentable: { name: 'commentable' } },
})

type Names = 'team' | 'owner' | 'posts' | 'tokens' | 'profile' | 'categories' | 'commentable'
expectTypeOf<RelationNames<typeof Listed>>().toEqualTypeOf<Names>()
expectTypeOf<RelationNames<typeof Keyed>>().toEqualTypeOf<Names>()
expectTypeOf<RelationTargetOf<typeof Keyed, 'tokens'>>().toEqualTypeOf<'PersonalAccessToken'>()
expectTypeOf<RelationTargetOf<typeof Keyed, 'tokens'>>().toEqualTypeOf<
  RelationTargetOf<typeof Listed, 'tokens'>
>()
expectTypeOf<RelationKindOf<typeof Keyed, 'categories'>>().toEqualTypeOf<'belongsToMany'>()
expectTypeOf<RelationKindOf<typeof Keyed, 'owner'>>().toEqualTypeOf<'belongsTo'>()
expectTypeOf<RelationTargetOf<typeof Keyed, 'commentable'>>().toEqualTypeOf<null>()
// @ts-expect-error the keyed form names the relation `posts`, not the model
type _NotARelation = RelationTargetOf<typeof Keyed, 'post'>

// belongsTo foreign keys and morph fields are attributes in both forms.
type ListedItem = InferAttributes<typeof Listed>
type KeyedItem = InferAttributes<typeof Keyed>
expectTypeOf<KeyedItem['teamId']>().toEqualTypeOf<string | undefined>()
expectTypeOf<KeyedItem['ownerId']>().toEqualTypeOf<string | undefined>()
expectTypeOf<KeyedItem['commentableType']>().toEqualTypeOf<string | undefined>()
expectTypeOf<Omit<KeyedItem, never>>().toEqualTypeOf<Omit<ListedItem, never>>()

// A keyed entry's relationName wins over its key, as at run time.
const Renamed = defineModel({
  name: 'Renamed',
  hasMany: { items: { model: 'Post', relationName: 'articles' } },
})
expectTypeOf<RelationNames<typeof Renamed>>().toEqualTypeOf<'articles'>()

// morphTo keyed by morph name, with its own field names.
const Morphs = defineModel({
  name: 'Morphs',
  morphTo: { subject: { type: 'subjectKind' }, target: 'target' },
})
expectTypeOf<RelationNames<typeof Morphs>>().toEqualTypeOf<'subject' | 'target'>()
type MorphsItem = InferAttributes<typeof Morphs>
expectTypeOf<keyof MorphsItem>().toEqualTypeOf<
  'id' | 'subjectKind' | 'subjectId' | 'targetType' | 'targetId'
>()
