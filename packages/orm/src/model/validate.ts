import type { ModelBase } from './model-base'

/** Runs the model's validation rules before a write (filled in with the validation module). */
export async function validateModel(_model: ModelBase, _operation: 'create' | 'update'): Promise<void> {}
