import {
  createParamDecorator, Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext, type Type,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig, type CommandContext } from '@leadline/shared-kernel';
import {
  ApiKeyAuthenticator, PlatformError, PlatformErrorCodes, sameSecret, type ApiKeyRole, type Principal,
} from '@leadline/platform';

export type Access = { kind: 'public' } | { kind: 'platform-admin' } | { kind: 'api-key'; roles?: readonly ApiKeyRole[] };
const ACCESS = 'leadline:access';

/** Who may call a handler: its own marking, else its controller's, else any tenant API key. */
export function accessOf(controller: Type, handler: object, reflector = new Reflector()): Access {
  return reflector.getAllAndOverride<Access | undefined>(ACCESS, [handler as () => void, controller]) ?? { kind: 'api-key' };
}

/** No credentials: health, metrics, docs. */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies Access);
/** The platform operator's X-Admin-Key (PLATFORM_ADMIN_KEY). */
export const PlatformAdmin = () => SetMetadata(ACCESS, { kind: 'platform-admin' } satisfies Access);
/** A tenant API key with one of these roles (default: any role, viewers for GET only). */
export const Roles = (...roles: ApiKeyRole[]) => SetMetadata(ACCESS, { kind: 'api-key', roles } satisfies Access);

export type AuthenticatedRequest = Request & { id?: string; principal?: Principal };

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: every route needs a tenant API key unless marked otherwise. Missing, unknown or
 * revoked credentials are 401; a valid key with too low a role is 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: ApiKeyAuthenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = accessOf(context.getClass(), context.getHandler(), this.reflector);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (access.kind === 'public') return true;
    if (access.kind === 'platform-admin') {
      const given = request.header('x-admin-key');
      const expected = this.config.platformAdminKey;
      if (!given || !expected || !sameSecret(given, expected)) throw unauthenticated('A valid X-Admin-Key is required');
      return true;
    }
    const key = request.header('x-api-key') ?? /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (!key) throw unauthenticated('An API key is required (X-API-Key or Authorization: Bearer)');
    const principal = await this.authenticator.authenticate(key);
    if (!principal) throw unauthenticated('The API key is unknown or revoked');
    if (principal.role === 'viewer' && !READ_METHODS.has(request.method)) {
      throw forbidden('Viewer keys can only read');
    }
    if (access.roles?.length && !access.roles.includes(principal.role)) {
      throw forbidden(`This needs a key with role ${access.roles.join(' or ')}`);
    }
    request.principal = principal;
    return true;
  }
}

function unauthenticated(message: string) {
  return new PlatformError(PlatformErrorCodes.unauthenticated, message);
}

function forbidden(message: string) {
  return new PlatformError(PlatformErrorCodes.forbidden, message);
}

/** The tenant, actor and request id a command runs under, taken from the authenticated request. */
export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  const principal = request.principal;
  if (!principal) throw new Error('@Context() used on a route without API-key authentication');
  return {
    tenantId: principal.tenantId,
    actor: { type: 'api_key', id: principal.apiKeyId, name: principal.name },
    requestId: request.id ?? null,
  };
});
