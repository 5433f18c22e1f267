import { CallProviderController } from './call-provider.controller.js';
import { ProviderSettingsController } from './provider-settings.controller.js';
import { TwilioWebhooksController, ZadarmaWebhooksController } from './webhooks.controller.js';

/** The telephony providers' HTTP edge, composed into ApiModule in one line. */
export const telephonyControllers = [
  ProviderSettingsController, ZadarmaWebhooksController, TwilioWebhooksController, CallProviderController,
];
