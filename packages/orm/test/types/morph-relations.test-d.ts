/**
 * Type tests for polymorphic many-to-many relations, checked by `tsc --noEmit -p packages/orm/tsconfig.json`;
 * the file is never run.
 */
import { defineModel } from '@dbtooling/schema'
import { expectTypeOf } from 'vitest'
import { type BelongsToMany, findWithRelations, Model, type ModelBase } from '../../src/index'

const Post = Model(
  defineModel({
    name: 'Post',
    attributes: { title: { type: 'string' } },
    morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
  } as const),
)
const Tag = Model(
  defineModel({
    name: 'Tag',
    attributes: { label: { type: 'string' } },
    morphedByMany: [{ model: 'Post', morphName: 'taggable' }],
  } as const),
)

async function morphEdges(post: InstanceType<typeof Post>, tag: InstanceType<typeof Tag>) {
  // Both sides hand out the edge API (attach, detach, sync, toggle, updateExistingPivot).
  expectTypeOf(post.relation('tags')).toEqualTypeOf<BelongsToMany>()
  expectTypeOf(tag.relation('posts')).toEqualTypeOf<BelongsToMany>()
  expectTypeOf(tag.posts()).toEqualTypeOf<BelongsToMany>()
  expectTypeOf(await post.related('tags')).toEqualTypeOf<ModelBase[]>()
  // @ts-expect-error Tag has no relation 'videos'
  tag.relation('videos')
}

async function findWith() {
  // findWithRelations resolves an instance of the class it was given.
  const post = await findWithRelations(Post, 'p1', ['tags'])
  expectTypeOf(post).toEqualTypeOf<InstanceType<typeof Post> | null>()
}

void morphEdges
void findWith
