import * as sqliteParser from 'node-sql-parser/build/sqlite.js'
import { DriverError, type UnsupportedClauseError } from '../errors'
import { refuse } from '../intent/refusals'
import { type AstNode, isNode } from './ast'
import { numberPlaceholders } from './placeholders'

interface ParserLike {
  astify(sql: string, options: { database: string }): unknown
}
type ParserModule = { Parser: new () => ParserLike }

// The build is CommonJS: Node exposes it as the default export, Bun also as named exports.
const parserModule = ((sqliteParser as unknown as { default?: ParserModule }).default ??
  sqliteParser) as unknown as ParserModule
let parser: ParserLike | null = null

/**
 * Parsed statements by text, like prepared statements: the builder sends the same text for every call of
 * a query shape (values travel apart, by placeholder), and node-sql-parser takes milliseconds per parse.
 * Trees are only read, never changed, so one can serve every call. Oldest entries go first past the cap.
 */
const parsed = new Map<string, ParsedStatement>()
const PARSE_CACHE_SIZE = 1000

/** One statement's tree, with its `?` placeholders renamed `:p0`, `:p1`, ... in text order. */
export interface ParsedStatement {
  readonly ast: AstNode
  readonly sql: string
  readonly placeholderCount: number
}

/** Parses one sqlite-dialect statement (the text bun-query-builder emits with `dialect: 'sqlite'`). */
export function parseStatement(sql: string): ParsedStatement {
  const cached = parsed.get(sql)
  if (cached) return cached
  const statement = parseUncached(sql)
  if (parsed.size >= PARSE_CACHE_SIZE) parsed.delete(parsed.keys().next().value as string)
  parsed.set(sql, statement)
  return statement
}

function parseUncached(sql: string): ParsedStatement {
  const numbered = numberPlaceholders(sql)
  parser ??= new parserModule.Parser()
  let tree: unknown
  try {
    tree = parser.astify(numbered.text, { database: 'sqlite' })
  } catch (error) {
    throw refusalFromText(sql) ?? parseError(sql, error)
  }
  const statements = Array.isArray(tree) ? tree : [tree]
  const [ast] = statements
  if (statements.length !== 1 || !isNode(ast)) {
    throw new DriverError('UNSUPPORTED_STATEMENT', 'Send one statement per call', {
      sql,
      hint: 'split the text into separate calls; DynamoDB has no multi-statement batches of SQL',
    })
  }
  return { ast, sql, placeholderCount: numbered.count }
}

function parseError(sql: string, error: unknown): DriverError {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return new DriverError('SQL_PARSE_ERROR', `Cannot parse the statement: ${reason}`, {
    sql,
    cause: error,
    hint: 'the driver reads the sqlite dialect bun-query-builder emits; build the query with the builder rather than by hand',
  })
}

/**
 * The builder emits `OFFSET n` without a LIMIT and `LIMIT ? OFFSET ?`, which the sqlite grammar rejects;
 * such text is refused for its OFFSET (what the user must change) rather than as a syntax error.
 */
function refusalFromText(sql: string): UnsupportedClauseError | null {
  const words = sql.toUpperCase().split(/[^A-Z_]+/)
  if (!words.includes('OFFSET')) return null
  return refuse('OFFSET', sql)
}
