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
  /** What the target is judged on: `pairedRatio` where rounds pair up, else `medianRatio`. */
  ratio: number
  /** Median of the subject's per-round CPU over the reference's median (the table's "× reference"). */
  medianRatio: number
  /** Median over rounds of subject / reference in the same round; null when the rounds do not pair up. */
  pairedRatio: number | null
  met: boolean
}

/** Fewer rounds than this and a median of per-round ratios says little. */
const MIN_PAIRED_ROUNDS = 5

/**
 * Rounds interleave the contestants, so round i of the subject ran right next to round i of the
 * reference, under the same load from the rest of the machine. The median of those per-round ratios is
 * immune to a slow spell that covers more of one contestant's rounds than the other's (on a shared VM, a
 * spell of several seconds can triple every process's CPU per call).
 */
export function pairedRatio(subject: readonly number[], reference: readonly number[]): number | null {
  if (subject.length !== reference.length || subject.length < MIN_PAIRED_ROUNDS) return null
  const ratios = subject.map((value, i) => value / reference[i]!).sort((a, b) => a - b)
  const middle = ratios.length >> 1
  return ratios.length % 2 === 1 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2
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
      const medianRatio = subject.cpuUsPerCall / reference.cpuUsPerCall
      const paired = pairedRatio(subject.cpuUsPerCallByRound, reference.cpuUsPerCallByRound)
      const ratio = paired ?? medianRatio
      checks.push({
        ...rule,
        scenario,
        concurrency,
        ratio,
        medianRatio,
        pairedRatio: paired,
        met: ratio <= rule.maxRatio,
      })
    }
  }
  return checks
}

export function renderTargets(checks: readonly TargetCheck[], missing: string): string {
  if (checks.length === 0) return `Targets: not checked (${missing}).`
  const lines = checks.map((c) => {
    const how =
      c.pairedRatio === null
        ? 'ratio of medians'
        : `median of per-round ratios; ratio of medians ${c.medianRatio.toFixed(2)}`
    return `- ${c.met ? 'MET    ' : 'NOT MET'} ${c.scenario}: ${c.subject} / ${c.reference} CPU = ${c.ratio.toFixed(2)} (${how}; target ≤ ${c.maxRatio})`
  })
  const met = checks.filter((c) => c.met).length
  return [`Targets (${met}/${checks.length} met):`, ...lines].join('\n')
}
