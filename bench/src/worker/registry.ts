import type { Entrant } from '../contestant'

/** `client` holds the canned and local suites' contestants, `orm` the ORM suite's. */
export type RegistryName = 'client' | 'orm'

/**
 * Finds a contestant by name in its suite's registry. Only that registry is imported, so a client
 * contestant's process never loads the ORM libraries.
 */
export async function findEntrant(
  registry: RegistryName,
  name: string,
): Promise<Entrant<string> | undefined> {
  const entrants: readonly Entrant<string>[] =
    registry === 'orm'
      ? (await import('../contestants/orm/all')).ORM_CONTESTANTS
      : (await import('../contestants/client/all')).CLIENT_CONTESTANTS
  return entrants.find((entrant) => entrant.name === name)
}
