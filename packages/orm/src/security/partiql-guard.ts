import { SecurityError } from './errors'

interface Statement {
  readonly Statement?: string
  readonly Parameters?: readonly unknown[]
}

const WRITE = /^\s*(?:INSERT|UPDATE)\b/i

/**
 * PartiQL statements are text the ORM does not compile, so it cannot seal what they write: an INSERT or
 * UPDATE that names an encrypted attribute (in the statement, or as a key of a map parameter) is refused
 * before it is sent. SELECT and DELETE send no attribute values of their own.
 */
export function checkPartiql(
  operation: string,
  statements: readonly Statement[],
  encrypted: ReadonlySet<string>,
): void {
  for (const { Statement: text = '', Parameters: params = [] } of statements) {
    if (!WRITE.test(text)) continue
    const named = [...encrypted].filter(
      (name) =>
        new RegExp(`(?<![\\w])${escapeRegExp(name)}(?![\\w])`).test(text) ||
        params.some((p) => mapHas(p, name)),
    )
    if (named.length === 0) continue
    throw new SecurityError(
      'ENCRYPTED_PARTIQL_WRITE',
      `${operation} writes ${named.join(', ')}, which ${named.length === 1 ? 'is' : 'are'} encrypted; PartiQL statements are sent as written, so the value would be stored in plaintext`,
      'write encrypted attributes through the model (Model.create / update / save, insertMany, transaction); PartiQL may still read and delete',
    )
  }
}

function mapHas(parameter: unknown, name: string): boolean {
  const map = (parameter as { M?: unknown } | null)?.M
  return typeof map === 'object' && map !== null && name in map
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
