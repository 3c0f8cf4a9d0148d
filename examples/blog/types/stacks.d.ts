// The blog models are real Stacks model files. When the @stacksjs packages are not installed,
// @dbtooling/schema's loader resolves these imports to built-in stand-ins at run time; these declarations
// let the example typecheck without them.
declare module '@stacksjs/types' {
  export type Model = Record<string, unknown>
}
declare module '@stacksjs/validation' {
  interface Rule {
    [method: string]: (...args: unknown[]) => Rule
  }
  export const schema: Rule
}
