import { refuseInputProblem } from './read-request-body';

/** Query-string parameters as an object (last value wins for repeated names); NUL characters and lone surrogates are refused. */
export function queryOf(request: Request): Record<string, string> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  refuseInputProblem(query);
  return query;
}
