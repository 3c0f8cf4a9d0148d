import type { Faker } from '@faker-js/faker'
import type { RandomStream } from './random-stream'

export type { Faker }

let english: Promise<Faker> | undefined

/**
 * faker is loaded on the first factory call, never with the package: `import('@dbtooling/orm')` stays
 * cheap for applications that never seed. Only the English locale (~30 ms) is loaded, not every locale
 * (~450 ms).
 */
function loadEnglish(): Promise<Faker> {
  english ??= import('@faker-js/faker/locale/en').then((module) => module.faker)
  return english
}

/** A faker instance drawing from `random`, with dates relative to `refDate`. */
export async function seededFaker(random: RandomStream, refDate: Date): Promise<Faker> {
  const base = await loadEnglish()
  const FakerClass = base.constructor as new (options: {
    locale: Faker['rawDefinitions']
    randomizer: RandomStream
  }) => Faker
  const faker = new FakerClass({ locale: base.rawDefinitions, randomizer: random })
  faker.setDefaultRefDate(refDate)
  return faker
}
