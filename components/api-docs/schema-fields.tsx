import { InlineCodeText } from './inline-code-text';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/**
 * One schema to describe a field: a nullable field (`anyOf` with null) as its non-null schema typed
 * `… | null`, and alternative objects (`oneOf`, e.g. after_completion) as one object with every
 * variant's fields, a discriminator's constants read as an enum, and only the fields all variants require.
 */
function flatten(schema: JsonSchema): JsonSchema {
  const nonNull = schema.anyOf?.filter((option) => option.type !== 'null');
  if (nonNull?.length === 1 && schema.anyOf!.length === 2) {
    const inner = flatten(nonNull[0]!);
    return {
      ...inner,
      type: [...[inner.type ?? 'any'].flat(), 'null'],
      description: schema.description ?? inner.description,
    };
  }
  if (schema.oneOf?.every((option) => option.type === 'object')) {
    const properties: Record<string, JsonSchema> = {};
    for (const option of schema.oneOf) {
      for (const [name, field] of Object.entries(option.properties ?? {})) {
        const previous = properties[name];
        properties[name] =
          previous?.enum && field.const !== undefined
            ? { ...previous, enum: [...previous.enum, field.const] }
            : field.const !== undefined
              ? { ...field, enum: [field.const] }
              : field;
      }
    }
    const required = schema.oneOf
      .map((option) => option.required ?? [])
      .reduce((all, names) => all.filter((name) => names.includes(name)));
    return { type: 'object', description: schema.description, properties, required };
  }
  return schema;
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum)
    return [
      ...schema.enum.map(String),
      ...(Array.isArray(schema.type) && schema.type.includes('null') ? ['null'] : []),
    ].join(' | ');
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'any'}`;
  return Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
}

function limits(schema: JsonSchema): string | null {
  const parts = [
    schema.maxLength !== undefined && `≤ ${schema.maxLength} chars`,
    schema.minimum !== undefined && Math.abs(schema.minimum) < 1e15 && `min ${schema.minimum}`,
    schema.maximum !== undefined && Math.abs(schema.maximum) < 1e15 && `max ${schema.maximum}`,
    schema.default !== undefined && `default ${JSON.stringify(schema.default)}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** The fields of a JSON Schema object as a nested definition list (names as the API reports them in `param`). */
export function SchemaFields({ schema, prefix = '' }: { schema: JsonSchema; prefix?: string }) {
  const required = new Set(schema.required ?? []);
  return (
    <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {Object.entries(schema.properties ?? {}).map(([name, raw]) => {
        const field = flatten(raw);
        const nested = field.type === 'array' ? field.items : field;
        const path = `${prefix}${name}${field.type === 'array' ? '.N' : ''}`;
        return (
          <div key={name} className="px-4 py-3">
            <dt className="flex flex-wrap items-baseline gap-x-2">
              <code className="font-mono text-sm font-semibold break-all text-slate-900">
                {prefix}
                {name}
              </code>
              <span className="text-xs text-slate-600">{typeOf(field)}</span>
              {required.has(name) && <span className="text-xs font-semibold text-red-700">required</span>}
            </dt>
            <dd className="mt-1 text-sm text-slate-700">
              {field.description && <InlineCodeText text={field.description} />}
              {limits(field) && <span className="block text-xs text-slate-600">{limits(field)}</span>}
              {nested?.properties && (
                <div className="mt-2">
                  <SchemaFields schema={nested} prefix={`${path}.`} />
                </div>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
