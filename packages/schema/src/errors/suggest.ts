import { compare } from '../model/compare'

/**
 * Closest names to `wanted` (case-insensitive edit distance), best first, for "did you mean" hints.
 *
 * @example
 * ```ts
 * suggestNames('Usr', ['User', 'Team', 'Post']) // ['User']
 * ```
 */
export function suggestNames(wanted: string, candidates: readonly string[], max = 3): string[] {
  const target = wanted.toLowerCase()
  const limit = Math.max(2, Math.floor(target.length / 3))
  return candidates
    .map((name) => ({ name, distance: editDistance(target, name.toLowerCase()) }))
    .filter((entry) => entry.distance <= limit || entry.name.toLowerCase().startsWith(target))
    .sort((a, b) => a.distance - b.distance || compare(a.name, b.name))
    .slice(0, max)
    .map((entry) => entry.name)
}

/**
 * The hint for a misspelt name: "did you mean ...?" when some names are close, else the known names.
 *
 * @example
 * ```ts
 * didYouMean('Usr', ['User', 'Team']) // "did you mean 'User'?"
 * didYouMean('Invoice', ['User', 'Team']) // 'known models: User, Team'
 * ```
 */
export function didYouMean(wanted: string, candidates: readonly string[], noun = 'models'): string {
  const close = suggestNames(wanted, candidates)
  if (close.length > 0) return `did you mean ${close.map((name) => `'${name}'`).join(' or ')}?`
  return candidates.length > 0 ? `known ${noun}: ${candidates.join(', ')}` : `no ${noun} are defined`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
