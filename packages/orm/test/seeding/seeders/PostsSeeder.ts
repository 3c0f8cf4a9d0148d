import type { SeedContext } from '../../../src/index'

export default class PostsSeeder {
  dependsOn = ['UsersSeeder']

  async run({ factory, seeded }: SeedContext) {
    await factory('Post').count(8).recycle(seeded('User')).create()
  }
}
