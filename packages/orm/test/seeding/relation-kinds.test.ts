import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, FactoryRelationError, Model } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { Customer, Image, Post, Tag, twentyModels, User, Video } from './twenty-models'

const PostModel = Model(Post)
const VideoModel = Model(Video)
const ImageModel = Model(Image)
const TagModel = Model(Tag)
const CustomerModel = Model(Customer)
const UserModel = Model(User)
const orm = createOrm({
  // Classes for the models the tests call, definitions for the rest of the set.
  models: [
    ...twentyModels.filter((model) => ![Post, Video, Image, Tag, Customer, User].includes(model as never)),
    PostModel,
    VideoModel,
    ImageModel,
    TagModel,
    CustomerModel,
    UserModel,
  ],
  client: localClient(),
  design: { tableName: uniqueTableName('seed-kinds') },
})

beforeAll(async () => {
  await orm.createTable()
})
afterAll(async () => {
  await orm.dropTable()
})

describe('factory relations of the polymorphic and one-to-one kinds', () => {
  it('has() through morphMany sets the morph type and id; the children read back through the relation', async () => {
    const [post] = await PostModel.factory().has(ImageModel.factory().count(2)).create()
    const images = await post!.relation('images').get()
    expect(images).toHaveLength(2)
    const pointers = images.all().map((image) => [image.get('imageableType'), image.get('imageableId')])
    expect(pointers).toEqual([
      ['POST', post!.id],
      ['POST', post!.id],
    ])
  })

  it('has() through morphOne and hasOne makes one child per parent', async () => {
    const customers = await CustomerModel.factory().count(2).has(ImageModel.factory().count(3)).create()
    for (const customer of customers) expect(await customer.relation('image').get()).not.toBeNull()
    const images = await ImageModel.query().where('imageableType', 'CUSTOMER').get()
    expect(images).toHaveLength(2)
  })

  it('for() through morphTo points the child at the given parent', async () => {
    const video = await VideoModel.factory().createOne()
    const images = await ImageModel.factory().count(2).for(video).create()
    expect(images.every((image) => image.imageableType === 'VIDEO' && image.imageableId === video.id)).toBe(
      true,
    )
    const parent = await images[0]!.relation('imageable').get()
    expect(parent?.$meta.name).toBe('Video')
  })

  it('hasAttached() through morphToMany writes edges readable from both sides', async () => {
    const [post] = await PostModel.factory().hasAttached(TagModel.factory().count(3)).create()
    const tags = await post!.relation('tags').get()
    expect(tags).toHaveLength(3)
    const posts = (await tags.all()[0]!.relation('posts').get()) as unknown as {
      all(): { get(name: string): unknown }[]
    }
    expect(posts.all().map((tagged) => tagged.get('id'))).toEqual([post!.id])
  })

  it('names the relations to choose from when none reaches the model', async () => {
    const error = await UserModel.factory()
      .has(VideoModel.factory())
      .create()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FactoryRelationError)
    expect((error as FactoryRelationError).code).toBe('FACTORY_RELATION')
    expect((error as FactoryRelationError).hint).toContain('posts (hasMany Post)')
  })
})
