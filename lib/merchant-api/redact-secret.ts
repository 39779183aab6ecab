/**
 * The response as the idempotency record keeps it: the freshly minted secret replaced by null, so a
 * replayed Idempotency-Key never hands the secret out again and the database never holds it in clear.
 */
export function redactSecret(body: unknown, field: string | undefined): unknown {
  if (field === undefined || body === null || typeof body !== 'object' || !(field in body)) return body;
  return { ...body, [field]: null };
}
