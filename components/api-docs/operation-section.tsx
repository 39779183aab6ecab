import { CodeBlock } from './code-block';
import { InlineCodeText } from './inline-code-text';
import { MethodBadge } from './method-badge';
import { SchemaFields } from './schema-fields';

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };
type Media = { schema?: Record<string, unknown>; example?: unknown };
export type DocOperation = {
  method: string;
  path: string;
  anchor: string;
  summary: string;
  description?: string;
  parameters: Parameter[];
  requestBody?: { content: { 'application/json': Media } };
  responses: Record<string, { description: string; content?: { 'application/json': Media } }>;
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** One endpoint of the API reference: what it does, its parameters, body, example and errors. */
export function OperationSection({ operation, baseUrl }: { operation: DocOperation; baseUrl: string }) {
  const body = operation.requestBody?.content['application/json'];
  const [successStatus, success] = Object.entries(operation.responses)[0]!;
  const errors = Object.entries(operation.responses).slice(1);
  const query = operation.parameters.filter((parameter) => parameter.in !== 'header');
  const curl = [
    `curl ${operation.method === 'get' ? '' : `-X ${operation.method.toUpperCase()} `}${baseUrl}${operation.path} \\`,
    '  -H "Authorization: Bearer $TILLPOINT_SECRET_KEY"',
    ...(body?.example !== undefined
      ? [
          ' \\',
          `  -H "Content-Type: application/json" -H "Idempotency-Key: $(uuidgen)" \\`,
          `  -d '${JSON.stringify(body.example)}'`,
        ]
      : []),
  ]
    .join('\n')
    .replace(' \\\n \\', ' \\');
  return (
    <section
      id={operation.anchor}
      aria-labelledby={`${operation.anchor}-title`}
      className="scroll-mt-6 border-t border-slate-200 py-8"
    >
      <h3 id={`${operation.anchor}-title`} className="text-lg font-semibold text-slate-900">
        {operation.summary}
      </h3>
      <p className="mt-2 flex flex-wrap items-center gap-2 break-all">
        <MethodBadge method={operation.method} />{' '}
        <code className="font-mono text-sm text-slate-800">{operation.path}</code>
      </p>
      {operation.description && (
        <p className="mt-3 max-w-3xl text-sm text-slate-700">
          <InlineCodeText text={operation.description} />
        </p>
      )}
      {query.length > 0 && (
        <>
          <h4 className="mt-5 text-sm font-semibold text-slate-900">Parameters</h4>
          <div className="mt-2">
            <SchemaFields
              schema={{
                properties: Object.fromEntries(
                  query.map((parameter) => [
                    parameter.name,
                    {
                      ...parameter.schema,
                      description: `${parameter.in === 'path' ? 'In the path. ' : 'Query string. '}${parameter.description ?? ''}`,
                    },
                  ]),
                ),
                required: query.filter((parameter) => parameter.required).map((parameter) => parameter.name),
              }}
            />
          </div>
        </>
      )}
      {body?.schema && Object.keys((body.schema.properties as object | undefined) ?? {}).length > 0 && (
        <>
          <h4 className="mt-5 text-sm font-semibold text-slate-900">Body (JSON)</h4>
          <div className="mt-2">
            <SchemaFields schema={body.schema} />
          </div>
        </>
      )}
      <div className="mt-5 grid gap-4 lg:grid-cols-2">
        <CodeBlock label="Request">{curl}</CodeBlock>
        <CodeBlock label={`Response ${successStatus}: ${success.description}`}>
          {json(success.content?.['application/json'].example)}
        </CodeBlock>
      </div>
      <h4 className="mt-5 text-sm font-semibold text-slate-900">Errors</h4>
      <ul className="mt-2 space-y-1 text-sm text-slate-700">
        {errors.map(([status, response]) => (
          <li key={status}>
            <span className="font-mono font-semibold text-slate-900">{status}</span> —{' '}
            {response.description.split(', ').map((code, index) => (
              <span key={code}>
                {index > 0 && ', '}
                <code className="font-mono text-xs">{code}</code>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
