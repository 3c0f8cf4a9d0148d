/**
 * Type-level mirror of `entityPrefix()`: `EntityPrefix<'OrderItem'>` = `'ORDER_ITEM'`. An underscore goes
 * before every upper-case letter that follows a lower-case letter or digit, then everything is upper-cased.
 *
 * @example
 * ```ts
 * type Prefix = EntityPrefix<'OrderItem'> // 'ORDER_ITEM'
 * ```
 */
export type EntityPrefix<Name extends string> = Uppercase<SnakeWords<Name, ''>>

type IsUpper<C extends string> = C extends Lowercase<C> ? false : true
type IsLowerOrDigit<C extends string> = C extends '' ? false : C extends Uppercase<C> ? IsDigit<C> : true
type IsDigit<C extends string> = C extends '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
  ? true
  : false

type SnakeWords<S extends string, Previous extends string> = S extends `${infer Head}${infer Tail}`
  ? `${IsUpper<Head> extends true ? (IsLowerOrDigit<Previous> extends true ? '_' : '') : ''}${Head}${SnakeWords<Tail, Head>}`
  : ''

/**
 * A base-table key of an entity with default templates, e.g. `` `USER#${string}` ``.
 *
 * @example
 * ```ts
 * const key: EntityKey<'OrderItem'> = 'ORDER_ITEM#42'
 * ```
 */
export type EntityKey<Name extends string> = `${EntityPrefix<Name>}#${string}`
/**
 * Partition key value of an entity's base item (default templates).
 *
 * @example
 * ```ts
 * const pk: PartitionKey<'User'> = 'USER#u1'
 * ```
 */
export type PartitionKey<Name extends string> = EntityKey<Name>
/**
 * Sort key value of an entity's base item (default templates).
 *
 * @example
 * ```ts
 * const sk: SortKey<'Post'> = 'POST#p1'
 * ```
 */
export type SortKey<Name extends string> = EntityKey<Name>
/**
 * Guard item key for a unique attribute: `UNIQUE#User#email#${string}`.
 *
 * @example
 * ```ts
 * const guard: UniqueKey<'User', 'email'> = 'UNIQUE#User#email#ada@example.com'
 * ```
 */
export type UniqueKey<Name extends string, Attribute extends string> = `UNIQUE#${Name}#${Attribute}#${string}`
