import { db } from '@/lib/db/db';
import { appEnv } from '@/lib/env/app-env';
import { metricsResponse } from '@/lib/observability/metrics-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return metricsResponse(db(), request.headers.get('authorization'), appEnv().METRICS_TOKEN);
}
