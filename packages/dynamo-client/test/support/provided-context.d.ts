// The shared global setup provides this; repeated here so this package typechecks without including it.
declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string
  }
}

export {}
