import type { SeedContext } from '../../../src/index'

export default class TeamsSeeder {
  order = 1

  async run({ factory }: SeedContext) {
    await factory('Team').count(2).create()
  }
}
