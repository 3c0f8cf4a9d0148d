/** Runs a statement's text and values; the connection supplies it. */
export type StatementRunner = (text: string, values: readonly unknown[]) => Promise<unknown[]>

/**
 * A statement or fragment, as Bun's `sql` returns: composable into other fragments (its text and values
 * are inlined), printable (`String(query)` is its text with `?` placeholders) and lazy: nothing runs
 * until it is awaited or `execute()` is called, and then it runs once.
 *
 * @example
 * ```ts
 * const sql = createDynamoConnection(orm)
 * const query: SqlQuery = sql`SELECT * FROM posts WHERE user_id = ${userId}`
 * console.log(String(query)) // 'SELECT * FROM posts WHERE user_id = ?'
 * const rows = await query // runs once
 * ```
 */
export class SqlQuery implements PromiseLike<unknown[]> {
  readonly text: string
  readonly #values: readonly unknown[]
  readonly #run: StatementRunner
  #result: Promise<unknown[]> | null = null

  constructor(text: string, values: readonly unknown[], run: StatementRunner) {
    this.text = text
    this.#values = values
    this.#run = run
  }

  toString(): string {
    return this.text
  }

  /** The bound values, in placeholder order. */
  values(): unknown[] {
    return [...this.#values]
  }

  execute(): Promise<unknown[]> {
    this.#result ??= this.#run(this.text, this.#values)
    return this.#result
  }

  // biome-ignore lint/suspicious/noThenProperty: Bun's sql statements are thenables and the builder awaits them
  then<A = unknown[], B = never>(
    onFulfilled?: ((rows: unknown[]) => A | PromiseLike<A>) | null,
    onRejected?: ((error: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.execute().then(onFulfilled, onRejected)
  }

  /** Rows as arrays of values (Bun's `.values()` on a result is `raw()` here, since `values()` is taken). */
  async raw(): Promise<unknown[][]> {
    const rows = await this.execute()
    return rows.map((row) => Object.values(row as Record<string, unknown>))
  }

  /** Bun's simple-protocol switch has no meaning here; the statement is returned unchanged. */
  simple(): this {
    return this
  }

  /** A DynamoDB request cannot be cancelled once sent; before that, nothing has started. */
  cancel(): void {}
}

/** Bun's tagged-template composition: fragments are inlined, any other value becomes a `?` parameter. */
export function compose(
  strings: readonly string[],
  values: readonly unknown[],
  run: StatementRunner,
): SqlQuery {
  let text = strings[0] ?? ''
  const bound: unknown[] = []
  values.forEach((value, index) => {
    if (value instanceof SqlQuery) {
      text += value.text
      bound.push(...value.values())
    } else {
      text += '?'
      bound.push(value)
    }
    text += strings[index + 1] ?? ''
  })
  return new SqlQuery(text, bound, run)
}

/** `sql(x)` called as a function: an identifier, a list of fragments, or a parenthesized value list. */
export function helper(argument: unknown, run: StatementRunner): SqlQuery {
  if (typeof argument === 'string') return new SqlQuery(argument, [], run)
  if (Array.isArray(argument) && argument.every((item) => item instanceof SqlQuery)) {
    const separators = argument.map((_, index) => (index === 0 ? '' : ', '))
    return compose([...separators, ''], argument, run)
  }
  if (Array.isArray(argument)) {
    const strings = ['(', ...argument.slice(1).map(() => ', '), ')']
    return compose(argument.length === 0 ? ['()'] : strings, argument, run)
  }
  return new SqlQuery(String(argument), [], run)
}
