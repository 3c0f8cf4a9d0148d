/** The candidate closest to `wanted` by edit distance (case-insensitive), if close enough to be a typo. */
export function closestName(wanted: string, candidates: readonly string[]): string | null {
  const target = wanted.toLowerCase()
  let best: string | null = null
  let bestDistance = Math.max(2, Math.floor(target.length / 3)) + 1
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase()
    const distance = lower === target ? 0 : editDistance(target, lower)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    previous = current
  }
  return previous[b.length]!
}
