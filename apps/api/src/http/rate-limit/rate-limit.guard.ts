import { Injectable, SetMetadata, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { HttpAdapterHost, Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from '../auth.js';
import { HttpErrorCodes } from '../error-codes.js';
import { HttpProblem } from '../problem.filter.js';
import { RateLimiter, type RateLimitBucket } from './rate-limiter.js';

const WEBHOOK_PROVIDER = 'leadline:webhook-provider';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A provider's webhook (contract §7, §8, §9a): limited per tenant and provider with
 * WEBHOOK_RATE_LIMIT_PER_MINUTE, never against the API key that may authenticate it. The tenant is
 * the key's, or, for webhooks the provider signs, the `:tenant_id` of the path.
 */
export const ProviderWebhook = (provider: string) => SetMetadata(WEBHOOK_PROVIDER, provider);

export function webhookProviderOf(controller: Type, handler: object, reflector = new Reflector()): string | undefined {
  return reflector.getAllAndOverride<string | undefined>(WEBHOOK_PROVIDER, [handler as () => void, controller]);
}

/**
 * Runs after AuthGuard (so the API key is known): counts the request, answers `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` (seconds), and refuses with 429 `rate_limit.exceeded`
 * and `Retry-After` over the limit. Requests with neither an API key nor a provider webhook
 * route (health, metrics, docs, the operator's /admin) are not limited.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bucket = this.bucketOf(context, request);
    if (!bucket) return true;
    const decision = await this.limiter.take(bucket);
    if (!decision) return true;
    const response = context.switchToHttp().getResponse<unknown>();
    const header = (name: string, value: number) => this.adapterHost.httpAdapter.setHeader(response, name, String(value));
    header('RateLimit-Limit', decision.limit);
    header('RateLimit-Remaining', decision.remaining);
    header('RateLimit-Reset', decision.resetSeconds);
    if (decision.allowed) return true;
    header('Retry-After', decision.retryAfterSeconds);
    const who = bucket.scope === 'api_key' ? 'This API key' : `This tenant's ${bucket.provider} webhooks`;
    throw new HttpProblem(
      HttpErrorCodes.rateLimitExceeded,
      `${who} made more than ${decision.limit} requests in the last minute; retry in ${decision.retryAfterSeconds} s (Retry-After)`,
    );
  }

  private bucketOf(context: ExecutionContext, request: AuthenticatedRequest): RateLimitBucket | null {
    const provider = webhookProviderOf(context.getClass(), context.getHandler(), this.reflector);
    if (provider) {
      const pathTenant = (request.params as Record<string, string> | undefined)?.tenant_id;
      // A malformed tenant id is refused by the route's UUID pipe; it has no budget to count against.
      const tenantId = request.principal?.tenantId ?? (pathTenant && UUID.test(pathTenant) ? pathTenant.toLowerCase() : undefined);
      return tenantId ? { scope: 'webhook', tenantId, provider } : null;
    }
    return request.principal ? { scope: 'api_key', apiKeyId: request.principal.apiKeyId } : null;
  }
}
