import { SecurityError } from './errors'

interface Statement {
  readonly Statement?: string
  readonly Parameters?: readonly unknown[]
}

const WRITE = /^\s*(?:INSERT|UPDATE)\b/i
/** The statement's head up to the table name, which may itself contain an attribute's name. */
const HEAD = /^\s*(?:INSERT\s+INTO|UPDATE)\s+(?:"(?:[^"]|"")*"|\S+)/i
/** SELECT and DELETE send values only in their WHERE clause. */
const WHERE = /\bWHERE\b([\s\S]*)$/i

/**
 * PartiQL statements are text the ORM does not compile, so it cannot seal what they send: an INSERT or
 * UPDATE that names an encrypted attribute (in the statement, or as a key of a map parameter), or a SELECT
 * or DELETE whose WHERE clause compares one (its parameter would be the plaintext), is refused before it
 * is sent. Projections (`SELECT ssn FROM ...`) are fine: the results are decrypted.
 */
export function checkPartiql(
  operation: string,
  statements: readonly Statement[],
  encrypted: ReadonlySet<string>,
): void {
  for (const { Statement: text = '', Parameters: params = [] } of statements) {
    const write = WRITE.test(text)
    const body = write ? text.replace(HEAD, '') : (WHERE.exec(text)?.[1] ?? '')
    const named = [...encrypted].filter(
      (name) =>
        new RegExp(`(?<![\\w])${escapeRegExp(name)}(?![\\w])`).test(body) ||
        (write && params.some((p) => mapHas(p, name))),
    )
    if (named.length === 0) continue
    throw new SecurityError(
      'ENCRYPTED_PARTIQL_WRITE',
      `${operation} ${write ? 'writes' : 'compares'} ${named.join(', ')}, which ${named.length === 1 ? 'is' : 'are'} encrypted; PartiQL statements are sent as written, so the value would go out in plaintext`,
      write
        ? 'write encrypted attributes through the model (Model.create / update / save, insertMany, transaction); PartiQL may still read and delete'
        : "find by a searchable encrypted attribute with Model.where('attr', value) (its blind index), or filter after reading",
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
