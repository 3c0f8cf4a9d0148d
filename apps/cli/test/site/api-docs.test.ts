import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type ExportDoc, publicExportDocs } from './support/public-docs'

/** Every published library package: TypeDoc's API reference is built from the JSDoc of their exports. */
const packages = ['orm', 'dynamo-client', 'schema', 'local', 'testing', 'driver']

/** The entry points a newcomer meets first: TypeDoc shows their JSDoc and @example on the API pages. */
const mainEntryPoints: Record<string, string[]> = {
  orm: ['createOrm', 'Model', 'Orm', 'QueryBuilder', 'getDefaultOrm', 'setDefaultOrm', 'transaction'],
  'dynamo-client': ['DynamoClient', 'DocumentClient', 'createRequestCounter', 'DynamoDBError'],
}

/**
 * Exports still lacking a description or an @example, one `package: name` a line. The list only shrinks:
 * a new export without both fails, and so does an entry whose export has both now (delete its line).
 */
const missingFile = new URL('./support/jsdoc-missing.txt', import.meta.url)
const knownMissing = readFileSync(missingFile, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))

const incomplete = (doc: ExportDoc) => !doc.documented || !doc.hasExample

describe('JSDoc on the public API', () => {
  let docs: Record<string, ExportDoc[]> = {}

  it('every public export of the library packages has a description and an @example, except the known list', {
    timeout: 120_000,
  }, () => {
    docs = publicExportDocs(packages)
    const lacking = Object.entries(docs).flatMap(([pkg, exports]) =>
      exports.filter(incomplete).map((doc) => `${pkg}: ${doc.name}`),
    )
    for (const pkg of packages) {
      const total = docs[pkg]?.length ?? 0
      const open = lacking.filter((entry) => entry.startsWith(`${pkg}: `)).length
      console.info(
        `@dbtooling/${pkg}: ${total - open} of ${total} exports have a description and an @example`,
      )
    }
    const newlyLacking = lacking.filter((entry) => !knownMissing.includes(entry))
    const nowDocumented = knownMissing.filter((entry) => !lacking.includes(entry))
    expect(newlyLacking, 'write a description and an @example for these exports').toEqual([])
    expect(
      nowDocumented,
      'these have JSDoc and an @example now: delete their lines from jsdoc-missing.txt',
    ).toEqual([])
  })

  it('gives every main entry point of orm and client a description and an @example', () => {
    const missing = Object.entries(mainEntryPoints).flatMap(([pkg, names]) =>
      names
        .filter((name) => {
          const doc = docs[pkg]?.find((e) => e.name === name)
          return !doc || incomplete(doc)
        })
        .map((n) => `${pkg}: ${n}`),
    )
    expect(Object.keys(docs)).toEqual(packages)
    expect(missing).toEqual([])
  })
})
