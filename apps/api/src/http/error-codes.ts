import { CommonErrorCodes, type CommonErrorCode } from '@leadline/shared-kernel';
import { CrmErrorCodes, type CrmErrorCode } from '@leadline/crm-domain';
import { ReferenceDataErrorCodes, type ReferenceDataErrorCode } from '@leadline/crm-domain';
import { CampaignErrorCodes, type CampaignErrorCode } from '@leadline/campaigns';
import { PlatformErrorCodes, type PlatformErrorCode } from '@leadline/platform';
import { TelephonyErrorCodes, type TelephonyErrorCode } from '@leadline/telephony';
import { OdooErrorCodes, type OdooErrorCode } from '@leadline/odoo-adapter';
import { MessagingErrorCodes, type MessagingErrorCode } from '@leadline/messaging';

/** Codes that only the HTTP edge raises. */
export const HttpErrorCodes = {
  routeNotFound: 'route.not_found',
  payloadTooLarge: 'request.too_large',
  unsupportedMediaType: 'request.unsupported_media_type',
  malformedJson: 'request.malformed_json',
  idempotencyKeyReused: 'idempotency.key_reused',
  idempotencyInProgress: 'idempotency.in_progress',
  rateLimitExceeded: 'rate_limit.exceeded',
  dependencyUnavailable: 'dependency.unavailable',
  internal: 'internal',
} as const;
export type HttpErrorCode = (typeof HttpErrorCodes)[keyof typeof HttpErrorCodes];

export type ErrorCode = CommonErrorCode | CrmErrorCode | PlatformErrorCode | TelephonyErrorCode | HttpErrorCode
  | ReferenceDataErrorCode | CampaignErrorCode | OdooErrorCode | MessagingErrorCode;

/**
 * Every error code of every context and the HTTP status it answers with. A `Record` over the
 * union: a context that adds a code does not compile until the code has its status here.
 */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  [CommonErrorCodes.notFound]: 404,
  [CommonErrorCodes.staleVersion]: 409,
  [CommonErrorCodes.validation]: 400,
  [CrmErrorCodes.contactDuplicate]: 409,
  [CrmErrorCodes.contactHasOpportunities]: 409,
  [CrmErrorCodes.contactUnknown]: 422,
  [CrmErrorCodes.pipelineInvalid]: 400,
  [CrmErrorCodes.pipelineUnknown]: 422,
  [CrmErrorCodes.pipelineStageInUse]: 409,
  [CrmErrorCodes.pipelineRuleInvalid]: 422,
  [CrmErrorCodes.scoringModelInvalid]: 422,
  [CrmErrorCodes.stageNotInPipeline]: 422,
  [CrmErrorCodes.invalidStatusTransition]: 422,
  [CrmErrorCodes.opportunityCorrupt]: 500,
  [CrmErrorCodes.odooStageUnmapped]: 422,
  [PlatformErrorCodes.tenantSlugTaken]: 409,
  [PlatformErrorCodes.lastAdminKey]: 409,
  [PlatformErrorCodes.unauthenticated]: 401,
  [PlatformErrorCodes.forbidden]: 403,
  [PlatformErrorCodes.secretsKeyMissing]: 503,
  [TelephonyErrorCodes.callDuplicate]: 409,
  [TelephonyErrorCodes.contactUnknown]: 422,
  [TelephonyErrorCodes.callCorrupt]: 500,
  [PlatformErrorCodes.deadLetterReplayed]: 409,
  [PlatformErrorCodes.deadLetterNotReplayable]: 422,
  [OdooErrorCodes.authFailed]: 422,
  [OdooErrorCodes.rejected]: 422,
  [OdooErrorCodes.unavailable]: 503,
  [OdooErrorCodes.stagesMissing]: 422,
  [OdooErrorCodes.notConfigured]: 422,
  [OdooErrorCodes.unknownOpportunities]: 422,
  [OdooErrorCodes.syncInProgress]: 409,
  [HttpErrorCodes.routeNotFound]: 404,
  [HttpErrorCodes.payloadTooLarge]: 413,
  [HttpErrorCodes.unsupportedMediaType]: 415,
  [HttpErrorCodes.malformedJson]: 400,
  [HttpErrorCodes.idempotencyKeyReused]: 409,
  [HttpErrorCodes.idempotencyInProgress]: 409,
  [HttpErrorCodes.rateLimitExceeded]: 429,
  [HttpErrorCodes.dependencyUnavailable]: 503,
  [HttpErrorCodes.internal]: 500,
  [ReferenceDataErrorCodes.channelInUse]: 409,
  [ReferenceDataErrorCodes.advisorDuplicate]: 409,
  [ReferenceDataErrorCodes.advisorInUse]: 409,
  [CampaignErrorCodes.campaignDuplicate]: 409,
  [CampaignErrorCodes.channelUnknown]: 422,
  [CampaignErrorCodes.invalidStatusTransition]: 422,
  [CampaignErrorCodes.campaignHasMembers]: 409,
  [CampaignErrorCodes.memberDuplicate]: 409,
  [CampaignErrorCodes.memberContactUnknown]: 422,
  [CampaignErrorCodes.memberAdvisorUnknown]: 422,
  [CampaignErrorCodes.triggerInvalid]: 422,
  [CampaignErrorCodes.stageUnknown]: 422,
  [CampaignErrorCodes.pipelineUnknown]: 422,
  [CampaignErrorCodes.stepInvalid]: 422,
  [CampaignErrorCodes.templateUnknown]: 422,
  [CampaignErrorCodes.templateChannelMismatch]: 422,
  [TelephonyErrorCodes.providerNotConfigured]: 422,
  [TelephonyErrorCodes.providerRejected]: 422,
  [TelephonyErrorCodes.providerUnavailable]: 502,
  [TelephonyErrorCodes.contactWithoutPhone]: 422,
  [TelephonyErrorCodes.opportunityNotOfContact]: 422,
  [TelephonyErrorCodes.zadarmaSignatureInvalid]: 401,
  [TelephonyErrorCodes.twilioSignatureInvalid]: 403,
  [TelephonyErrorCodes.notificationInvalid]: 400,
  [TelephonyErrorCodes.recordingEmailInvalid]: 422,
  [ReferenceDataErrorCodes.channelUnknown]: 422,
  [ReferenceDataErrorCodes.advisorUnknown]: 422,
  [MessagingErrorCodes.templateInvalidSyntax]: 422,
  [MessagingErrorCodes.templateMissingVariable]: 422,
  [MessagingErrorCodes.templateTooLong]: 422,
  [MessagingErrorCodes.templateInUse]: 409,
  [MessagingErrorCodes.contactUnknown]: 422,
  [MessagingErrorCodes.opportunityUnknown]: 422,
  [MessagingErrorCodes.templateUnknown]: 422,
  [MessagingErrorCodes.channelUnreachable]: 422,
  [MessagingErrorCodes.whatsappOutsideWindow]: 422,
  [MessagingErrorCodes.channelNotConfigured]: 409,
  [MessagingErrorCodes.channelCredentialsRejected]: 422,
  [MessagingErrorCodes.channelUnavailable]: 503,
  [MessagingErrorCodes.webhookSignatureInvalid]: 401,
  [MessagingErrorCodes.webhookVerifyTokenInvalid]: 403,
  [MessagingErrorCodes.inboundEmailInvalid]: 422,
};

export const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};
