import type { SeedContext } from '../../../src/index'

export default class UsersSeeder {
  dependsOn = ['TeamsSeeder']

  async run({ factory, seeded, logger }: SeedContext) {
    const users = await factory('User').count(4).recycle(seeded('Team')).create()
    logger.info(`users: ${users.length}`)
  }
}
