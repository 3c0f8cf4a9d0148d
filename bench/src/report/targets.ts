import type { MatrixResult } from '../runner'
import { findCell } from './table'

export interface TargetRule {
  /** Contestant the target is about. */
  subject: string
  /** Contestant it is compared with. */
  reference: string
  /** subject CPU / reference CPU must be at most this. */
  maxRatio: number
}

export interface TargetCheck extends TargetRule {
  scenario: string
  concurrency: number
  ratio: number
  met: boolean
}

/** Compares CPU per call for each rule and scenario; missing contestants yield no check (not a pass). */
export function checkTargets(
  result: MatrixResult,
  rules: readonly TargetRule[],
  scenarios: readonly string[],
  concurrency = 1,
): TargetCheck[] {
  const checks: TargetCheck[] = []
  for (const scenario of scenarios) {
    for (const rule of rules) {
      const subject = findCell(result, rule.subject, scenario, concurrency)
      const reference = findCell(result, rule.reference, scenario, concurrency)
      if (!subject || !reference) continue
      const ratio = subject.cpuUsPerCall / reference.cpuUsPerCall
      checks.push({ ...rule, scenario, concurrency, ratio, met: ratio <= rule.maxRatio })
    }
  }
  return checks
}

export function renderTargets(checks: readonly TargetCheck[], missing: string): string {
  if (checks.length === 0) return `Targets: not checked (${missing}).`
  const lines = checks.map(
    (c) =>
      `- ${c.met ? 'MET    ' : 'NOT MET'} ${c.scenario}: ${c.subject} / ${c.reference} CPU = ${c.ratio.toFixed(2)} (target ≤ ${c.maxRatio})`,
  )
  const met = checks.filter((c) => c.met).length
  return [`Targets (${met}/${checks.length} met):`, ...lines].join('\n')
}
