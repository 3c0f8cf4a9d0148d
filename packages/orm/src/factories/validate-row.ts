import type { ValidationRuleDesign } from '@dbtooling/schema'
import { ValidationError } from '../errors/validation-error'
import type { ModelBase } from '../model/model-base'
import { validateModel } from '../model/validate'
import { FactoryValidationError } from './errors'

function ruleText(rule: ValidationRuleDesign): string {
  return rule.args.length > 0 ? `${rule.rule}:${rule.args.map(String).join(',')}` : rule.rule
}

/** The declared rule behind a message: the one whose custom message it is, else every rule of the field. */
function failedRule(rules: readonly ValidationRuleDesign[], message: string): string {
  const byMessage = rules.find((rule) => rule.message === message)
  if (byMessage) return ruleText(byMessage)
  if (rules.length === 0) return message === 'is required' ? 'required' : 'validation'
  return rules.map(ruleText).join('|')
}

function toFactoryError(model: ModelBase, error: ValidationError, index: number): FactoryValidationError {
  const issue = error.issues[0]!
  const rules = model.$meta.entity.design.attributes[issue.field]?.validation ?? []
  return new FactoryValidationError({
    model: error.model,
    field: issue.field,
    rule: failedRule(rules, issue.message),
    value: issue.value,
    message: issue.message,
    index,
  })
}

/** Runs the model's validation on a made row; a failure becomes a FactoryValidationError (model, field, rule, value). */
export async function validateMade(model: ModelBase, index: number): Promise<void> {
  try {
    await validateModel(model, 'create')
  } catch (error) {
    if (error instanceof ValidationError) throw toFactoryError(model, error, index)
    throw error
  }
}
