import { describe, expect, it } from 'vitest'
import { renderImportTimes } from '../src/report/footprint'
import { BASELINE_NAME, EMPTY_PACKAGE_NAME, measureColdImports } from '../src/suites/cold-import'
import { CLIENT_PACKAGES } from '../src/suites/packages'

describe('the import suite', () => {
  it('measures both baselines and each package over them, in the same rounds', async () => {
    const client = CLIENT_PACKAGES.filter((entry) => entry.name === '@dbtooling/dynamo-client')
    const times = await measureColdImports(client, 1)
    expect(times.map((t) => t.name)).toEqual([BASELINE_NAME, EMPTY_PACKAGE_NAME, '@dbtooling/dynamo-client'])
    const [emptyModule, emptyPackage, measured] = times as [
      (typeof times)[0],
      (typeof times)[0],
      (typeof times)[0],
    ]
    expect(emptyPackage.overBaselineMs).toBeCloseTo(emptyPackage.medianMs - emptyModule.medianMs, 9)
    expect(measured.overBaselineMs).toBeCloseTo(measured.medianMs - emptyModule.medianMs, 9)
    expect(measured.overEmptyPackageMs).toBeCloseTo(measured.medianMs - emptyPackage.medianMs, 9)
  })

  it("prints issue 17's target line with the orm over both baselines", () => {
    const page = renderImportTimes([
      { name: BASELINE_NAME, medianMs: 5, runsMs: [5] },
      { name: EMPTY_PACKAGE_NAME, medianMs: 10, runsMs: [10], overBaselineMs: 5 },
      { name: '@dbtooling/orm', medianMs: 36, runsMs: [36], overBaselineMs: 31, overEmptyPackageMs: 26 },
    ])
    expect(page).toContain('| @dbtooling/orm | 36.0 | +31.0 | +26.0 | 36 |')
    expect(page).toContain(
      "`import('@dbtooling/orm')` over an empty package (bare node): 26.0 ms; over an empty ES module: 31.0 ms",
    )
  })
})
