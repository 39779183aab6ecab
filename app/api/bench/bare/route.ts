export const dynamic = 'force-dynamic';

/**
 * The baseline of bench/merchant-api-throughput.ts: a route handler that reads a JSON body and answers
 * JSON, with nothing else. It exists only when the app runs with TILLPOINT_BENCH=1.
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.TILLPOINT_BENCH !== '1')
    return Response.json(
      { error: { type: 'invalid_request_error', code: 'route_not_found', message: 'Not found.' } },
      { status: 404 },
    );
  const body: unknown = await request.json().catch(() => null);
  return Response.json({ object: 'echo', received: body !== null });
}
