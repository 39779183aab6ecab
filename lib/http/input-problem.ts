/** Deepest nesting of objects and arrays accepted from a client; recursive code after the check is safe. */
export const MAX_INPUT_DEPTH = 32;

export type InputProblem = {
  /** The dotted path of the offending key or value (`line_items.0.name`); '' for the input as a whole. */
  param: string;
  kind: 'too_deep' | 'nul_character' | 'ill_formed_unicode';
  message: string;
};

/**
 * The first thing in client input that would turn into a server error further on: nesting deeper than
 * 32 levels (stack overflow in recursive walks), U+0000 (PostgreSQL cannot store it in text or jsonb), or
 * a lone UTF-16 surrogate (PostgreSQL refuses such JSON). Iterative, so hostile depth cannot hurt it.
 */
export function findInputProblem(input: unknown): InputProblem | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value, path);
      if (problem) return problem;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      return {
        param: path.join('.'),
        kind: 'too_deep',
        message: `The input is nested more than ${MAX_INPUT_DEPTH} levels deep.`,
      };
    }
    const children: Array<{ value: unknown; path: string[] }> = [];
    for (const [key, child] of Object.entries(value)) {
      const problem = stringProblem(key, [...path, key]);
      if (problem) return problem;
      children.push({ value: child, path: [...path, key] });
    }
    stack.push(...children.reverse());
  }
  return null;
}

function stringProblem(value: string, path: string[]): InputProblem | null {
  const param = path.map((part) => part.replaceAll('\u0000', '').toWellFormed()).join('.');
  const name = param || 'input';
  if (value.includes('\u0000'))
    return { param, kind: 'nul_character', message: `Invalid ${name}: must not contain the NUL character (\\u0000).` };
  if (!value.isWellFormed())
    return {
      param,
      kind: 'ill_formed_unicode',
      message: `Invalid ${name}: must be well-formed Unicode (it holds a lone UTF-16 surrogate).`,
    };
  return null;
}
