/**
 * Words besides articles and quantities that may open a description but never a name: "another
 * official", "one of the officials", "then-Sen. Obama" (the tokenizer gives "then" and "-").
 */
export const NON_NAME_LEADS: ReadonlySet<string> = new Set(['-', 'another', 'of', 'then']);
