/** The current time in a timestamp trait's format. */
export function nowIn(format: 'iso' | 'unix' | 'unixMs', now = Date.now()): string | number {
  if (format === 'unix') return Math.floor(now / 1000)
  if (format === 'unixMs') return now
  return new Date(now).toISOString()
}
