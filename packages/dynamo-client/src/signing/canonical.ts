/**
 * The parts of SigV4 that do not need a hash function, shared by both signers. Rules follow aws4fetch
 * (our signer of record): headers it does not sign are not signed here either.
 */

export const ALGORITHM = 'AWS4-HMAC-SHA256'

export const UNSIGNABLE_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'content-type',
  'content-length',
  'user-agent',
  'presigned-expires',
  'expect',
  'x-amzn-trace-id',
  'range',
  'connection',
])

let lastSecond = -1
let lastStamp = ''

/** `20261125T144700Z`; memoised per second because every request of that second shares it. */
export function amzDate(now: Date = new Date()): string {
  const ms = now.getTime()
  const second = Math.floor(ms / 1000)
  if (second === lastSecond) return lastStamp
  const stamp = now.toISOString().replace(/[:-]|\.\d{3}/g, '')
  lastSecond = second
  lastStamp = stamp
  return stamp
}

function encodeRfc3986(text: string): string {
  return text.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Canonical URI for non-S3 services: slashes collapsed, each segment encoded twice over (as AWS wants). */
export function canonicalPath(path: string): string {
  if (path === '/' || path === '') return '/'
  const collapsed = path.replace(/\/+/g, '/')
  return encodeRfc3986(encodeURIComponent(collapsed).replace(/%2F/g, '/'))
}

const WHITESPACE = /\s/

function normaliseValue(value: string): string {
  // Header values rarely hold whitespace (targets, dates, tokens): then there is nothing to trim or fold.
  return WHITESPACE.test(value) ? value.trim().replace(/\s+/g, ' ') : value
}

export interface CanonicalHeaders {
  readonly signedHeaders: string
  readonly canonicalHeaders: string
}

/** The `SignedHeaders` list and the canonical header block (host included, unsignable ones excluded). */
export function canonicalHeaders(host: string, headers: Record<string, string>): CanonicalHeaders {
  const names = ['host']
  for (const name in headers) if (!UNSIGNABLE_HEADERS.has(name)) insertSorted(names, name)
  let block = ''
  for (const name of names) {
    const value = name === 'host' ? host : normaliseValue(headers[name] ?? '')
    block += `${name}:${value}\n`
  }
  return { signedHeaders: names.join(';'), canonicalHeaders: block }
}

/**
 * Keeps `names` in code-unit order as `Array#sort` would (a request signs four or five headers: an
 * insertion beats sorting, which copies the array on every request).
 */
function insertSorted(names: string[], name: string): void {
  let index = names.length
  names.push(name)
  while (index > 0 && names[index - 1]! > name) {
    names[index] = names[index - 1]!
    index--
  }
  names[index] = name
}

export function credentialScope(date: string, region: string, service: string): string {
  return `${date}/${region}/${service}/aws4_request`
}

/** Sets the date and token headers every signature covers. */
export function addSigningHeaders(
  headers: Record<string, string>,
  datetime: string,
  sessionToken: string | undefined,
): void {
  headers['x-amz-date'] = datetime
  if (sessionToken) headers['x-amz-security-token'] = sessionToken
  else delete headers['x-amz-security-token']
}
