import { describe, expect, it } from 'vitest'
import { type ExportDoc, publicExportDocs } from './support/public-docs'

/** The entry points a newcomer meets first: TypeDoc shows their JSDoc and @example on the API pages. */
const mainEntryPoints: Record<string, string[]> = {
  orm: ['createOrm', 'Model', 'Orm', 'QueryBuilder', 'getDefaultOrm', 'setDefaultOrm', 'transaction'],
  'dynamo-client': ['DynamoClient', 'DocumentClient', 'createRequestCounter', 'DynamoDBError'],
}

describe('JSDoc on the public API', () => {
  let docs: Record<string, ExportDoc[]> = {}

  it('lists the public exports lacking JSDoc, and no main entry point is among them', {
    timeout: 120_000,
  }, () => {
    docs = publicExportDocs(Object.keys(mainEntryPoints))
    const lacking: string[] = []
    for (const [pkg, exports] of Object.entries(docs)) {
      const names = exports.filter((e) => !e.documented).map((e) => e.name)
      lacking.push(...names.map((name) => `${pkg}: ${name}`))
      console.info(
        `@dbtooling/${pkg}: ${names.length} of ${exports.length} exports lack JSDoc: ${names.join(', ')}`,
      )
    }
    const main = Object.entries(mainEntryPoints).flatMap(([pkg, names]) => names.map((n) => `${pkg}: ${n}`))
    expect(lacking.filter((entry) => main.includes(entry))).toEqual([])
  })

  it('gives every main entry point of orm and client an @example', () => {
    const missing = Object.entries(mainEntryPoints).flatMap(([pkg, names]) =>
      names.filter((name) => !docs[pkg]?.find((e) => e.name === name)?.hasExample).map((n) => `${pkg}: ${n}`),
    )
    expect(Object.keys(docs)).toEqual(Object.keys(mainEntryPoints))
    expect(missing).toEqual([])
  })
})
