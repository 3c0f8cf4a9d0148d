import type { BenchOptions } from '../options'
import type { CorePlan } from '../pinning'
import type { MatrixResult } from '../runner'
import type { BundleSize } from '../suites/bundle-size'
import type { CliStartupResult } from '../suites/cli-startup'
import type { ImportTime } from '../suites/cold-import'
import type { DeriveResult } from '../suites/derive'
import type { FanOutRow } from '../suites/fan-out'
import type { SeedBenchResult } from '../suites/seed'
import type { TransferResult } from '../suites/transfer'
import type { UniqueLookupResult } from '../suites/unique-lookup'
import type { TargetCheck } from './targets'

/** Where and when a run happened: figures from a loaded machine read differently. */
export interface RunContext {
  date: string
  node: string
  /** `<count> × <model>` */
  cpu: string
  /** `os.type() os.release() os.arch()` */
  platform: string
  memoryGiB: number
  loadAverageAtStart: number[]
  loadAverageAtEnd: number[]
  isolation: BenchOptions['isolation']
  options: BenchOptions
  pinning?: CorePlan | null
}

/**
 * Everything a run measured (`results/latest.json`, and the committed `snapshots/latest.json`): the
 * printed report and the docs' Performance page are both rendered from it, so neither holds a figure
 * typed by hand.
 */
export interface BenchResults extends RunContext {
  canned?: MatrixResult & { targets: TargetCheck[] }
  orm?: MatrixResult & { targets: TargetCheck[]; parity: string[] }
  local?: MatrixResult & { targets: TargetCheck[] }
  fanOut?: FanOutRow[]
  uniqueLookup?: UniqueLookupResult
  derive?: DeriveResult
  seed?: SeedBenchResult
  coldImport?: ImportTime[]
  bundleSize?: BundleSize[]
  footprintSkipped?: { name: string; reason: string }[]
  cli?: CliStartupResult
  transfer?: TransferResult
}
