import { ProviderSettingsController } from './provider-settings.controller.js';

/** The telephony slice's HTTP edge, composed into ApiModule in one line. */
export const telephonyControllers = [ProviderSettingsController];
