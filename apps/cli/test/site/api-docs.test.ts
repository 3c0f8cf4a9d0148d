import { describe, expect, it } from 'vitest'
import { type ExportDoc, publicExportDocs } from './support/public-docs'

/** Every published library package: TypeDoc's API reference is built from the JSDoc of their exports. */
const packages = ['orm', 'dynamo-client', 'schema', 'local', 'testing', 'driver']

/** The entry points a newcomer meets first: TypeDoc shows their JSDoc and @example on the API pages. */
const mainEntryPoints: Record<string, string[]> = {
  orm: ['createOrm', 'Model', 'Orm', 'QueryBuilder', 'getDefaultOrm', 'setDefaultOrm', 'transaction'],
  'dynamo-client': ['DynamoClient', 'DocumentClient', 'createRequestCounter', 'DynamoDBError'],
}

const incomplete = (doc: ExportDoc) => !doc.documented || !doc.hasExample

describe('JSDoc on the public API', () => {
  let docs: Record<string, ExportDoc[]> = {}

  it('every public export of the library packages has a description and an @example', {
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
    expect(lacking, 'write a description and an @example for these exports').toEqual([])
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
