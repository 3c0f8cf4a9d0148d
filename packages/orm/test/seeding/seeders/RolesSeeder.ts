import type { SeedContext } from '../../../src/index'

export default class RolesSeeder {
  order = -1

  async run({ factory }: SeedContext) {
    await factory('Role').count(2).create()
  }
}
